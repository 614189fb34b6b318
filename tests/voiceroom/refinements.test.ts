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
