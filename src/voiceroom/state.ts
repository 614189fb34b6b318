/**
 * The in-memory room: a class whose public fields are the stored document's (but the participant
 * list) and whose private fields hold the index the reducer needs for speed. Private fields appear in
 * neither `JSON.stringify`, `Object.keys` nor `util.inspect`; `toJSON` writes the document.
 * Internal to the module: the public face is the {@link VoiceRoom} interface.
 * @module
 */
import { listenerTableOf, allListeners, type Listener, type ListenerTable } from './listenerTable.js';
import type { VoiceRoom, VoiceRoomDocument, VoiceRoomParticipant } from './types.js';

/** A host or speaker as the reducer keeps it (at most 10, in the order they got a talking role). */
export interface Talker {
  readonly userId: string;
  readonly role: 'host' | 'speaker';
  readonly invitedBy?: string;
}
export type Talkers = readonly Talker[];

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/** User-id order; a room holds each user id once (VoiceRoomSchema), so two ids are never equal. */
// Stryker disable next-line EqualityOperator: ids are never equal (see above), so < and <= give the same order
export const byUserId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);

export class Room implements VoiceRoom {
  readonly version = 1 as const;
  readonly roomId: string;
  readonly openedAt: number;
  readonly lastEventAt: number;
  readonly reported: boolean;
  readonly lastSeq: number | null;
  readonly #talkers: Talkers;
  readonly #listeners: ListenerTable;
  readonly #listenerCount: number;
  #roster: readonly VoiceRoomParticipant[] | undefined;

  constructor(
    roomId: string,
    openedAt: number,
    lastEventAt: number,
    reported: boolean,
    lastSeq: number | null,
    talkers: Talkers,
    listeners: ListenerTable,
    listenerCount: number,
  ) {
    this.roomId = roomId;
    this.openedAt = openedAt;
    this.lastEventAt = lastEventAt;
    this.reported = reported;
    this.lastSeq = lastSeq;
    this.#talkers = talkers;
    this.#listeners = listeners;
    this.#listenerCount = listenerCount;
    this.#roster = undefined;
    Object.freeze(this);
  }

  /** Whether `value` is a room built by this module (a brand check: never throws, reads nothing). */
  static is(value: unknown): value is Room {
    return typeof value === 'object' && value !== null && #talkers in value;
  }

  static talkers(room: Room): Talkers {
    return room.#talkers;
  }

  static listeners(room: Room): ListenerTable {
    return room.#listeners;
  }

  static listenerCount(room: Room): number {
    return room.#listenerCount;
  }

  /** The room a stored document describes (checked by `VoiceRoomSchema`): O(n). */
  static load(doc: Omit<VoiceRoomDocument, 'version'>): Room {
    const talkers: Talker[] = [];
    const listeners: Listener[] = [];
    for (const p of doc.participants) {
      if (p.role === 'listener')
        listeners.push(
          p.requestedAt === undefined ? { userId: p.userId } : { userId: p.userId, requestedAt: p.requestedAt },
        );
      else if (p.role === 'speaker')
        talkers.push(
          p.invitedBy === undefined
            ? { userId: p.userId, role: 'speaker' }
            : { userId: p.userId, role: 'speaker', invitedBy: p.invitedBy },
        );
      else talkers.push({ userId: p.userId, role: 'host' });
    }
    return new Room(
      doc.roomId,
      doc.openedAt,
      doc.lastEventAt,
      doc.reported,
      doc.lastSeq,
      talkers,
      listenerTableOf(listeners),
      listeners.length,
    );
  }

  /** The roster, hosts, speakers, listeners, each in user-id order; frozen and built once per room. */
  static roster(room: Room): readonly VoiceRoomParticipant[] {
    if (room.#roster !== undefined) return room.#roster;
    const hosts: VoiceRoomParticipant[] = [];
    const speakers: VoiceRoomParticipant[] = [];
    for (const t of room.#talkers) {
      if (t.role === 'host') hosts.push(Object.freeze({ userId: t.userId, role: 'host' }));
      else
        speakers.push(
          Object.freeze(
            t.invitedBy === undefined
              ? { userId: t.userId, role: 'speaker' }
              : { userId: t.userId, role: 'speaker', invitedBy: t.invitedBy },
          ),
        );
    }
    const listeners = allListeners(room.#listeners).map(
      ({ userId, requestedAt }): VoiceRoomParticipant =>
        Object.freeze(
          requestedAt === undefined ? { userId, role: 'listener' } : { userId, role: 'listener', requestedAt },
        ),
    );
    room.#roster = Object.freeze([...hosts.sort(byUserId), ...speakers.sort(byUserId), ...listeners.sort(byUserId)]);
    return room.#roster;
  }

  toJSON(): VoiceRoomDocument {
    const { version, roomId, openedAt, lastEventAt, reported, lastSeq } = this;
    return { version, roomId, openedAt, lastEventAt, reported, lastSeq, participants: Room.roster(this) };
  }

  /** What a REPL or `console.log` shows: the document. */
  [INSPECT](): VoiceRoomDocument {
    return this.toJSON();
  }
}
