import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import {
  VOICE_ROOM_END_WARNING_MS,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  applyVoiceRoomEvent,
  applyVoiceRoomEvents,
  canApply,
  hostIds,
  openVoiceRoom,
  participantCount,
  parseVoiceRoom,
  pendingHostInvites,
  pendingSpeakRequests,
  replayVoiceRoom,
  roleOf,
  roomAfter as roomToStore,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
  voiceRoomPhase,
  voiceRoomSchedule,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { OPENED, OPENING, deepFreeze, join, opened, roomAfter, speaker } from './helpers.js';
import { thrown } from '../helpers.js';

const T = OPENED + 1000;
const joins = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => join(`u${from + i}`));

function refusedWith(room: VoiceRoom, event: VoiceRoomEvent) {
  const r = applyVoiceRoomEvent(room, event);
  expect(canApply(room, event)).toEqual(r.ok ? { ok: true, value: undefined } : r);
  return r.ok ? 'accepted' : `${r.rule} ${r.code}`;
}

describe('constants', () => {
  it('name the numbers of the rule book', () => {
    expect([
      VOICE_ROOM_MAX_PARTICIPANTS,
      VOICE_ROOM_MAX_TALKERS,
      VOICE_ROOM_LIFETIME_MS,
      VOICE_ROOM_END_WARNING_MS,
    ]).toEqual([1500, 10, 172_800_000, 600_000]);
  });
});

describe('openVoiceRoom', () => {
  it.each([
    ['open-group', 'accepted'],
    ['open-direct', 'voiceroom.where not-group-chat'],
    ['group', 'voiceroom.where not-open-chat'],
    ['direct', 'voiceroom.where not-open-chat'],
  ] as const)('voiceroom.where: a %s chat -> %s', (kind, expected) => {
    const r = openVoiceRoom({ ...OPENING, chat: { kind } });
    expect(r.ok ? 'accepted' : `${r.rule} ${r.code}`).toBe(expected);
  });

  it('voiceroom.entry-role: the creator is the only host, stored with epoch ms', () => {
    const r = openVoiceRoom({ ...OPENING, at: '2026-01-01T10:00:00+09:00' });
    expect(r.ok && JSON.parse(JSON.stringify(r.value))).toEqual({
      version: 2,
      roomId: 'r1',
      openedAt: 1_767_229_200_000,
      lastEventAt: 1_767_229_200_000,
      reported: false,
      revision: 0,
      lastSeq: null,
      receipts: [],
      participants: [{ userId: 'ann', role: 'host' }],
    });
    if (r.ok) expect([hostIds(r.value), participantCount(r.value), talkerCount(r.value)]).toEqual([['ann'], 1, 1]);
  });

  it('gives refusals with both languages', () => {
    const r = openVoiceRoom({ ...OPENING, chat: { kind: 'group' } });
    expect(r).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('open chat'), ko: expect.stringMatching(/[가-힣]/) },
    });
  });
});

describe('voiceroom.capacity and voiceroom.entry-role', () => {
  const full = roomAfter(joins(1, 1500));
  it.each([
    ['the 1,500th join is accepted', roomAfter(joins(1, 1499)), join('new'), 'accepted'],
    [
      'voiceroom.capacity: the 1,501st join is refused (hosts count too)',
      full,
      join('new'),
      'voiceroom.capacity room-full',
    ],
    ['voiceroom.entry-role: a participant cannot join twice', full, join('u7'), 'voiceroom.entry-role already-in-room'],
    ['voiceroom.entry-role: the host cannot join again', opened(), join('ann'), 'voiceroom.entry-role already-in-room'],
  ])('%s', (_, room, event, expected) => {
    expect(refusedWith(room, event)).toBe(expected);
  });

  it('a full room counts 1,500 and frees a place when someone leaves', () => {
    expect(participantCount(full)).toBe(1500);
    const left = applyVoiceRoomEvent(full, { type: 'leave', userId: 'u3', at: T });
    expect(left.ok && participantCount(left.value)).toBe(1499);
    if (left.ok) expect(refusedWith(left.value, join('new', T))).toBe('accepted');
  });

  it('voiceroom.capacity: the refusal carries the limit', () => {
    expect(applyVoiceRoomEvent(full, join('new'))).toMatchObject({ ok: false, code: 'room-full', limit: 1500 });
  });

  it('voiceroom.entry-role: someone who was a speaker comes back as a listener', () => {
    const room = roomAfter([join('bo'), speaker('bo'), { type: 'leave', userId: 'bo', at: T }, join('bo', T)]);
    expect(roleOf(room, 'bo')).toBe('listener');
  });
});

