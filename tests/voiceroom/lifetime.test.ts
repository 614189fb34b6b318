import { describe, expect, it } from 'vitest';
import { nextVoiceRoomChange, voiceRoomPhase, voiceRoomSchedule } from '../../src/voiceroom/index.js';
import { thrown } from '../helpers.js';
import { OPENED, opened } from './helpers.js';

// src/voiceroom/lifetime.ts: every function names the argument that is not an instant (the instants
// themselves: tests/voiceroom/events.test.ts and protocol.test.ts).

const message = (got: string) => `expected a Date, integer epoch ms or ISO-8601 string with offset; got ${got}`;

describe('voiceroom.lifetime: an instant that is not an instant is named by its argument', () => {
  it('nextVoiceRoomChange names at', () => {
    expect(thrown(() => nextVoiceRoomChange(opened(), 'soon'))).toEqual({
      fn: 'nextVoiceRoomChange',
      issues: [{ path: ['at'], code: 'invalid-instant', message: message('"soon"') }],
    });
  });

  it('voiceRoomPhase names at', () => {
    expect(thrown(() => voiceRoomPhase(opened(), 1.5))).toEqual({
      fn: 'voiceRoomPhase',
      issues: [{ path: ['at'], code: 'invalid-instant', message: message('1.5') }],
    });
  });

  it('voiceRoomSchedule names openedAt', () => {
    expect(thrown(() => voiceRoomSchedule(new Date(Number.NaN)))).toEqual({
      fn: 'voiceRoomSchedule',
      issues: [{ path: ['openedAt'], code: 'invalid-instant', message: message('Invalid Date') }],
    });
  });

  it('the same functions answer for a good instant (48 h, the warning 10 min before)', () => {
    const end = OPENED + 48 * 3_600_000;
    expect(nextVoiceRoomChange(opened(), end - 1)).toEqual({ at: end, change: 'end' });
    expect(voiceRoomPhase(opened(), end - 600_000)).toBe('ending-soon');
    expect(voiceRoomSchedule(OPENED)).toEqual({ openedAt: OPENED, warnAt: end - 600_000, endsAt: end });
  });
});
