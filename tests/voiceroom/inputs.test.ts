import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../src/core/index.js';
import {
  applyVoiceRoomEvent,
  canApply,
  hostIds,
  openVoiceRoom,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  replayVoiceRoom,
  roleOf,
  talkerCount,
  voiceDataDisposition,
  voiceRoomPhase,
  voiceRoomSchedule,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { thrown } from '../helpers.js';
import { OPENED, OPENING, join, roomAfter } from './helpers.js';

// The documented error contract: RuleInputError naming the public function, with every issue's path, code and message.

const T = OPENED + 5;
/** A room where bo is a listener with a pending request to speak (bo's bucket is listeners[8][8]). */
const room = roomAfter([join('bo'), { type: 'request-to-speak', userId: 'bo', at: OPENED + 2 }]);

const ROOM_FUNCTIONS: [string, (room: unknown) => unknown][] = [
  ['applyVoiceRoomEvent', (r) => applyVoiceRoomEvent(r as VoiceRoom, join('cy', T))],
  ['canApply', (r) => canApply(r as VoiceRoom, join('cy', T))],
  ['roleOf', (r) => roleOf(r as VoiceRoom, 'ann')],
  ['participantCount', (r) => participantCount(r as VoiceRoom)],
  ['talkerCount', (r) => talkerCount(r as VoiceRoom)],
  ['hostIds', (r) => hostIds(r as VoiceRoom)],
  ['pendingSpeakRequests', (r) => pendingSpeakRequests(r as VoiceRoom)],
  ['pendingHostInvites', (r) => pendingHostInvites(r as VoiceRoom)],
  ['voiceDataDisposition', (r) => voiceDataDisposition(r as VoiceRoom)],
  ['voiceRoomPhase', (r) => voiceRoomPhase(r as VoiceRoom, T)],
];

const typeIssue = (path: (string | number)[], expected: string, received: string): InputIssue => ({
  path,
  code: 'invalid-type',
  message: `Invalid input: expected ${expected}, received ${received}`,
});

/** The stored document of `room` (version 1). */
const doc = JSON.parse(JSON.stringify(room));
/** The same room as 0.1.0 stored it (no version, a 32 x 32 listener table); bo's bucket is listeners[8][8]. */
const legacy = (() => {
  const listeners: unknown[] = new Array(32).fill(null);
  const row: unknown[] = new Array(32).fill(null);
  row[8] = [{ userId: 'bo', requestedAt: OPENED + 2 }];
  listeners[8] = row;
  return {
    roomId: 'r1',
    openedAt: OPENED,
    lastEventAt: OPENED + 2,
    reported: false,
    talkers: [{ userId: 'ann', role: 'host' }],
    listenerCount: 1,
    listeners,
  };
})();

const BROKEN_ROOMS: [string, unknown, InputIssue[]][] = [
  ['null', null, [typeIssue(['room'], 'object', 'null')]],
  ['an array', [], [typeIssue(['room'], 'object', 'array')]],
  ['a roomId that is a number', { ...doc, roomId: 42 }, [typeIssue(['room', 'roomId'], 'string', 'number')]],
  [
    'an openedAt that is a string',
    { ...doc, openedAt: String(OPENED) },
    [typeIssue(['room', 'openedAt'], 'number', 'string')],
  ],
  ['a lastEventAt that is null', { ...doc, lastEventAt: null }, [typeIssue(['room', 'lastEventAt'], 'number', 'null')]],
  [
    'a reported flag that is a string',
    { ...doc, reported: 'no' },
    [typeIssue(['room', 'reported'], 'boolean', 'string')],
  ],
  ['a lastSeq that is a string', { ...doc, lastSeq: '1' }, [typeIssue(['room', 'lastSeq'], 'number', 'string')]],
  [
    'a lastSeq of 0',
    { ...doc, lastSeq: 0 },
    [{ path: ['room', 'lastSeq'], code: 'too-small', message: 'Too small: expected number to be >0' }],
  ],
  [
    'participants that are an object',
    { ...doc, participants: {} },
    [typeIssue(['room', 'participants'], 'array', 'object')],
  ],
  [
    'an unknown version',
    { ...doc, version: 3 },
    [
      {
        path: ['room', 'version'],
        code: 'invalid-union',
        message: "Invalid discriminator value. Expected '2' | '1' | 'undefined'",
      },
    ],
  ],
  [
    'a valid stored document, not loaded',
    doc,
    [
      {
        path: ['room'],
        code: 'invalid-type',
        message:
          'a stored room (plain data) is not a room: load it with parseVoiceRoom (or VoiceRoomSchema.parse) first',
      },
    ],
  ],
  [
    'a valid 0.1.0 room, not loaded',
    legacy,
    [
      {
        path: ['room'],
        code: 'invalid-type',
        message:
          'a stored room (plain data) is not a room: load it with parseVoiceRoom (or VoiceRoomSchema.parse) first',
      },
    ],
  ],
  [
    'a 0.1.0 room with a listenerCount that is a string',
    { ...legacy, listenerCount: '1' },
    [typeIssue(['room', 'listenerCount'], 'number', 'string')],
  ],
  [
    'a 0.1.0 room with listeners that are an object',
    { ...legacy, listeners: {} },
    [typeIssue(['room', 'listeners'], 'array', 'object')],
  ],
  [
    'a 0.1.0 room with an empty listener table',
    { ...legacy, listeners: [] },
    [
      { path: ['room', 'listeners'], code: 'too-small', message: 'Too small: expected array to have exactly 32 items' },
      {
        path: ['room', 'listenerCount'],
        code: 'inconsistent-room',
        message: 'listenerCount is 1 but 0 listeners are stored',
      },
    ],
  ],
];

describe('a room that is not a voice room: every function names itself and lists what is wrong', () => {
  it.each(
    ROOM_FUNCTIONS.flatMap(([fn, call]) =>
      BROKEN_ROOMS.map(([what, bad, issues]) => [fn, what, call, bad, issues] as const),
    ),
  )('%s with %s', (fn, _, call, bad, issues) => {
    expect(thrown(() => call(bad))).toEqual({ fn, issues });
  });

  it('a room cannot be damaged by hand: it is frozen, and its index is private', () => {
    expect(Object.isFrozen(room)).toBe(true);
    expect(() => {
      (room as { reported: boolean }).reported = true;
    }).toThrow(TypeError);
    expect(Object.keys(room)).toEqual([
      'version',
      'roomId',
      'openedAt',
      'lastEventAt',
      'reported',
      'revision',
      'lastSeq',
    ]);
  });
});

describe('roleOf: the user id must be a non-empty string', () => {
  it.each([
    ['', '""'],
    [5, '5'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'object'],
  ])('roleOf(room, %j) names userId', (bad, shown) => {
    expect(thrown(() => roleOf(room, bad as string))).toEqual({
      fn: 'roleOf',
      issues: [{ path: ['userId'], code: 'invalid-type', message: `expected a non-empty string; got ${shown}` }],
    });
  });
});

const missing = (field: string) => typeIssue([field], 'string', 'undefined');
const empty = (field: string): InputIssue => ({
  path: [field],
  code: 'too-small',
  message: 'Too small: expected string to have >=1 characters',
});
const INSTANT_ISSUE: InputIssue = {
  path: ['at'],
  code: 'invalid-union',
  message: 'expected a valid Date, integer epoch milliseconds, or an ISO-8601 string with offset naming a real time',
};

/**
 * Each event is malformed in exactly one field and would otherwise be accepted or refused by `room`
 * (ann hosts, bo asks to speak), so only the check of that field stands between it and the rules.
 */
const MALFORMED_EVENTS: [string, Record<string, unknown>, InputIssue][] = [
  ['a join without userId', { type: 'join', at: T }, missing('userId')],
  ['a leave with an empty userId', { type: 'leave', userId: '', at: T }, empty('userId')],
  [
    'a request-to-speak with a numeric userId',
    { type: 'request-to-speak', userId: 7, at: T },
    typeIssue(['userId'], 'string', 'number'),
  ],
  [
    'an answer-speak-request without hostId',
    { type: 'answer-speak-request', userId: 'bo', approve: true, at: T },
    missing('hostId'),
  ],
  [
    'an answer-speak-request with an empty hostId',
    { type: 'answer-speak-request', hostId: '', userId: 'bo', approve: true, at: T },
    empty('hostId'),
  ],
  [
    'an answer-speak-request without userId',
    { type: 'answer-speak-request', hostId: 'ann', approve: true, at: T },
    missing('userId'),
  ],
  [
    'an answer-speak-request with an empty userId',
    { type: 'answer-speak-request', hostId: 'ann', userId: '', approve: false, at: T },
    empty('userId'),
  ],
  [
    'an answer-speak-request with approve "yes"',
    { type: 'answer-speak-request', hostId: 'ann', userId: 'bo', approve: 'yes', at: T },
    typeIssue(['approve'], 'boolean', 'string'),
  ],
  [
    'an answer-speak-request without approve',
    { type: 'answer-speak-request', hostId: 'ann', userId: 'bo', at: T },
    typeIssue(['approve'], 'boolean', 'undefined'),
  ],
  ['a set-role without hostId', { type: 'set-role', userId: 'bo', role: 'speaker', at: T }, missing('hostId')],
  ['a set-role without userId', { type: 'set-role', hostId: 'ann', role: 'speaker', at: T }, missing('userId')],
  [
    'a set-role with an empty userId',
    { type: 'set-role', hostId: 'ann', userId: '', role: 'listener', at: T },
    empty('userId'),
  ],
  [
    'a set-role to chair',
    { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'chair', at: T },
    { path: ['role'], code: 'invalid-value', message: 'Invalid option: expected one of "host"|"speaker"|"listener"' },
  ],
  [
    'a set-role without role',
    { type: 'set-role', hostId: 'ann', userId: 'bo', at: T },
    { path: ['role'], code: 'invalid-value', message: 'Invalid option: expected one of "host"|"speaker"|"listener"' },
  ],
  [
    'a join with a seq of 0',
    { type: 'join', userId: 'bo', at: T, seq: 0 },
    { path: ['seq'], code: 'too-small', message: 'Too small: expected number to be >0' },
  ],
  [
    'a report with a seq of 1.5',
    { type: 'report', at: T, seq: 1.5 },
    { path: ['seq'], code: 'invalid-type', message: 'Invalid input: expected int, received number' },
  ],
  ['an invite-host without hostId', { type: 'invite-host', userId: 'bo', at: T }, missing('hostId')],
  ['an invite-host with an empty hostId', { type: 'invite-host', hostId: '', userId: 'bo', at: T }, empty('hostId')],
  ['an invite-host without userId', { type: 'invite-host', hostId: 'ann', at: T }, missing('userId')],
  ['an invite-host with an empty userId', { type: 'invite-host', hostId: 'ann', userId: '', at: T }, empty('userId')],
  ['an answer-host-invite without userId', { type: 'answer-host-invite', accept: true, at: T }, missing('userId')],
  [
    'an answer-host-invite with accept 1',
    { type: 'answer-host-invite', userId: 'bo', accept: 1, at: T },
    typeIssue(['accept'], 'boolean', 'number'),
  ],
  [
    'an answer-host-invite without accept',
    { type: 'answer-host-invite', userId: 'bo', at: T },
    typeIssue(['accept'], 'boolean', 'undefined'),
  ],
  ['a report without at', { type: 'report' }, INSTANT_ISSUE],
  ['a join at an ISO string without offset', { type: 'join', userId: 'cy', at: '2026-01-01T10:00' }, INSTANT_ISSUE],
];

const under = (prefix: (string | number)[], issue: InputIssue): InputIssue => ({
  ...issue,
  path: [...prefix, ...issue.path],
});

describe('voiceroom.roles: a malformed event is an error listing the bad field, never a refusal', () => {
  it.each(MALFORMED_EVENTS)('applyVoiceRoomEvent: %s', (_, event, issue) => {
    expect(thrown(() => applyVoiceRoomEvent(room, event as VoiceRoomEvent))).toEqual({
      fn: 'applyVoiceRoomEvent',
      issues: [under(['event'], issue)],
    });
  });
  it.each(MALFORMED_EVENTS)('canApply: %s', (_, event, issue) => {
    expect(thrown(() => canApply(room, event as VoiceRoomEvent))).toEqual({
      fn: 'canApply',
      issues: [under(['event'], issue)],
    });
  });
  it.each(MALFORMED_EVENTS)('replayVoiceRoom: %s, at its index in the log', (_, event, issue) => {
    const log = [join('bo'), { type: 'request-to-speak', userId: 'bo', at: OPENED + 2 }, event] as VoiceRoomEvent[];
    expect(thrown(() => replayVoiceRoom(OPENING, log))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [under(['events', 2], issue)],
    });
  });
  it('an event without a known type names the discriminator', () => {
    expect(thrown(() => applyVoiceRoomEvent(room, { userId: 'bo', at: T } as never))).toEqual({
      fn: 'applyVoiceRoomEvent',
      issues: [
        {
          path: ['event', 'type'],
          code: 'invalid-union',
          message:
            "Invalid discriminator value. Expected 'join' | 'leave' | 'request-to-speak' | 'answer-speak-request' | 'set-role' | 'invite-host' | 'answer-host-invite' | 'report'",
        },
      ],
    });
  });
  it('replayVoiceRoom: events that are not an array', () => {
    expect(thrown(() => replayVoiceRoom(OPENING, 'log' as never))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [{ path: ['events'], code: 'invalid-type', message: 'expected an array of events; got "log"' }],
    });
  });
});