describe('voiceroom.speaker-cap: at most 10 talkers, hosts included', () => {
  const nine = roomAfter([...joins(1, 12), ...Array.from({ length: 8 }, (_, i) => speaker(`u${i + 1}`))]); // ann + 8 speakers = 9
  const ten = roomAfter([...joins(1, 12), ...Array.from({ length: 9 }, (_, i) => speaker(`u${i + 1}`))]);
  it('counts the host', () => {
    expect([talkerCount(nine), talkerCount(ten)]).toEqual([9, 10]);
  });
  it.each([
    ['the 10th talker by set-role is accepted', nine, speaker('u11', T), 'accepted'],
    ['the 11th talker by set-role is refused', ten, speaker('u11', T), 'voiceroom.speaker-cap talker-cap-reached'],
    [
      'a host demoting another host to speaker keeps the count',
      ten,
      speaker('u1', T),
      'voiceroom.role-change-by-host already-in-role',
    ],
  ])('%s', (_, room, event, expected) => {
    expect(refusedWith(room, event)).toBe(expected);
  });
  it('the 11th talker by an approved speak request is refused, with the limit', () => {
    const asked = applyVoiceRoomEvent(ten, { type: 'request-to-speak', userId: 'u11', at: T });
    if (!asked.ok) throw new Error(asked.code);
    const answer = { type: 'answer-speak-request', hostId: 'ann', userId: 'u11', approve: true, at: T } as const;
    expect(applyVoiceRoomEvent(asked.value, answer)).toMatchObject({
      ok: false,
      rule: 'voiceroom.speaker-cap',
      code: 'talker-cap-reached',
      limit: 10,
    });
    const declined = applyVoiceRoomEvent(asked.value, { ...answer, approve: false });
    expect(declined.ok && [roleOf(declined.value, 'u11'), pendingSpeakRequests(declined.value)]).toEqual([
      'listener',
      [],
    ]);
  });
});

describe('voiceroom.role-change-by-host and voiceroom.roles', () => {
  const room = roomAfter([
    join('bo'),
    join('cy'),
    speaker('bo'),
    { type: 'invite-host', hostId: 'ann', userId: 'bo', at: OPENED + 3 },
    { type: 'answer-host-invite', userId: 'bo', accept: true, at: OPENED + 4 },
  ]);
  const set = (hostId: string, userId: string, role: 'speaker' | 'listener'): VoiceRoomEvent => ({
    type: 'set-role',
    hostId,
    userId,
    role,
    at: T,
  });
  it.each([
    ['a host makes a listener a speaker', set('ann', 'cy', 'speaker'), 'accepted'],
    ['a host demotes another host to speaker', set('ann', 'bo', 'speaker'), 'accepted'],
    ['a host demotes another host to listener', set('bo', 'ann', 'listener'), 'accepted'],
    [
      'a host cannot change its own role',
      set('ann', 'ann', 'listener'),
      'voiceroom.role-change-by-host cannot-change-own-role',
    ],
    ['a listener cannot change roles', set('cy', 'bo', 'listener'), 'voiceroom.role-change-by-host not-a-host'],
    [
      'someone outside the room cannot change roles',
      set('zed', 'cy', 'speaker'),
      'voiceroom.role-change-by-host not-a-host',
    ],
    [
      'a listener set to listener is refused',
      set('ann', 'cy', 'listener'),
      'voiceroom.role-change-by-host already-in-role',
    ],
    [
      'voiceroom.roles: the target must be in the room',
      set('ann', 'zed', 'speaker'),
      'voiceroom.roles unknown-participant',
    ],
    [
      'voiceroom.roles: leaving needs to be in the room',
      { type: 'leave', userId: 'zed', at: T },
      'voiceroom.roles unknown-participant',
    ],
  ] as const)('%s', (_, event, expected) => {
    expect(refusedWith(room, event)).toBe(expected);
  });
  it('roleOf tells all three roles and undefined', () => {
    expect(['ann', 'bo', 'cy', 'zed'].map((u) => roleOf(room, u))).toEqual(['host', 'host', 'listener', undefined]);
  });
});

describe('voiceroom.host-invite', () => {
  const invited = roomAfter([
    join('bo'),
    join('cy'),
    speaker('bo'),
    { type: 'invite-host', hostId: 'ann', userId: 'bo', at: OPENED + 3 },
  ]);
  const invite = (userId: string): VoiceRoomEvent => ({ type: 'invite-host', hostId: 'ann', userId, at: T });
  const answer = (accept: boolean): VoiceRoomEvent => ({ type: 'answer-host-invite', userId: 'bo', accept, at: T });
  it('an invited speaker becomes host only on accepting', () => {
    expect([roleOf(invited, 'bo'), pendingHostInvites(invited)]).toEqual([
      'speaker',
      [{ userId: 'bo', hostId: 'ann' }],
    ]);
    const accepted = applyVoiceRoomEvent(invited, answer(true));
    expect(
      accepted.ok && [roleOf(accepted.value, 'bo'), hostIds(accepted.value), pendingHostInvites(accepted.value)],
    ).toEqual(['host', ['ann', 'bo'], []]);
    const declined = applyVoiceRoomEvent(invited, answer(false));
    expect(declined.ok && [roleOf(declined.value, 'bo'), pendingHostInvites(declined.value)]).toEqual(['speaker', []]);
  });
  it.each([
    ['a listener cannot be invited', invite('cy'), 'voiceroom.host-invite invitee-not-speaker'],
    ['a host cannot be invited', invite('ann'), 'voiceroom.host-invite invitee-not-speaker'],
    ['one pending invitation per speaker', invite('bo'), 'voiceroom.host-invite invite-already-pending'],
    [
      'a listener has no invitation to answer',
      { type: 'answer-host-invite', userId: 'cy', accept: true, at: T },
      'voiceroom.host-invite no-pending-invite',
    ],
  ] as const)('%s', (_, event, expected) => {
    expect(refusedWith(invited, event)).toBe(expected);
  });
  it.each([
    ['the invitee leaves (and comes back)', [{ type: 'leave', userId: 'bo', at: T }, join('bo', T), speaker('bo', T)]],
    [
      'the invitee is made a listener',
      [{ type: 'set-role', hostId: 'ann', userId: 'bo', role: 'listener', at: T }, speaker('bo', T)],
    ],
  ] as const)('an invitation lapses when %s', (_, events) => {
    let room = invited;
    for (const e of events) {
      const r = applyVoiceRoomEvent(room, e);
      if (!r.ok) throw new Error(r.code);
      room = r.value;
    }
    expect(pendingHostInvites(room)).toEqual([]);
    expect(refusedWith(room, answer(true))).toBe('voiceroom.host-invite no-pending-invite');
  });
});

