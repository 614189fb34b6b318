import { describe, expect, it } from 'vitest';
import {
  applyVoiceRoomEvent,
  canApply,
  pendingSpeakRequests,
  participantCount,
  roleOf,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { OPENED, join, roomAfter, speaker } from './helpers.js';

// What each accepted event stores: the next room's document is one VoiceRoomSchema accepts as consistent.
// `talkers` are the hosts and speakers of the roster (hosts first, each in user-id order).

const T = OPENED + 10;
/** ann hosts, bo speaks with a pending host invitation from ann, cy and dee listen, cy asks to speak since OPENED + 3. */
const base = roomAfter([
  join('bo'),
  join('cy'),
  join('dee'),
  speaker('bo'),
  { type: 'request-to-speak', userId: 'cy', at: OPENED + 3 },
  { type: 'invite-host', hostId: 'ann', userId: 'bo', at: OPENED + 3 },
]);
const ann = { userId: 'ann', role: 'host' } as const;
const bo = { userId: 'bo', role: 'speaker', invitedBy: 'ann' } as const;
const cyAsks = [{ userId: 'cy', requestedAt: OPENED + 3 }];

type Stored = Pick<VoiceRoom, 'reported'> & {
  talkers: unknown[];
  listenerCount: number;
  roles: (string | undefined)[];
  requests: unknown[];
};
const WHO = ['ann', 'bo', 'cy', 'dee', 'eve'];

function accepted(room: VoiceRoom, event: VoiceRoomEvent): Stored {
  expect(canApply(room, event)).toEqual({ ok: true, value: undefined });
  const r = applyVoiceRoomEvent(room, event);
  if (!r.ok) throw new Error(r.code);
  const next = r.value;
  expect(VoiceRoomSchema.safeParse(JSON.parse(JSON.stringify(next))).error?.issues).toBeUndefined();
  expect([next.roomId, next.openedAt, next.lastEventAt]).toEqual(['r1', OPENED, T]);
  return {
    talkers: voiceRoomParticipants(next).filter((p) => p.role !== 'listener'),
    listenerCount: participantCount(next) - talkerCount(next),
    reported: next.reported,
    roles: WHO.map((u) => roleOf(next, u)),
    requests: pendingSpeakRequests(next),
  };
}

describe('accepted events: the next room, whole', () => {
  it.each<[string, VoiceRoomEvent, Stored]>([
    [
      'voiceroom.entry-role: a join adds a listener',
      join('eve', T),
      {
        talkers: [ann, bo],
        listenerCount: 3,
        reported: false,
        roles: ['host', 'speaker', 'listener', 'listener', 'listener'],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.hostless: the last host leaves',
      { type: 'leave', userId: 'ann', at: T },
      {
        talkers: [bo],
        listenerCount: 2,
        reported: false,
        roles: [undefined, 'speaker', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.speak-request: a listener with a request leaves, and the request with them',
      { type: 'leave', userId: 'cy', at: T },
      {
        talkers: [ann, bo],
        listenerCount: 1,
        reported: false,
        roles: ['host', 'speaker', undefined, 'listener', undefined],
        requests: [],
      },
    ],
    [
      'voiceroom.speak-request: a listener asks to speak',
      { type: 'request-to-speak', userId: 'dee', at: T },
      {
        talkers: [ann, bo],
        listenerCount: 2,
        reported: false,
        roles: ['host', 'speaker', 'listener', 'listener', undefined],
        requests: [...cyAsks, { userId: 'dee', requestedAt: T }],
      },
    ],
    [
      'voiceroom.speak-request: an approved request makes a speaker',
      { type: 'answer-speak-request', hostId: 'ann', userId: 'cy', approve: true, at: T },
      {
        talkers: [ann, bo, { userId: 'cy', role: 'speaker' }],
        listenerCount: 1,
        reported: false,
        roles: ['host', 'speaker', 'speaker', 'listener', undefined],
        requests: [],
      },
    ],
    [
      'voiceroom.speak-request: a declined request leaves a listener',
      { type: 'answer-speak-request', hostId: 'ann', userId: 'cy', approve: false, at: T },
      {
        talkers: [ann, bo],
        listenerCount: 2,
        reported: false,
        roles: ['host', 'speaker', 'listener', 'listener', undefined],
        requests: [],
      },
    ],
    [
      'voiceroom.host-invite: an accepted invitation makes a host',
      { type: 'answer-host-invite', userId: 'bo', accept: true, at: T },
      {
        talkers: [ann, { userId: 'bo', role: 'host' }],
        listenerCount: 2,
        reported: false,
        roles: ['host', 'host', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.host-invite: a declined invitation leaves a speaker',
      { type: 'answer-host-invite', userId: 'bo', accept: false, at: T },
      {
        talkers: [ann, { userId: 'bo', role: 'speaker' }],
        listenerCount: 2,
        reported: false,
        roles: ['host', 'speaker', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.role-change-by-host: a listener made a speaker',
      speaker('dee', T),
      {
        talkers: [ann, bo, { userId: 'dee', role: 'speaker' }],
        listenerCount: 1,
        reported: false,
        roles: ['host', 'speaker', 'listener', 'speaker', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.role-change-by-host: a speaker made a listener loses the invitation',
      { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'listener', at: T },
      {
        talkers: [ann],
        listenerCount: 3,
        reported: false,
        roles: ['host', 'listener', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.role-change-by-host: a listener made host directly (0.2.0), its request to speak gone',
      { type: 'set-role', hostId: 'ann', userId: 'cy', role: 'host', at: T },
      {
        talkers: [ann, { userId: 'cy', role: 'host' }, bo],
        listenerCount: 1,
        reported: false,
        roles: ['host', 'speaker', 'host', 'listener', undefined],
        requests: [],
      },
    ],
    [
      'voiceroom.role-change-by-host: a speaker holding an invitation made host directly, the invitation used up',
      { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'host', at: T },
      {
        talkers: [ann, { userId: 'bo', role: 'host' }],
        listenerCount: 2,
        reported: false,
        roles: ['host', 'host', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
    [
      'voiceroom.voice-data: a report marks the room',
      { type: 'report', at: T },
      {
        talkers: [ann, bo],
        listenerCount: 2,
        reported: true,
        roles: ['host', 'speaker', 'listener', 'listener', undefined],
        requests: cyAsks,
      },
    ],
  ])('%s', (_, event, expected) => {
    expect(accepted(base, event)).toEqual(expected);
  });

  const twoHosts = roomAfter([
    join('bo'),
    join('cy'),
    speaker('bo'),
    { type: 'invite-host', hostId: 'ann', userId: 'bo', at: OPENED + 3 },
    { type: 'answer-host-invite', userId: 'bo', accept: true, at: OPENED + 4 },
  ]);
  it.each<[string, VoiceRoomEvent, Stored]>([
    [
      'a host made a speaker by another host',
      { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'speaker', at: T },
      {
        talkers: [ann, { userId: 'bo', role: 'speaker' }],
        listenerCount: 1,
        reported: false,
        roles: ['host', 'speaker', 'listener', undefined, undefined],
        requests: [],
      },
    ],
    [
      'a host made a listener by another host',
      { type: 'set-role', hostId: 'bo', userId: 'ann', role: 'listener', at: T },
      {
        talkers: [{ userId: 'bo', role: 'host' }],
        listenerCount: 2,
        reported: false,
        roles: ['listener', 'host', 'listener', undefined, undefined],
        requests: [],
      },
    ],
    [
      'a host leaves while another stays',
      { type: 'leave', userId: 'bo', at: T },
      {
        talkers: [ann],
        listenerCount: 1,
        reported: false,
        roles: ['host', undefined, 'listener', undefined, undefined],
        requests: [],
      },
    ],
  ])('voiceroom.role-change-by-host: %s', (_, event, expected) => {
    expect(accepted(twoHosts, event)).toEqual(expected);
  });

  it('voiceroom.voice-data: a reported room stays reported after later events', () => {
    const reported = roomAfter([
      { type: 'report', at: OPENED + 1 },
      join('bo', OPENED + 2),
      { type: 'leave', userId: 'bo', at: OPENED + 3 },
    ]);
    expect([reported.reported, voiceDataDisposition(reported)]).toEqual([true, 'send-to-report-server']);
  });
});

describe('voiceroom.speak-request: pendingSpeakRequests', () => {
  it('lists requests oldest first, whatever order the room stores them in, ties by user id', () => {
    const ask = (userId: string, at: number): VoiceRoomEvent => ({ type: 'request-to-speak', userId, at });
    const room = roomAfter([
      ...['u1', 'u2', 'u3', 'cy', 'dee', 'eve'].map((u) => join(u)),
      ask('u2', OPENED + 11),
      ask('u3', OPENED + 12),
      ask('u1', OPENED + 13),
      ask('eve', OPENED + 14),
      ask('dee', OPENED + 14),
      ask('cy', OPENED + 14),
    ]);
    expect(pendingSpeakRequests(room)).toEqual([
      { userId: 'u2', requestedAt: OPENED + 11 },
      { userId: 'u3', requestedAt: OPENED + 12 },
      { userId: 'u1', requestedAt: OPENED + 13 },
      { userId: 'cy', requestedAt: OPENED + 14 },
      { userId: 'dee', requestedAt: OPENED + 14 },
      { userId: 'eve', requestedAt: OPENED + 14 },
    ]);
  });
});
