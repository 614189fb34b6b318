import { describe, expect, it } from 'vitest';
import {
  applyVoiceRoomEvent,
  canApply,
  participantCount,
  replayVoiceRoom,
  roleOf,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { documentOf, eventInstant, isId, readEvent } from '../../src/voiceroom/argumentChecks.js';
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

describe('isId: the hand check of an id (no line break, not only whitespace, at most 256 code points)', () => {
  /** The line breaks of every dialect, which no id may hold: \n \r U+0085 U+2028 U+2029. */
  const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

  it('a one-character id is an id unless the character is whitespace (JavaScript \\s) or U+0085', () => {
    // Every UTF-16 code unit; JavaScript's own \s is the oracle (U+0085 is a line break but not \s).
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const expected = !/\s/.test(ch) && ch !== '\u0085';
      if (isId(ch) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('after a visible character, only a line break makes an id wrong', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isId(`a${ch}`) !== !LINE_BREAK.test(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('the whitespace characters, written out, are blank ids alone and fine ids beside a letter', () => {
    const spaces = ['\t', '\u000b', '\f', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f'];
    spaces.push('\u3000', '\ufeff');
    expect(spaces.filter((s) => isId(s))).toEqual([]);
    expect(spaces.filter((s) => !isId(`${s}x${s}`))).toEqual([]);
    // U+1FFF and U+200B sit next to a whitespace range but are not whitespace
    expect([isId('\u1fff'), isId('\u200b'), isId('\u007f'), isId('\u0020\u007f')]).toEqual([true, true, true, true]);
  });

  it('a line break anywhere makes an id wrong, also after a visible character', () => {
    for (const br of ['\n', '\r', '\u0085', '\u2028', '\u2029'])
      expect([isId(`ab${br}`), isId(`${br}ab`), isId(` ${br}`)]).toEqual([false, false, false]);
  });

  it('256 code points are an id however many UTF-16 units they take; 257 are not', () => {
    const emoji = '😀';
    expect(isId('x'.repeat(256))).toBe(true);
    expect(isId('x'.repeat(257))).toBe(false);
    expect(isId(`${'x'.repeat(255)}${emoji}`)).toBe(true); // 257 units, 256 code points
    expect(isId(`${'x'.repeat(256)}${emoji}`)).toBe(false); // 258 units, 257 code points
    expect(isId(emoji.repeat(128))).toBe(true); // 256 units
    expect(isId(emoji.repeat(200))).toBe(true); // 400 units, 200 code points
    expect(isId(emoji.repeat(256))).toBe(true); // 512 units, 256 code points
    expect(isId(emoji.repeat(257))).toBe(false); // 514 units
    expect(isId(`${emoji.repeat(255)}xx`)).toBe(false); // 512 units, 257 code points
    expect(isId(`${emoji.repeat(256)}x`)).toBe(false); // 513 units, 257 code points
  });

  it('anything but a non-empty string is not an id', () => {
    expect([isId(''), isId(undefined), isId(null), isId(7), isId(['a']), isId({})]).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('readEvent: each type takes only its own keys', () => {
  it('a key of another event type makes the event malformed', () => {
    expect([
      eventInstant({ type: 'join', userId: 'bo', hostId: 'ann', at: T }),
      eventInstant({ type: 'leave', userId: 'bo', approve: true, at: T }),
      eventInstant({ type: 'request-to-speak', userId: 'bo', role: 'host', at: T }),
      eventInstant({ type: 'invite-host', hostId: 'ann', userId: 'bo', approve: true, at: T }),
      eventInstant({ type: 'answer-speak-request', hostId: 'ann', userId: 'bo', approve: true, role: 'host', at: T }),
      eventInstant({ type: 'report', userId: 'bo', at: T }),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('the keys of its own type are read', () => {
    expect([
      eventInstant({ type: 'invite-host', hostId: 'ann', userId: 'bo', at: T }),
      eventInstant({ type: 'answer-speak-request', hostId: 'ann', userId: 'bo', approve: false, at: T }),
      eventInstant({ type: 'set-role', hostId: 'ann', userId: 'bo', role: 'speaker', at: T, seq: 3 }),
      eventInstant({ type: 'answer-host-invite', userId: 'bo', accept: true, at: T }),
    ]).toEqual([T, T, T, T]);
  });

  it('an unknown type is malformed even when no key is enumerable', () => {
    const hidden = (type: string) =>
      Object.defineProperties({}, { type: { value: type }, at: { value: T } }) as unknown as VoiceRoomEvent;
    expect(eventInstant(hidden('party'))).toBeUndefined();
    expect(eventInstant(hidden('report'))).toBe(T); // the same hidden keys on a known type
  });
});

describe('documentOf: the event as a receipt remembers it, keys in a fixed order, without seq', () => {
  it.each<[string, object, string]>([
    ['join', { at: T, userId: 'bo', type: 'join', seq: 1 }, `{"type":"join","userId":"bo","at":${T}}`],
    ['leave', { userId: 'bo', type: 'leave', at: T }, `{"type":"leave","userId":"bo","at":${T}}`],
    [
      'request-to-speak',
      { at: T, userId: 'bo', type: 'request-to-speak' },
      `{"type":"request-to-speak","userId":"bo","at":${T}}`,
    ],
    [
      'answer-speak-request',
      { approve: true, userId: 'bo', hostId: 'ann', at: T, type: 'answer-speak-request', seq: 2 },
      `{"type":"answer-speak-request","hostId":"ann","userId":"bo","approve":true,"at":${T}}`,
    ],
    [
      'set-role',
      { role: 'host', userId: 'bo', hostId: 'ann', at: T, type: 'set-role' },
      `{"type":"set-role","hostId":"ann","userId":"bo","role":"host","at":${T}}`,
    ],
    [
      'invite-host',
      { userId: 'bo', hostId: 'ann', at: T, type: 'invite-host' },
      `{"type":"invite-host","hostId":"ann","userId":"bo","at":${T}}`,
    ],
    [
      'answer-host-invite',
      { accept: false, userId: 'bo', at: T, type: 'answer-host-invite' },
      `{"type":"answer-host-invite","userId":"bo","accept":false,"at":${T}}`,
    ],
    ['report', { seq: 9, at: T, type: 'report' }, `{"type":"report","at":${T}}`],
  ])('%s', (_, event, expected) => {
    const doc = documentOf(readEvent(event)!);
    expect(JSON.stringify(doc)).toBe(expected);
    expect(Object.keys(doc)).toEqual(Object.keys(JSON.parse(expected))); // and no other key, not even undefined
  });
});

describe('a room of another copy of the library, as this copy sees it (brand and stored document)', () => {
  const BRAND = Symbol.for('kakao-rules.voice-room');
  /** The stored document of a room where ann opened and bo joined, written out. */
  const DOC = {
    version: 2,
    roomId: 'r1',
    openedAt: OPENED,
    lastEventAt: OPENED + 1,
    reported: false,
    revision: 1,
    lastSeq: null,
    receipts: [],
    participants: [
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'listener' },
    ],
  };
  /** Something carrying `brand` under the registered symbol and `toJSON`, counting the calls of toJSON. */
  function lookAlike<T extends object>(base: T, brand: unknown, toJSON: unknown) {
    const calls = { n: 0 };
    Object.assign(base, {
      [BRAND]: brand,
      toJSON:
        typeof toJSON === 'function'
          ? () => {
              calls.n++;
              return toJSON();
            }
          : toJSON,
    });
    return { room: base as unknown as VoiceRoom, calls };
  }

  it('is read through its stored document', () => {
    const { room } = lookAlike({}, 2, () => DOC);
    expect([roleOf(room, 'ann'), roleOf(room, 'bo'), roleOf(room, 'cy'), participantCount(room)]).toEqual([
      'host',
      'listener',
      undefined,
      2,
    ]);
  });

  it('is read once: later questions do not call its toJSON again', () => {
    const { room, calls } = lookAlike({}, 2, () => DOC);
    expect([roleOf(room, 'bo'), roleOf(room, 'bo'), participantCount(room)]).toEqual(['listener', 'listener', 2]);
    expect(calls.n).toBe(1);
  });

  it('a function carrying the brand and a good toJSON is not a room', () => {
    const { room, calls } = lookAlike(
      () => undefined,
      2,
      () => DOC,
    );
    expect(thrown(() => roleOf(room, 'bo')).fn).toBe('roleOf');
    expect(calls.n).toBe(0);
  });

  it('without a numeric brand, or without a toJSON method, it is not a room', () => {
    for (const [brand, toJSON] of [
      [undefined, () => DOC],
      ['2', () => DOC],
      [2, DOC],
      [2, undefined],
    ])
      expect(thrown(() => roleOf(lookAlike({}, brand, toJSON).room, 'bo')).fn).toBe('roleOf');
  });

  it('a stored document that is not a room makes it not a room, and the error lists what is wrong with it', () => {
    const { room } = lookAlike({}, 2, () => ({ ...DOC, revision: -1 }));
    const e = thrown(() => participantCount(room));
    expect(e.fn).toBe('participantCount');
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.issues.every((i) => i.path[0] === 'room')).toBe(true);
  });
});