describe('voiceroom.speak-request', () => {
  const asked = roomAfter([
    join('bo'),
    join('cy'),
    { type: 'request-to-speak', userId: 'cy', at: OPENED + 5 },
    { type: 'request-to-speak', userId: 'bo', at: OPENED + 5 },
  ]);
  it('lists pending requests oldest first, ties by id', () => {
    expect(pendingSpeakRequests(asked)).toEqual([
      { userId: 'bo', requestedAt: OPENED + 5 },
      { userId: 'cy', requestedAt: OPENED + 5 },
    ]);
  });
  it.each([
    [
      'a host cannot ask to speak',
      { type: 'request-to-speak', userId: 'ann', at: T },
      'voiceroom.speak-request not-a-listener',
    ],
    [
      'one pending request per listener',
      { type: 'request-to-speak', userId: 'bo', at: T },
      'voiceroom.speak-request request-already-pending',
    ],
    [
      'only a host answers',
      { type: 'answer-speak-request', hostId: 'cy', userId: 'bo', approve: true, at: T },
      'voiceroom.role-change-by-host not-a-host',
    ],
    [
      'an approved request makes a speaker',
      { type: 'answer-speak-request', hostId: 'ann', userId: 'bo', approve: true, at: T },
      'accepted',
    ],
  ] as const)('%s', (_, event, expected) => {
    expect(refusedWith(asked, event)).toBe(expected);
  });
  it.each([
    ['the listener leaves', { type: 'leave', userId: 'bo', at: T }],
    ['a host makes the listener a speaker', speaker('bo', T)],
  ] as const)('a pending request disappears when %s', (_, event) => {
    const r = applyVoiceRoomEvent(asked, event);
    if (!r.ok) throw new Error(r.code);
    expect(pendingSpeakRequests(r.value)).toEqual([{ userId: 'cy', requestedAt: OPENED + 5 }]);
    expect(
      refusedWith(r.value, { type: 'answer-speak-request', hostId: 'ann', userId: 'bo', approve: true, at: T }),
    ).toMatch(/unknown-participant|no-pending-request/);
  });
});

describe('voiceroom.hostless: the last host leaving', () => {
  const hostless = roomAfter([join('bo'), join('cy'), speaker('bo'), { type: 'leave', userId: 'ann', at: OPENED + 9 }]);
  it('the room stays open with no host and no successor', () => {
    expect([hostIds(hostless), roleOf(hostless, 'bo'), participantCount(hostless)]).toEqual([[], 'speaker', 2]);
  });
  it.each([
    [
      'no role can change',
      { type: 'set-role', hostId: 'bo', userId: 'cy', role: 'speaker', at: T },
      'voiceroom.hostless no-host',
    ],
    [
      'no invitation can be made',
      { type: 'invite-host', hostId: 'bo', userId: 'bo', at: T },
      'voiceroom.hostless no-host',
    ],
    ['people still join', join('dee', T), 'accepted'],
    ['listeners still ask to speak', { type: 'request-to-speak', userId: 'cy', at: T }, 'accepted'],
  ] as const)('%s', (_, event, expected) => {
    expect(refusedWith(hostless, event)).toBe(expected);
  });
  it('the creator coming back is a listener, not a host', () => {
    const r = applyVoiceRoomEvent(hostless, join('ann', T));
    expect(r.ok && [roleOf(r.value, 'ann'), hostIds(r.value)]).toEqual(['listener', []]);
  });
});

describe('voiceroom.lifetime and voiceroom.end-warning', () => {
  const room = opened(); // 2026-01-01 10:00 KST
  it.each([
    ['2026-01-01T10:00:00+09:00', 'live', 'accepted'],
    ['2026-01-03T09:49:59.999+09:00', 'live', 'accepted'],
    ['2026-01-03T09:50:00+09:00', 'ending-soon', 'accepted'],
    ['2026-01-03T09:59:59.999+09:00', 'ending-soon', 'accepted'],
    ['2026-01-03T10:00:00+09:00', 'ended', 'voiceroom.lifetime room-ended'],
    ['2026-01-05T00:00:00+09:00', 'ended', 'voiceroom.lifetime room-ended'],
  ])('at %s the phase is %s and a join is %s', (at, phase, expected) => {
    expect(voiceRoomPhase(room, at)).toBe(phase);
    expect(refusedWith(room, { type: 'join', userId: 'bo', at })).toBe(expected);
  });
  it('voiceRoomSchedule gives the warning at 47:50 and the end at 48:00', () => {
    expect(voiceRoomSchedule('2026-01-01T10:00:00+09:00')).toEqual({
      openedAt: 1_767_229_200_000,
      warnAt: 1_767_401_400_000,
      endsAt: 1_767_402_000_000,
    });
  });
  it.each([
    ['before the opening', opened(), OPENED - 1],
    ['before the last accepted event', roomAfter([join('bo', OPENED + 100)]), OPENED + 99],
  ])('an event %s is refused as out of order', (_, r, at) => {
    expect(refusedWith(r, { type: 'report', at })).toBe('voiceroom.lifetime event-out-of-order');
  });
  it('events at the same instant are accepted in order', () => {
    expect(refusedWith(roomAfter([join('bo', OPENED + 100)]), join('cy', OPENED + 100))).toBe('accepted');
  });
  it('voiceRoomPhase refuses an instant before the opening', () => {
    expect(() => voiceRoomPhase(room, OPENED - 1)).toThrow(RuleInputError);
  });
});

