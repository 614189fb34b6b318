/**
 * What {@link VoiceRoomSchema} checks and builds beyond the shape of a stored room, written once and
 * zod-free: the zod schema runs these functions (through `refinement` and `.transform`) and so does
 * its compiled guard (guards.generated.ts).
 * @module
 */
import { describeValue, type Report } from '../core/index.js';
import { VOICE_ROOM_LIFETIME_MS, VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './rules.js';
import { Room } from './state.js';
import type { VoiceRoom, VoiceRoomParticipant, VoiceRoomReceipt } from './types.js';

interface StoredParticipant {
  readonly userId: string;
  readonly role: 'host' | 'speaker' | 'listener';
  readonly requestedAt?: number;
  readonly invitedBy?: string;
}
interface Common {
  readonly roomId: string;
  readonly openedAt: number;
  readonly lastEventAt: number;
  readonly reported: boolean;
}
/** Version 2 of the stored room, once its shape is checked. */
interface V2 extends Common {
  readonly version: 2;
  readonly revision: number;
  readonly lastSeq: number | null;
  readonly receipts: readonly VoiceRoomReceipt[];
  readonly participants: readonly StoredParticipant[];
}
/** Version 1 of the stored room, once its shape is checked. */
interface V1 extends Common {
  readonly version: 1;
  readonly lastSeq: number | null;
  readonly participants: readonly StoredParticipant[];
}
/** The form 0.1.0 stored, once its shape is checked. */
interface V010 extends Common {
  readonly version?: undefined;
  readonly talkers: readonly {
    readonly userId: string;
    readonly role: 'host' | 'speaker';
    readonly invitedBy?: string;
  }[];
  readonly listenerCount: number;
  readonly listeners: readonly (
    | readonly (readonly { readonly userId: string; readonly requestedAt?: number }[] | null)[]
    | null
  )[];
}
/** A stored room of either form whose shape is checked. */
export type StoredVoiceRoom = V2 | V1 | V010;

type Path = (string | number)[];
/** A stored participant and where it is in the input, for the issue paths. */
interface Placed {
  readonly p: StoredParticipant;
  readonly path: Path;
  readonly idPath: Path;
}

/** The participants of either form, each with its path in the input (0.1.0 paths as 0.1.0 named them). */
function placed(doc: StoredVoiceRoom): Placed[] {
  if (doc.version !== undefined)
    return doc.participants.map((p, i) => ({ p, path: ['participants', i], idPath: ['participants', i, 'userId'] }));
  const out: Placed[] = doc.talkers.map((t, i) => ({ p: t, path: ['talkers', i], idPath: ['talkers', i, 'userId'] }));
  doc.listeners.forEach((r, hi) => {
    r?.forEach((b, lo) => {
      b?.forEach((l, k) => {
        const path = ['listeners', hi, lo, k];
        out.push({ p: { ...l, role: 'listener' }, path, idPath: path });
      });
    });
  });
  return out;
}

/**
 * Reports (code `inconsistent-room`) every way a well-shaped stored room breaks what the rules
 * assume: nobody twice, the talker and participant caps, the last event within the room's life, a
 * pending request only on a listener and within the room's life so far, an invitation only on a
 * speaker, a 0.1.0 `listenerCount` that counts the stored listeners.
 */
export function voiceRoomProblems(doc: StoredVoiceRoom, report: Report): void {
  const problem = (message: string, path: Path) => report(path, 'inconsistent-room', message);
  if (doc.lastEventAt < doc.openedAt) problem('lastEventAt is before openedAt', ['lastEventAt']);
  if (doc.lastEventAt >= doc.openedAt + VOICE_ROOM_LIFETIME_MS)
    problem('lastEventAt is at or after the end of the room', ['lastEventAt']);
  const all = placed(doc);
  const seen = new Set<string>();
  let talkers = 0;
  for (const { p, path, idPath } of all) {
    if (seen.has(p.userId)) problem(`${describeValue(p.userId)} is in the room twice`, idPath);
    seen.add(p.userId);
    if (p.role !== 'listener') talkers++;
    if (p.invitedBy !== undefined && p.role !== 'speaker')
      problem('only a speaker can hold a host invitation', [...path, 'invitedBy']);
    if (p.requestedAt !== undefined) {
      if (p.role !== 'listener')
        problem('only a listener can have a pending request to speak', [...path, 'requestedAt']);
      else if (p.requestedAt < doc.openedAt || p.requestedAt > doc.lastEventAt)
        problem('requestedAt is outside the life of the room so far', [...path, 'requestedAt']);
    }
  }
  const listPath = doc.version !== undefined ? ['participants'] : ['listeners'];
  if (talkers > VOICE_ROOM_MAX_TALKERS)
    problem(`${talkers} hosts and speakers; at most ${VOICE_ROOM_MAX_TALKERS} can talk`, listPath);
  if (all.length > VOICE_ROOM_MAX_PARTICIPANTS) problem('more participants than the room holds', listPath);
  if (doc.version === 2) receiptProblems(doc, problem);
  if (doc.version === undefined && all.length - doc.talkers.length !== doc.listenerCount) {
    problem(`listenerCount is ${doc.listenerCount} but ${all.length - doc.talkers.length} listeners are stored`, [
      'listenerCount',
    ]);
  }
}

/** The receipts of a version-2 room are its last numbered events: one after the other, the last at lastSeq. */
function receiptProblems(doc: V2, problem: (message: string, path: Path) => void): void {
  const n = doc.receipts.length;
  if (doc.revision < n) problem(`revision is ${doc.revision} but ${n} receipts are stored`, ['revision']);
  for (let i = 0; i < n; i++) {
    const expected = doc.lastSeq === null ? null : doc.lastSeq - (n - 1 - i);
    if (doc.receipts[i]!.seq !== expected)
      problem(
        `receipt ${i} has seq ${doc.receipts[i]!.seq}; receipts are numbered one after the other up to lastSeq (${doc.lastSeq})`,
        ['receipts', i, 'seq'],
      );
  }
}

/** The room a consistent stored room describes (any form), built in O(n). Older forms: revision 0, no receipts. */
export function loadVoiceRoom(doc: StoredVoiceRoom): VoiceRoom {
  const participants =
    // Stryker disable next-line ConditionalExpression: equivalent when true, placed() of a versioned document is its participants in their order; this also silences false, which the 0.1.0 tests (schemas.test.ts) kill
    doc.version === undefined ? placed(doc).map(({ p }) => p as VoiceRoomParticipant) : doc.participants;
  return Room.load({
    roomId: doc.roomId,
    openedAt: doc.openedAt,
    lastEventAt: doc.lastEventAt,
    reported: doc.reported,
    revision: doc.version === 2 ? doc.revision : 0,
    lastSeq: doc.version === undefined ? null : doc.lastSeq,
    receipts: doc.version === 2 ? doc.receipts : [],
    participants: participants as readonly VoiceRoomParticipant[],
  });
}
