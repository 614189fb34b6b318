/**
 * The in-memory room: a class whose public fields are the stored document's (but the participant
 * list) and whose private fields hold the index the reducer needs for speed. Private fields appear in
 * neither `JSON.stringify`, `Object.keys` nor `util.inspect`; `toJSON` writes the document.
 * Internal to the module: the public face is the {@link VoiceRoom} interface.
 * @module
 */
import { listenerTableOf, allListeners, type Listener, type ListenerTable } from './listenerTable.js';
import { VOICE_ROOM_RECEIPT_WINDOW } from './rules.js';
import type { VoiceRoom, VoiceRoomDocument, VoiceRoomParticipant, VoiceRoomReceipt } from './types.js';

/** A host or speaker as the reducer keeps it (at most 10, in the order they got a talking role). */
export interface Talker {
  readonly userId: string;
  readonly role: 'host' | 'speaker';
  readonly invitedBy?: string;
}
export type Talkers = readonly Talker[];

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
/**
 * The brand every copy of the library (ESM, CommonJS, another installed 0.x) puts on its rooms: a
 * registered symbol, so a room made by one copy is recognised by another, which reads it through
 * its `toJSON` document (see `requireRoom`). Its value is the stored version the copy writes.
 */
export const VOICE_ROOM_BRAND: unique symbol = Symbol.for('kakao-rules.voice-room') as never;
/** User-id order; a room holds each user id once (VoiceRoomSchema), so two ids are never equal. */
// Stryker disable next-line EqualityOperator: ids are never equal (see above), so < and <= give the same order
export const byUserId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);

/** A receipt log shared by a room and the rooms built from it by appending (see {@link Room.next}). */
type Log = VoiceRoomReceipt[];
const EMPTY_LOG: Log = [];

export class Room implements VoiceRoom {
  readonly version = 2 as const;
  readonly roomId: string;
  readonly openedAt: number;
  readonly lastEventAt: number;
  readonly reported: boolean;
  readonly revision: number;
  readonly lastSeq: number | null;
  readonly #talkers: Talkers;
  readonly #listeners: ListenerTable;
  readonly #listenerCount: number;
  /** The receipts are `#log[max(0, #logEnd - W) .. #logEnd)`; later rooms of one line append in place. */
  readonly #log: Log;
  readonly #logEnd: number;
  #roster: readonly VoiceRoomParticipant[] | undefined;
  #receipts: readonly VoiceRoomReceipt[] | undefined;

  constructor(
    roomId: string,
    openedAt: number,
    lastEventAt: number,
    reported: boolean,
    revision: number,
    lastSeq: number | null,
    talkers: Talkers,
    listeners: ListenerTable,
    listenerCount: number,
    log: Log = EMPTY_LOG,
    logEnd = 0,
  ) {
    this.roomId = roomId;
    this.openedAt = openedAt;
    this.lastEventAt = lastEventAt;
    this.reported = reported;
    this.revision = revision;
    this.lastSeq = lastSeq;
    this.#talkers = talkers;
    this.#listeners = listeners;
    this.#listenerCount = listenerCount;
    this.#log = log;
    this.#logEnd = logEnd;
    this.#roster = undefined;
    this.#receipts = undefined;
    Object.freeze(this);
  }

  /** The brand (see {@link VOICE_ROOM_BRAND}): on the prototype, so never stored nor listed. */
  get [VOICE_ROOM_BRAND](): 2 {
    return 2;
  }

  /** The last numbered events the room took, oldest first (at most `VOICE_ROOM_RECEIPT_WINDOW`), frozen. */
  get receipts(): readonly VoiceRoomReceipt[] {
    if (this.#receipts !== undefined) return this.#receipts;
    const list = this.#log.slice(Math.max(0, this.#logEnd - VOICE_ROOM_RECEIPT_WINDOW), this.#logEnd);
    for (const r of list) Object.freeze(Object.freeze(r).event);
    this.#receipts = Object.freeze(list);
    return this.#receipts;
  }

  /** Whether `value` is a room built by this copy of the module (a brand check: never throws, reads nothing). */
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

  /** The receipt of `seq` if the room remembers it (receipts are numbered one after the other up to lastSeq). */
  static receiptOf(room: Room, seq: number): VoiceRoomReceipt | undefined {
    const back = (room.lastSeq ?? 0) - seq; // 0 for the last receipt
    const count = Math.min(room.#logEnd, VOICE_ROOM_RECEIPT_WINDOW);
    // Stryker disable next-line ConditionalExpression: deliver asks only for seq < lastSeq + 1, so back is never negative (the check keeps the log of another line out of reach); this also silences `true`, which the duplicate tests of protocol.test.ts kill
    if (back < 0) return undefined;
    if (back >= count) return undefined;
    return room.#log[room.#logEnd - 1 - back];
  }

  /**
   * The room after a change: one more revision, and `receipt` (when given) appended to the log. The
   * log is shared: appending in place is safe when nothing was appended after this room's end;
   * otherwise (a second room built from the same one), or once the log is long, its window is copied.
   */
  static next(
    room: Room,
    lastEventAt: number,
    reported: boolean,
    lastSeq: number | null,
    talkers: Talkers,
    listeners: ListenerTable,
    listenerCount: number,
    receipt: VoiceRoomReceipt | undefined,
  ): Room {
    let log = room.#log;
    let end = room.#logEnd;
    if (receipt !== undefined) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: copying the window is always right; appending in place and trimming only at 8 windows save time and memory, which no input sees (receipts and receiptOf read the last 64 either way); this also silences `log.length !== end` -> false, which the 'two rooms built from one room' test of protocol.test.ts kills
      if (log.length !== end || end >= 8 * VOICE_ROOM_RECEIPT_WINDOW || log === EMPTY_LOG)
        // Stryker disable next-line MethodExpression,ArithmeticOperator: a copy from 0 (Math.min) or of one receipt more only costs memory; this also silences `end + W + 1`, which empties the copied window and the 'two rooms built from one room' test of protocol.test.ts kills
        log = log.slice(Math.max(0, end - VOICE_ROOM_RECEIPT_WINDOW + 1), end);
      log.push(receipt);
      end = log.length;
    }
    return new Room(
      room.roomId,
      room.openedAt,
      lastEventAt,
      reported,
      room.revision + 1,
      lastSeq,
      talkers,
      listeners,
      listenerCount,
      log,
      end,
    );
  }

  /** The room a stored document describes (checked by `VoiceRoomSchema`): O(n). */
  static load(
    doc: Omit<VoiceRoomDocument, 'version' | 'receipts'> & { readonly receipts: readonly VoiceRoomReceipt[] },
  ): Room {
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
    // Stryker disable next-line MethodExpression: loadVoiceRoom passes the receipts of the parsed document, a fresh array (the guard and zod copy arrays), so the copy only guards the next caller: no input tells it apart
    const log = doc.receipts.slice();
    return new Room(
      doc.roomId,
      doc.openedAt,
      doc.lastEventAt,
      doc.reported,
      doc.revision,
      doc.lastSeq,
      talkers,
      listenerTableOf(listeners),
      listeners.length,
      log,
      log.length,
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
    const { version, roomId, openedAt, lastEventAt, reported, revision, lastSeq, receipts } = this;
    return {
      version,
      roomId,
      openedAt,
      lastEventAt,
      reported,
      revision,
      lastSeq,
      receipts,
      participants: Room.roster(this),
    };
  }

  /** What a REPL or `console.log` shows: the document. */
  [INSPECT](): VoiceRoomDocument {
    return this.toJSON();
  }
}