describe('voiceroom.voice-data', () => {
  it('is deleted at the end unless someone reports, then it goes to the report server', () => {
    const room = opened();
    expect(voiceDataDisposition(room)).toBe('delete-at-room-end');
    const reported = applyVoiceRoomEvent(room, { type: 'report', at: T });
    expect(reported.ok && voiceDataDisposition(reported.value)).toBe('send-to-report-server');
    if (!reported.ok) throw new Error(reported.code);
    const later = applyVoiceRoomEvent(reported.value, join('bo', T + 1));
    expect(later.ok && voiceDataDisposition(later.value)).toBe('send-to-report-server');
  });
});

describe('replayVoiceRoom', () => {
  it('returns the final room', () => {
    const r = replayVoiceRoom(OPENING, [join('bo'), speaker('bo')]);
    expect(r.ok && [roleOf(r.value, 'bo'), r.value.lastEventAt]).toEqual(['speaker', OPENED + 2]);
  });
  it('stops at the first refusal and names its index', () => {
    expect(
      replayVoiceRoom(OPENING, [join('bo'), join('cy'), join('bo'), { type: 'leave', userId: 'zed', at: T }]),
    ).toMatchObject({ ok: false, rule: 'voiceroom.entry-role', code: 'already-in-room', index: 2 });
  });
  it('voiceroom.where: a refused opening has index -1', () => {
    expect(replayVoiceRoom({ ...OPENING, chat: { kind: 'open-direct' } }, [])).toMatchObject({
      ok: false,
      code: 'not-group-chat',
      index: -1,
    });
  });
  it('lists every malformed event (and a malformed opening) in one error', () => {
    try {
      replayVoiceRoom({ ...OPENING, creatorId: '' }, [
        join('bo'),
        { type: 'join', at: T } as never,
        { type: 'nope', at: T } as never,
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual([
        'opening.creatorId',
        'events.1.userId',
        'events.2.type',
      ]);
    }
  });
});

describe('the stored document', () => {
  it('a room survives JSON.stringify then VoiceRoomSchema.parse with the same document and answers', () => {
    const room = roomAfter([
      ...joins(1, 40),
      speaker('u1'),
      { type: 'request-to-speak', userId: 'u2', at: OPENED + 3 },
      { type: 'invite-host', hostId: 'ann', userId: 'u1', at: OPENED + 4 },
      join('__proto__', OPENED + 5),
    ]);
    const back = VoiceRoomSchema.parse(JSON.parse(JSON.stringify(room)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(room));
    expect([
      participantCount(back),
      roleOf(back, '__proto__'),
      pendingSpeakRequests(back),
      pendingHostInvites(back),
    ]).toEqual([41, 'listener', [{ userId: 'u2', requestedAt: OPENED + 3 }], [{ userId: 'u1', hostId: 'ann' }]]);
  });
  it('VoiceRoomSchema refuses an inconsistent room', () => {
    const doc = JSON.parse(JSON.stringify(roomAfter([join('bo')])));
    expect(
      VoiceRoomSchema.safeParse({ ...doc, participants: [...doc.participants, { userId: 'bo', role: 'speaker' }] })
        .success,
    ).toBe(false);
    expect(VoiceRoomSchema.safeParse({ ...doc, lastSeq: 0 }).success).toBe(false);
  });
  it('VoiceRoomSchema refuses a speak request dated outside the life of the room so far', () => {
    const room = JSON.parse(
      JSON.stringify(roomAfter([join('bo'), { type: 'request-to-speak', userId: 'bo', at: OPENED + 3 }])),
    );
    const entry = room.participants.find((p: { userId: string }) => p.userId === 'bo');
    expect(VoiceRoomSchema.safeParse(room).success).toBe(true);
    entry.requestedAt = OPENED - 1;
    const early = VoiceRoomSchema.safeParse(room);
    expect(early.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['participants', 1, 'requestedAt'], 'requestedAt is outside the life of the room so far'],
    ]);
    entry.requestedAt = room.lastEventAt + 1;
    expect(VoiceRoomSchema.safeParse(room).success).toBe(false);
  });
  it('inputs are never mutated: deep-frozen rooms and events work', () => {
    const room = deepFreeze(
      roomAfter([join('bo'), join('cy'), { type: 'request-to-speak', userId: 'cy', at: OPENED + 3 }]),
    );
    const before = JSON.stringify(room);
    const events: VoiceRoomEvent[] = deepFreeze([
      speaker('bo', T),
      { type: 'invite-host', hostId: 'ann', userId: 'bo', at: T },
      { type: 'answer-speak-request', hostId: 'ann', userId: 'cy', approve: true, at: T },
      { type: 'leave', userId: 'cy', at: T },
      { type: 'report', at: new Date(T) },
    ]);
    let r = room;
    for (const e of events) {
      const next = applyVoiceRoomEvent(r, e);
      if (!next.ok) throw new Error(next.code);
      r = next.value;
    }
    expect(JSON.stringify(room)).toBe(before);
    expect([roleOf(r, 'bo'), roleOf(r, 'cy'), voiceDataDisposition(r)]).toEqual([
      'speaker',
      undefined,
      'send-to-report-server',
    ]);
  });
});

describe('bad input throws RuleInputError with issues, never another error', () => {
  const room = opened();
  const stored = JSON.parse(JSON.stringify(room));
  const garbage: unknown[] = [
    null,
    undefined,
    42,
    'room',
    [],
    {},
    { ...room },
    stored,
    { ...stored, participants: 'x' },
    JSON.parse('{"__proto__": {"openedAt": 1}}'),
    Object.freeze({}),
  ];
  const badIds: unknown[] = [null, undefined, 42, '', {}, [], Object.freeze({})];
  const badInstants: unknown[] = [
    null,
    undefined,
    1.5,
    Number.NaN,
    'room',
    '2026-01-01T10:00',
    {},
    [],
    new Date(Number.NaN),
  ];
  const badLogs: unknown[] = [null, undefined, 42, 'room', {}, [null], [{}], [join('bo'), { type: 'join' }]];
  const calls: [string, (bad: unknown) => unknown, unknown[]][] = [
    ['applyVoiceRoomEvent room', (bad) => applyVoiceRoomEvent(bad as VoiceRoom, join('bo')), garbage],
    ['applyVoiceRoomEvent event', (bad) => applyVoiceRoomEvent(room, bad as VoiceRoomEvent), garbage],
    ['canApply room', (bad) => canApply(bad as VoiceRoom, join('bo')), garbage],
    ['canApply event', (bad) => canApply(room, bad as VoiceRoomEvent), garbage],
    ['openVoiceRoom', (bad) => openVoiceRoom(bad as never), garbage],
    ['replayVoiceRoom opening', (bad) => replayVoiceRoom(bad as never, []), garbage],
    ['replayVoiceRoom events', (bad) => replayVoiceRoom(OPENING, bad as never), badLogs],
    ['roleOf room', (bad) => roleOf(bad as VoiceRoom, 'bo'), garbage],
    ['roleOf userId', (bad) => roleOf(room, bad as string), badIds],
    ['participantCount', (bad) => participantCount(bad as VoiceRoom), garbage],
    ['talkerCount', (bad) => talkerCount(bad as VoiceRoom), garbage],
    ['hostIds', (bad) => hostIds(bad as VoiceRoom), garbage],
    ['pendingSpeakRequests', (bad) => pendingSpeakRequests(bad as VoiceRoom), garbage],
    ['pendingHostInvites', (bad) => pendingHostInvites(bad as VoiceRoom), garbage],
    ['voiceDataDisposition', (bad) => voiceDataDisposition(bad as VoiceRoom), garbage],
    ['voiceRoomPhase room', (bad) => voiceRoomPhase(bad as VoiceRoom, T), garbage],
    ['voiceRoomPhase at', (bad) => voiceRoomPhase(room, bad as number), badInstants],
    ['voiceRoomSchedule', (bad) => voiceRoomSchedule(bad as number), badInstants],
  ];
  it.each(calls)('%s', (_, call, bads) => {
    for (const bad of bads) {
      let thrown: unknown;
      try {
        call(bad);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, JSON.stringify(bad)).toBeInstanceOf(RuleInputError);
      expect((thrown as RuleInputError).issues.length).toBeGreaterThan(0);
    }
  });
  it.each([
    ['an unknown type', { type: 'shout', userId: 'bo', at: T }, ['event.type']],
    [
      'an empty id and a role of chair',
      { type: 'set-role', hostId: '', userId: 'bo', role: 'chair', at: T },
      ['event.hostId', 'event.role'],
    ],
    ['a seq of 0 and one of 1.5', { type: 'join', userId: 'bo', at: T, seq: 0 }, ['event.seq']],
    ['a seq that is not a safe integer', { type: 'report', at: T, seq: 2 ** 53 }, ['event.seq']],
    ['an ISO string without offset', { type: 'join', userId: 'bo', at: '2026-01-01T10:00' }, ['event.at']],
    [
      'an Invalid Date and a non-boolean answer',
      { type: 'answer-host-invite', userId: 'bo', accept: 'yes', at: new Date(Number.NaN) },
      ['event.accept', 'event.at'],
    ],
  ])('a malformed event (%s) lists every problem', (_, event, paths) => {
    try {
      applyVoiceRoomEvent(room, event as never);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual(paths);
    }
  });
  it('a stored document (or a copy of a room) is not a room: load it first', () => {
    const load = [
      {
        path: ['room'],
        code: 'invalid-type',
        message:
          'a stored room (plain data) is not a room: load it with parseVoiceRoom (or VoiceRoomSchema.parse) first',
      },
    ];
    expect(thrown(() => applyVoiceRoomEvent(stored, join('bo')))?.issues).toEqual(load);
    expect(thrown(() => roleOf({ ...room } as never, 'ann'))?.issues).toEqual([
      {
        path: ['room', 'receipts'],
        code: 'invalid-type',
        message: 'Invalid input: expected array, received undefined',
      },
      {
        path: ['room', 'participants'],
        code: 'invalid-type',
        message: 'Invalid input: expected array, received undefined',
      },
    ]);
  });
});

describe('numbered delivery and skip-replay: the edges (0.3.0; 0.2.0 acknowledged any seq <= lastSeq and took gaps)', () => {
  const room = roomAfter([join('bo')]);
  const withSeq = (seq: number, at = OPENED + 5): VoiceRoomEvent => ({ type: 'join', userId: 'cy', at, seq });

  it('voiceroom.lifetime: the stream starts at seq 1; a later seq is a gap naming the expected one, and nothing changes', () => {
    expect([room.lastSeq, room.revision]).toEqual([null, 1]);
    expect(applyVoiceRoomEvent(room, withSeq(41))).toMatchObject({
      ok: false,
      rule: 'voiceroom.lifetime',
      code: 'seq-gap',
      expected: 1,
    });
    expect('room' in applyVoiceRoomEvent(room, withSeq(41))).toBe(false);
    const first = applyVoiceRoomEvent(room, withSeq(1));
    if (!first.ok) throw new Error(first.code);
    expect([first.value.lastSeq, first.value.revision, 'duplicate' in first]).toEqual([1, 2, false]);
    expect(first.value.receipts).toEqual([
      { seq: 1, event: { type: 'join', userId: 'cy', at: OPENED + 5 }, outcome: 'applied' },
    ]);
    // the same event again (its instant written another way): a redelivery, acknowledged, nothing changes
    expect(applyVoiceRoomEvent(first.value, { type: 'join', userId: 'cy', at: new Date(OPENED + 5), seq: 1 })).toEqual({
      ok: true,
      value: first.value,
      duplicate: true,
    });
    // the same seq with another event: a conflict, never a duplicate
    expect(applyVoiceRoomEvent(first.value, withSeq(1, OPENED + 6))).toMatchObject({ ok: false, code: 'seq-conflict' });
    expect(applyVoiceRoomEvent(first.value, { type: 'join', userId: 'dee', at: OPENED + 5, seq: 1 })).toMatchObject({
      ok: false,
      code: 'seq-conflict',
    });
    // a gap is refused; the next seq is taken
    expect(applyVoiceRoomEvent(first.value, { type: 'report', at: OPENED + 6, seq: 3 })).toMatchObject({
      code: 'seq-gap',
      expected: 2,
    });
    const next = applyVoiceRoomEvent(first.value, { type: 'report', at: OPENED + 6, seq: 2 });
    expect(next.ok && [next.value.lastSeq, next.value.revision, next.value.reported]).toEqual([2, 3, true]);
    // an event without seq is decided by the rules alone and keeps lastSeq
    const plain = applyVoiceRoomEvent(first.value, { type: 'report', at: OPENED + 6 });
    expect(plain.ok && [plain.value.lastSeq, plain.value.revision, plain.value.receipts.length]).toEqual([1, 3, 1]);
  });

  it('voiceroom.lifetime: a numbered event refused by a rule takes its seq (the writer is not stuck); its redelivery gets the same refusal', () => {
    const r = applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: OPENED + 5, seq: 1 });
    expect(r).toMatchObject({ ok: false, rule: 'voiceroom.entry-role', code: 'already-in-room' });
    if (r.ok || r.room === undefined) throw new Error('expected a refusal carrying the room');
    expect([r.room.lastSeq, r.room.revision, r.room.lastEventAt, participantCount(r.room)]).toEqual([
      1,
      2,
      room.lastEventAt,
      2,
    ]);
    expect(r.room.receipts).toEqual([
      { seq: 1, event: { type: 'join', userId: 'bo', at: OPENED + 5 }, outcome: 'already-in-room' },
    ]);
    expect(room.lastSeq).toBeNull(); // the room passed in is unchanged
    const again = applyVoiceRoomEvent(r.room, { type: 'join', userId: 'bo', at: OPENED + 5, seq: 1 });
    expect(again).toMatchObject({ ok: false, code: 'already-in-room', duplicate: true });
    expect('room' in again).toBe(false);
    const after = applyVoiceRoomEvent(r.room, withSeq(2));
    expect(after.ok && after.value.lastSeq).toBe(2);
  });

  it('voiceroom.lifetime: a seq older than the receipts is seq-forgotten (a 0.2.0 room remembers none)', () => {
    const v1 = VoiceRoomSchema.parse({
      ...JSON.parse(JSON.stringify(room)),
      version: 1,
      lastSeq: 5,
      revision: undefined,
      receipts: undefined,
    });
    expect([v1.revision, v1.lastSeq, v1.receipts]).toEqual([0, 5, []]);
    expect(applyVoiceRoomEvent(v1, withSeq(5))).toMatchObject({ ok: false, code: 'seq-forgotten' });
    expect(applyVoiceRoomEvent(v1, withSeq(1))).toMatchObject({ ok: false, code: 'seq-forgotten' });
    expect(applyVoiceRoomEvent(v1, withSeq(7))).toMatchObject({ ok: false, code: 'seq-gap', expected: 6 });
    const taken = applyVoiceRoomEvent(v1, withSeq(6));
    expect(taken.ok && [taken.value.lastSeq, taken.value.revision]).toEqual([6, 1]);
  });

  it('voiceroom.lifetime: lastSeq, revision and receipts are stored and loaded with the room', () => {
    const r = applyVoiceRoomEvent(room, withSeq(1));
    if (!r.ok) throw new Error(r.code);
    const doc = JSON.parse(JSON.stringify(r.value));
    expect([doc.lastSeq, doc.revision, doc.receipts.length]).toEqual([1, 2, 1]);
    expect(applyVoiceRoomEvent(VoiceRoomSchema.parse(doc), withSeq(1))).toMatchObject({ ok: true, duplicate: true });
    expect(applyVoiceRoomEvent(parseVoiceRoom(doc), withSeq(1, OPENED + 9))).toMatchObject({ code: 'seq-conflict' });
  });

  it('replayVoiceRoom: skip goes past every refusal and lists it; stop keeps the first-refusal answer', () => {
    const log: VoiceRoomEvent[] = [
      join('bo'),
      join('bo'),
      join('cy', OPENED + 2),
      { type: 'leave', userId: 'zed', at: OPENED + 3 },
      join('dee', OPENED + 1),
    ];
    const s = replayVoiceRoom(OPENING, log, { onRefusal: 'skip' });
    if (!s.ok) throw new Error(s.code);
    expect(s.refusals.map(({ index, refusal }) => [index, refusal.rule, refusal.code])).toEqual([
      [1, 'voiceroom.entry-role', 'already-in-room'],
      [3, 'voiceroom.roles', 'unknown-participant'],
      [4, 'voiceroom.lifetime', 'event-out-of-order'],
    ]);
    expect(voiceRoomParticipants(s.value).map((p) => p.userId)).toEqual(['ann', 'bo', 'cy']);
    expect(replayVoiceRoom(OPENING, log)).toMatchObject({ ok: false, code: 'already-in-room', index: 1 });
    expect(replayVoiceRoom(OPENING, log, { onRefusal: 'stop' })).toEqual(replayVoiceRoom(OPENING, log));
    expect(replayVoiceRoom(OPENING, [join('bo')], { onRefusal: 'skip' })).toMatchObject({ ok: true, refusals: [] });
    expect(replayVoiceRoom({ ...OPENING, chat: { kind: 'open-direct' } }, log, { onRefusal: 'skip' })).toMatchObject({
      ok: false,
      code: 'not-group-chat',
      index: -1,
    });
  });

  it('replayVoiceRoom: options other than { onRefusal: stop | skip } are bad input, listed with the others', () => {
    expect(thrown(() => replayVoiceRoom(OPENING, [], { onRefusal: 'ignore' } as never))).toEqual({
      fn: 'replayVoiceRoom',
      issues: [
        { path: ['options', 'onRefusal'], code: 'invalid-value', message: `expected 'stop' or 'skip'; got "ignore"` },
      ],
    });
    expect(
      thrown(() => replayVoiceRoom(OPENING, [{ type: 'join' } as never], 'skip' as never)).issues.map((i) =>
        i.path.join('.'),
      ),
    ).toEqual(['options.onRefusal', 'events.0.userId', 'events.0.at']);
  });

  it('voiceroom.role-change-by-host: a listener made host at the cap is refused; a speaker made host at the cap is not; a host cannot make itself host', () => {
    const nine = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
    const cap = roomAfter([...nine.map((u) => join(u)), join('lis'), ...nine.map((u) => speaker(u))]);
    expect(talkerCount(cap)).toBe(10);
    const T = OPENED + 5;
    expect(applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 'lis', role: 'host', at: T })).toBe(
      applyVoiceRoomEvent(cap, speaker('lis', T)),
    );
    expect(
      applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 'lis', role: 'host', at: T }),
    ).toMatchObject({ ok: false, rule: 'voiceroom.speaker-cap', code: 'talker-cap-reached', limit: 10 });
    const promoted = applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 's9', role: 'host', at: T });
    expect(promoted.ok && [hostIds(promoted.value), talkerCount(promoted.value)]).toEqual([['ann', 's9'], 10]);
    expect(
      applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 'ann', role: 'host', at: T }),
    ).toMatchObject({ ok: false, code: 'cannot-change-own-role' });
    expect(
      applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 'ann', userId: 'ann', role: 'speaker', at: T }),
    ).toMatchObject({ ok: false, code: 'cannot-change-own-role' });
    if (!promoted.ok) return;
    expect(
      applyVoiceRoomEvent(promoted.value, { type: 'set-role', hostId: 'ann', userId: 's9', role: 'host', at: T }),
    ).toMatchObject({ ok: false, code: 'already-in-role' });
    expect(
      applyVoiceRoomEvent(cap, { type: 'set-role', hostId: 's1', userId: 'lis', role: 'host', at: T }),
    ).toMatchObject({ ok: false, code: 'not-a-host' });
  });
});