/** A real Date with no time value whose own getTime pretends otherwise (a Date look-alike). */
const lyingDate = () => Object.assign(new Date(Number.NaN), { getTime: () => 0 });
const badInstant = (path: (string | number)[], shown: string): InputIssue => ({
  path,
  code: 'invalid-instant',
  message: `expected a Date, integer epoch ms or ISO-8601 string with offset; got ${shown}`,
});

describe('voiceroom.lifetime: instants that are not instants', () => {
  it('voiceRoomSchedule names openedAt', () => {
    expect(thrown(() => voiceRoomSchedule('2026-01-01T10:00'))).toEqual({
      fn: 'voiceRoomSchedule',
      issues: [badInstant(['openedAt'], '"2026-01-01T10:00"')],
    });
  });
  it('voiceRoomPhase names at', () => {
    expect(thrown(() => voiceRoomPhase(room, '2026-01-01T10:00'))).toEqual({
      fn: 'voiceRoomPhase',
      issues: [badInstant(['at'], '"2026-01-01T10:00"')],
    });
  });
  it('voiceRoomPhase refuses an instant before the opening, saying both instants', () => {
    expect(thrown(() => voiceRoomPhase(room, OPENED - 1))).toEqual({
      fn: 'voiceRoomPhase',
      issues: [
        {
          path: ['at'],
          code: 'before-opening',
          message: 'at (1767229199999) is before the room opened (1767229200000)',
        },
      ],
    });
  });
  // InstantSchema reads a Date through Date.prototype.getTime (a Date of any realm passes), so a
  // look-alike whose own getTime lies is refused by the schema itself, at the instant's path.
  const lookAlike = (path: (string | number)[]) => ({
    path,
    code: 'invalid-union',
    message: 'expected a valid Date, integer epoch milliseconds, or an ISO-8601 string with offset naming a real time',
  });
  it('openVoiceRoom and replayVoiceRoom refuse a Date look-alike as the opening instant', () => {
    const opening = { ...OPENING, at: lyingDate() };
    expect(thrown(() => openVoiceRoom(opening))).toEqual({
      fn: 'openVoiceRoom',
      issues: [lookAlike(['opening', 'at'])],
    });
    expect(thrown(() => replayVoiceRoom(opening, []))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [lookAlike(['opening', 'at'])],
    });
  });
  it('an event dated by a Date look-alike is refused at its instant', () => {
    const event = { type: 'join', userId: 'cy', at: lyingDate() } as const;
    const issues = [lookAlike(['event', 'at'])];
    expect(thrown(() => applyVoiceRoomEvent(room, event))).toEqual({ fn: 'applyVoiceRoomEvent', issues });
    expect(thrown(() => canApply(room, event))).toEqual({ fn: 'canApply', issues });
  });
});
