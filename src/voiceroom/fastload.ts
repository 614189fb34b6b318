/**
 * The fast path of loading a stored room: one hand-written pass over a version-2 or version-1
 * document that checks what `VoiceRoomSchema` checks and builds the room's index as it goes. It only
 * ever answers a room the schema would answer (the same room), or `undefined`, and then the compiled
 * guard decides and explains (0.1.0 documents always take that path). Tests compare both paths.
 * @module
 */
import { isEpochMs } from '../core/index.js';
import { documentOf, readEvent } from './argumentChecks.js';
import { TABLE_WIDTH, listenerSlot, type Listener } from './listenerTable.js';
import {
  EVENT_REFUSALS,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  VOICE_ROOM_RECEIPT_WINDOW,
} from './rules.js';
import { Room, type Talker } from './state.js';
import type { VoiceRoomReceipt } from './types.js';

const isStoredId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
// Stryker disable next-line ConditionalExpression: a null let through (v !== null -> true) throws at its first property read, which fastLoad catches into the same undefined; this also silences the line's other ConditionalExpression mutants, which the function and array rows of fastload.test.ts kill
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What {@link fastLoad} found: a well-shaped document that breaks what the rules assume. */
export const INCONSISTENT = Symbol('inconsistent');

/**
 * The room a well-formed, consistent version-2 or version-1 document describes; {@link INCONSISTENT}
 * for a well-shaped one that is not consistent (the refinement then lists why, without the guard);
 * `undefined` for anything else (the guard decides and explains).
 */
export function fastLoad(stored: unknown): Room | typeof INCONSISTENT | undefined {
  try {
    return load(stored);
  } catch {
    // a getter or a Proxy: the guard reports it
  }
  return undefined;
}

function load(d: unknown): Room | typeof INCONSISTENT | undefined {
  if (!isRecord(d)) return undefined;
  const version = d.version;
  if (version !== 2 && version !== 1) return undefined;
  const { roomId, openedAt, lastEventAt, reported, lastSeq, participants } = d;
  if (!isStoredId(roomId) || !isEpochMs(openedAt) || !isEpochMs(lastEventAt) || typeof reported !== 'boolean')
    return undefined;
  let consistent = lastEventAt >= openedAt && lastEventAt < openedAt + VOICE_ROOM_LIFETIME_MS;
  if (lastSeq !== null && !(Number.isSafeInteger(lastSeq) && (lastSeq as number) > 0)) return undefined;
  let revision = 0;
  const log: VoiceRoomReceipt[] = [];
  if (version === 2) {
    const { revision: r, receipts } = d;
    if (!Number.isSafeInteger(r) || (r as number) < 0) return undefined;
    revision = r as number;
    if (!Array.isArray(receipts) || receipts.length > VOICE_ROOM_RECEIPT_WINDOW) return undefined;
    const n = receipts.length;
    if (revision < n) consistent = false;
    for (let i = 0; i < n; i++) {
      const receipt = receipts[i];
      if (!isRecord(receipt)) return undefined;
      const { seq, event, outcome } = receipt;
      if (!Number.isSafeInteger(seq) || (seq as number) < 1) return undefined;
      // in line up to lastSeq; a null lastSeq counts as 0 here, which no seq (1 or more) matches
      if (seq !== (lastSeq as number) - (n - 1 - i)) consistent = false;
      if (outcome !== 'applied' && !(typeof outcome === 'string' && Object.hasOwn(EVENT_REFUSALS, outcome)))
        return undefined;
      if (!isRecord(event) || typeof event.at !== 'number') return undefined;
      for (const key in event) if (key === 'seq') return undefined;
      const e = readEvent(event);
      // Stryker disable next-line ConditionalExpression: without it documentOf(undefined) throws, which fastLoad turns into the same undefined; this also silences `true`, which the receipt tests of fastload.test.ts kill
      if (e === undefined) return undefined;
      log.push({ seq: seq as number, event: documentOf(e), outcome: outcome as VoiceRoomReceipt['outcome'] });
    }
  }
  if (!Array.isArray(participants) || participants.length > VOICE_ROOM_MAX_PARTICIPANTS) return undefined;
  const talkers: Talker[] = [];
  const table: (Listener[] | null)[][] = new Array(TABLE_WIDTH).fill(null);
  let listenerCount = 0;
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i];
    if (!isRecord(p)) return undefined;
    const { userId, role, requestedAt, invitedBy } = p;
    if (!isStoredId(userId)) return undefined;
    if (role !== 'listener' && role !== 'speaker' && role !== 'host') return undefined;
    if (invitedBy !== undefined && !isStoredId(invitedBy)) return undefined;
    if (requestedAt !== undefined && !isEpochMs(requestedAt)) return undefined;
    if (invitedBy !== undefined && role !== 'speaker') consistent = false;
    if (requestedAt !== undefined && (role !== 'listener' || requestedAt < openedAt || requestedAt > lastEventAt))
      consistent = false;
    // Stryker disable next-line ConditionalExpression: building on after an inconsistency only wastes work (nothing in it throws, and the answer stays INCONSISTENT); this also silences `true`, which the Room tests of fastload.test.ts kill
    if (!consistent) continue; // the shape of the rest is still checked; nothing is built
    const slot = listenerSlot(userId);
    table[slot >>> 5] ??= new Array<Listener[] | null>(TABLE_WIDTH).fill(null);
    const row = table[slot >>> 5]!;
    const bucket = row[slot & 31];
    let twice = false;
    if (bucket) for (const l of bucket) if (l.userId === userId) twice = true; // twice among the listeners
    if (twice) {
      consistent = false;
      continue;
    }
    if (role === 'listener') {
      const l: Listener = requestedAt === undefined ? { userId } : { userId, requestedAt: requestedAt as number };
      if (bucket) bucket.push(l);
      else row[slot & 31] = [l];
      listenerCount++;
    } else {
      for (const t of talkers) if (t.userId === userId) twice = true;
      if (twice || talkers.length === VOICE_ROOM_MAX_TALKERS) {
        consistent = false;
        continue;
      }
      // a host holding an invitation made the room inconsistent above, so only a speaker gets here with one
      talkers.push(invitedBy === undefined ? { userId, role } : { userId, role, invitedBy: invitedBy as string });
    }
  }
  // a talker also listed as a listener
  for (const t of talkers) {
    const slot = listenerSlot(t.userId);
    const bucket = table[slot >>> 5]![slot & 31]; // the loop above made the row of every participant
    if (bucket) for (const l of bucket) if (l.userId === t.userId) consistent = false;
  }
  if (!consistent) return INCONSISTENT;
  return new Room(
    roomId,
    openedAt,
    lastEventAt,
    reported,
    revision,
    lastSeq as number | null,
    talkers,
    table,
    listenerCount,
    log,
    log.length,
  );
}
