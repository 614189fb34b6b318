/**
 * The listeners of a room as a persistent two-level hash table built of plain arrays.
 *
 * A user id hashes to one of 32 x 32 buckets: `table[hi][lo]` is the bucket (an array of listeners,
 * usually 1-2 long, never empty), `null` where no listener is; a row is `null` until first used.
 * Changing one listener copies only the 32-slot root, one 32-slot row and one small bucket; every
 * other row and bucket is shared with the previous version. Arrays (never objects keyed by user id) make ids like `__proto__` harmless.
 *
 * Internal to the module and never stored: a room keeps its table in a private field and stores the
 * participant list instead (see `VoiceRoom` and `VoiceRoomSchema`), so the index can change without
 * touching a stored room. The public face is the room queries (`roleOf`, `pendingSpeakRequests`...).
 * @module
 */

/** One listener; `requestedAt` (epoch ms) is present while a request to speak is pending. */
export interface Listener {
  readonly userId: string;
  readonly requestedAt?: number;
}

export type ListenerBucket = readonly Listener[];
export type ListenerRow = readonly (ListenerBucket | null)[];
/** 32 rows of 32 buckets; `null` for a row or bucket never used. */
export type ListenerTable = readonly (ListenerRow | null)[];

export const TABLE_WIDTH = 32;

const NULLS: readonly null[] = /* @__PURE__ */ Object.freeze(new Array<null>(TABLE_WIDTH).fill(null));

/** The empty table (shared: tables are never mutated). */
export const EMPTY_LISTENER_TABLE: ListenerTable = NULLS;

/** The bucket number (0-1023) of a user id: FNV-1a, top 10 bits. */
export function listenerSlot(userId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) h = Math.imul(h ^ userId.charCodeAt(i), 0x01000193);
  return h >>> 22;
}

/** The listener with this id, or `undefined`. */
export function findListener(table: ListenerTable, userId: string): Listener | undefined {
  const slot = listenerSlot(userId);
  const row = table[slot >>> 5]!;
  const bucket = row === null ? null : row[slot & 31]!;
  if (bucket === null) return undefined;
  for (const l of bucket) if (l.userId === userId) return l; // a damaged table throws here, never answers
  return undefined;
}

/** A new table where `userId` is replaced by `listener`, or removed when `listener` is `undefined`. */
export function withListener(table: ListenerTable, userId: string, listener: Listener | undefined): ListenerTable {
  const slot = listenerSlot(userId);
  const hi = slot >>> 5;
  const lo = slot & 31;
  const row: ListenerRow = table[hi] === null ? NULLS : table[hi]!;
  const others = (row[lo] === null ? [] : row[lo]!).filter((l) => l.userId !== userId);
  const bucket = listener === undefined ? others : [...others, listener];
  const nextRow = row.slice();
  nextRow[lo] = bucket.length === 0 ? null : bucket;
  const next = table.slice();
  next[hi] = nextRow;
  return next;
}

/** A new table holding `listeners` (each id once), built in place in O(n): what loading a stored room uses. */
export function listenerTableOf(listeners: readonly Listener[]): ListenerTable {
  const table: (Listener[] | null)[][] = [];
  for (let i = 0; i < TABLE_WIDTH; i++) table.push(null as never);
  for (const l of listeners) {
    const slot = listenerSlot(l.userId);
    table[slot >>> 5] ??= new Array<Listener[] | null>(TABLE_WIDTH).fill(null);
    const row = table[slot >>> 5]!;
    row[slot & 31] ??= [];
    row[slot & 31]!.push(l);
  }
  return table;
}

/** Every listener, in table order (for queries, not hot paths). */
export function allListeners(table: ListenerTable): Listener[] {
  const out: Listener[] = [];
  for (const row of table) if (row !== null) for (const bucket of row) if (bucket !== null) out.push(...bucket);
  return out;
}