describe('a numbered event refused by a rule: the refusal it answers', () => {
  it('has the fields of the rule refusal and the room to store, and no limit when the rule names none', () => {
    const r = applyVoiceRoomEvent(opened(), { type: 'join', userId: 'ann', at: T, seq: 1 });
    if (r.ok) throw new Error('expected a refusal');
    expect(Object.keys(r).sort()).toEqual(['code', 'message', 'ok', 'room', 'rule']);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('carries the limit of voiceroom.speaker-cap', () => {
    const ten = roomAfter([...joins(1, 11), ...Array.from({ length: 9 }, (_, i) => speaker(`u${i + 1}`))]);
    const r = applyVoiceRoomEvent(ten, { ...speaker('u10', T), seq: 1 } as VoiceRoomEvent);
    expect(r).toMatchObject({ ok: false, code: 'talker-cap-reached', limit: 10, room: { lastSeq: 1 } });
  });
});

describe('voiceroom.voice-data: a report in a room already reported', () => {
  const reported = roomAfter([{ type: 'report', at: T }]);
  it('unnumbered, at the last event: the same room, no revision', () => {
    expect(reported.revision).toBe(1);
    const r = applyVoiceRoomEvent(reported, { type: 'report', at: T });
    expect(r.ok && r.value).toBe(reported);
  });
  it('numbered, at the last event: it takes its seq, one revision more', () => {
    const r = applyVoiceRoomEvent(reported, { type: 'report', at: T, seq: 1 });
    expect(r.ok && [r.value.lastSeq, r.value.revision, r.value.receipts.length, r.value.reported]).toEqual([
      1,
      2,
      1,
      true,
    ]);
  });
  it('unnumbered, later: one revision more and the later instant', () => {
    const r = applyVoiceRoomEvent(reported, { type: 'report', at: T + 1 });
    expect(r.ok && [r.value.revision, r.value.lastEventAt]).toEqual([2, T + 1]);
  });
});

describe('applyVoiceRoomEvents: events that cannot be read, and the cap of one error', () => {
  const room = opened();
  const noUser = { type: 'join', at: T } as unknown as VoiceRoomEvent; // one issue: userId
  const bare = { type: 'join' } as unknown as VoiceRoomEvent; // two issues: userId, at
  const userIssue = (i: number) => ({
    path: ['events', i, 'userId'],
    code: 'invalid-type',
    message: 'Invalid input: expected string, received undefined',
  });

  it('a revoked Proxy as the events', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(thrown(() => applyVoiceRoomEvents(room, proxy as never))).toEqual({
      fn: 'applyVoiceRoomEvents',
      issues: [{ path: ['events'], code: 'invalid-input', message: 'could not be read (a revoked Proxy?)' }],
    });
  });

  it('a batch of exactly 100,000 events (VOICE_ROOM_MAX_BATCH) is read', () => {
    const r = applyVoiceRoomEvents(room, new Array(100_000).fill(join('bo')));
    expect(r).toMatchObject({ ok: false, code: 'already-in-room', index: 1 });
  });

  it('an element whose getter throws', () => {
    const events = new Proxy([join('bo'), join('cy')], {
      get(target, key, receiver) {
        if (key === '1') throw new Error('boom');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(thrown(() => applyVoiceRoomEvents(room, events)).issues).toEqual([
      { path: ['events', 1], code: 'invalid-input', message: 'could not be read (its getter threw)' },
    ]);
  });

  it('99 issues fit in one error, with nothing left to count', () => {
    const issues = thrown(() =>
      applyVoiceRoomEvents(
        room,
        Array.from({ length: 99 }, () => noUser),
      ),
    ).issues;
    expect(issues).toHaveLength(99);
    expect(issues[98]).toEqual(userIssue(98));
  });

  it('after the first event that does not fit, none is explained, even one that would', () => {
    const events = [...Array.from({ length: 98 }, () => noUser), bare, noUser];
    const issues = thrown(() => applyVoiceRoomEvents(room, events)).issues;
    expect(issues).toHaveLength(99);
    expect(issues[97]).toEqual(userIssue(97));
    expect(issues[98]).toEqual({
      path: ['events'],
      code: 'invalid-event',
      message: '2 more malformed events (only the first 98 are explained)',
    });
  });
});

describe('roomAfter: what is wrong with an answer', () => {
  const room = opened();
  const other = openVoiceRoom({ ...OPENING, roomId: 'r2' });
  it.each<[string, unknown, unknown]>([
    [
      'not an answer',
      5,
      { path: ['outcome'], code: 'invalid-type', message: 'expected an answer of applyVoiceRoomEvent; got 5' },
    ],
    [
      'an answer whose ok cannot be read',
      Object.defineProperty({}, 'ok', {
        get() {
          throw new Error('boom');
        },
      }),
      { path: ['outcome'], code: 'invalid-type', message: 'expected an answer of applyVoiceRoomEvent; got object' },
    ],
    [
      'an accepted answer without a room',
      { ok: true, value: undefined },
      {
        path: ['outcome', 'value'],
        code: 'invalid-type',
        message: 'expected the room the answer carries; got undefined',
      },
    ],
    [
      'a refusal carrying something else than a room',
      { ok: false, room: 'r1' },
      { path: ['outcome', 'room'], code: 'invalid-type', message: 'expected the room the answer carries; got "r1"' },
    ],
    [
      'an answer about another room',
      { ok: true, value: other.ok && other.value },
      {
        path: ['outcome', 'value', 'roomId'],
        code: 'invalid-value',
        message: 'the answer is about another room ("r2")',
      },
    ],
  ])('%s', (_, outcome, issue) => {
    expect(thrown(() => roomToStore(room, outcome as never))).toEqual({ fn: 'roomAfter', issues: [issue] });
  });
});
