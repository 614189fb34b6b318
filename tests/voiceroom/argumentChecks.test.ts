import { describe, expect, it } from 'vitest';
import { applyVoiceRoomEvent, canApply, replayVoiceRoom, type VoiceRoomEvent } from '../../src/voiceroom/index.js';
import { eventInstant } from '../../src/voiceroom/argumentChecks.js';
import { thrown } from '../helpers.js';
import { OPENED, OPENING, opened } from './helpers.js';

// src/voiceroom/argumentChecks.ts: events that are not plain objects, or whose reading changes under the
// reader, are always an error naming the event, never an accepted event or a TypeError.

const T = OPENED + 5;

describe('an event that is not an object', () => {
  /** A function carrying the fields of a well-formed report. */
  const fnEvent = () => Object.assign(() => undefined, { type: 'report', at: T });

  it('eventInstant reads no instant from a function, whatever fields it carries', () => {
    expect(eventInstant(fnEvent())).toBeUndefined();
    expect(eventInstant({ type: 'report', at: T })).toBe(T); // the same fields on an object
    expect([eventInstant(null), eventInstant('report'), eventInstant(T)]).toEqual([undefined, undefined, undefined]);
  });

  it('applyVoiceRoomEvent and canApply refuse it as bad input', () => {
    const issues = [
      { path: ['event'], code: 'invalid-type', message: 'Invalid input: expected object, received function' },
    ];
    expect(thrown(() => applyVoiceRoomEvent(opened(), fnEvent() as unknown as VoiceRoomEvent))).toEqual({
      fn: 'applyVoiceRoomEvent',
      issues,
    });
    expect(thrown(() => canApply(opened(), fnEvent() as unknown as VoiceRoomEvent))).toEqual({
      fn: 'canApply',
      issues,
    });
  });
});

describe('an event whose first reading throws and whose second succeeds', () => {
  /** A join whose `type` throws the first time it is read, then reads 'join'. */
  const flaky = () => {
    let reads = 0;
    return {
      get type() {
        if (reads++ === 0) throw new Error('not yet');
        return 'join';
      },
      userId: 'cy',
      at: T,
    } as unknown as VoiceRoomEvent;
  };

  it('is not read as an event, and the error says so at the event', () => {
    expect(eventInstant(flaky())).toBeUndefined();
    expect(thrown(() => applyVoiceRoomEvent(opened(), flaky()))).toEqual({
      fn: 'applyVoiceRoomEvent',
      issues: [{ path: ['event'], code: 'invalid-event', message: 'not a voice-room event: object' }],
    });
    expect(thrown(() => canApply(opened(), flaky()))).toEqual({
      fn: 'canApply',
      issues: [{ path: ['event'], code: 'invalid-event', message: 'not a voice-room event: object' }],
    });
  });

  it('replayVoiceRoom names it by its index in the log', () => {
    expect(thrown(() => replayVoiceRoom(OPENING, [{ type: 'join', userId: 'bo', at: T }, flaky()]))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [{ path: ['events', 1], code: 'invalid-event', message: 'not a voice-room event: object' }],
    });
  });
});
