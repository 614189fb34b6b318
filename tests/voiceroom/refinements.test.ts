import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVoiceRoom, participantCount } from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { thrown } from '../helpers.js';

// voiceroom.capacity in a room stored by 0.1.0: the problem is named at `listeners`, as 0.1.0 named it.

const full = (): any =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/0.1.0/full-1500.room.json'), 'utf8'));

/** The full-1500 fixture (2 talkers, 1,498 listeners) with `extra` more listeners in the first used bucket. */
function withMore(extra: number): any {
  const room = full();
  const row = room.listeners.find((r: unknown) => r !== null);
  const bucket = row.find((b: unknown) => b !== null);
  for (let i = 0; i < extra; i++) bucket.push({ userId: `extra${i}` });
  room.listenerCount += extra;
  return room;
}

describe('voiceroom.capacity: a 0.1.0 room with more than 1,500 participants', () => {
  it('1,500 (2 talkers, 1,498 listeners) load', () => {
    expect(participantCount(parseVoiceRoom(full()))).toBe(1500);
  });

  it('1,501 are named at listeners (VoiceRoomSchema)', () => {
    const r = VoiceRoomSchema.safeParse(withMore(1));
    expect(r.success ? [] : r.error.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([
      { path: ['listeners'], code: 'custom', message: 'more participants than the room holds' },
    ]);
  });

  it('1,502 are named at stored.listeners (parseVoiceRoom)', () => {
    expect(thrown(() => parseVoiceRoom(withMore(2)))).toEqual({
      fn: 'parseVoiceRoom',
      issues: [
        { path: ['stored', 'listeners'], code: 'inconsistent-room', message: 'more participants than the room holds' },
      ],
    });
  });
});

describe('voiceroom.lifetime: the receipts of a stored room (version 2) are its last numbered events', () => {
  const OPENED = 1_767_229_200_000;
  /** A room where bo and cy joined as events 4 and 5 (the receipt window holds the last two). */
  const stored = (): any => ({
    version: 2,
    roomId: 'r1',
    openedAt: OPENED,
    lastEventAt: OPENED + 2,
    reported: false,
    revision: 5,
    lastSeq: 5,
    receipts: [
      { seq: 4, event: { type: 'join', userId: 'bo', at: OPENED + 1 }, outcome: 'applied' },
      { seq: 5, event: { type: 'join', userId: 'cy', at: OPENED + 2 }, outcome: 'applied' },
    ],
    participants: [
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'listener' },
      { userId: 'cy', role: 'listener' },
    ],
  });
  const issues = (doc: unknown) => {
    const r = VoiceRoomSchema.safeParse(doc);
    return r.success ? [] : r.error.issues.map(({ path, code, message }) => ({ path, code, message }));
  };

  it('receipts numbered one after the other up to lastSeq load', () => {
    expect(issues(stored())).toEqual([]);
    expect(participantCount(parseVoiceRoom(stored()))).toBe(3);
  });

  it('a revision below the number of receipts is named', () => {
    expect(issues({ ...stored(), revision: 1 })).toEqual([
      { path: ['revision'], code: 'custom', message: 'revision is 1 but 2 receipts are stored' },
    ]);
    expect(issues({ ...stored(), revision: 2 })).toEqual([]);
  });

  it('a receipt out of line is named at its seq, with lastSeq', () => {
    const doc = stored();
    doc.receipts[0].seq = 3;
    expect(issues(doc)).toEqual([
      {
        path: ['receipts', 0, 'seq'],
        code: 'custom',
        message: 'receipt 0 has seq 3; receipts are numbered one after the other up to lastSeq (5)',
      },
    ]);
    expect(issues({ ...stored(), lastSeq: 6 }).map((i) => i.path)).toEqual([
      ['receipts', 0, 'seq'],
      ['receipts', 1, 'seq'],
    ]);
  });

  it('a room that took no numbered event (lastSeq null) holds no receipt', () => {
    const doc = { ...stored(), lastSeq: null };
    doc.receipts = doc.receipts.slice(1);
    expect(issues(doc)).toEqual([
      {
        path: ['receipts', 0, 'seq'],
        code: 'custom',
        message: 'receipt 0 has seq 5; receipts are numbered one after the other up to lastSeq (null)',
      },
    ]);
    // every problem at once: a seq of 0 is too small, and out of line as any seq is without lastSeq
    doc.receipts[0].seq = 0;
    expect(issues(doc)).toEqual([
      { path: ['receipts', 0, 'seq'], code: 'too_small', message: 'Too small: expected number to be >0' },
      {
        path: ['receipts', 0, 'seq'],
        code: 'custom',
        message: 'receipt 0 has seq 0; receipts are numbered one after the other up to lastSeq (null)',
      },
    ]);
  });

  it('version 1 stores no receipts: its lastSeq alone is read, with revision 0', () => {
    const { receipts: _, revision: __, ...rest } = stored();
    const room = parseVoiceRoom({ ...rest, version: 1 });
    expect([room.revision, room.lastSeq, room.receipts]).toEqual([0, 5, []]);
  });
});
