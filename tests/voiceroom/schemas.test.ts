import { describe, expect, it } from 'vitest';
import { hostIds, participantCount, roleOf } from '../../src/voiceroom/index.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { OPENED, join, roomAfter, speaker } from './helpers.js';

// VoiceRoomSchema checks a stored room's consistency, in both forms it reads; each corruption below
// must be named exactly (zod's issue, before issuesFromZod maps `custom` to `params.code`).

const H = 3_600_000;

/** ann hosts, bo speaks, cy listens with a request to speak since OPENED + 3: participants [ann, bo, cy]. */
const stored = (): any =>
  JSON.parse(
    JSON.stringify(
      roomAfter([join('bo'), join('cy'), speaker('bo'), { type: 'request-to-speak', userId: 'cy', at: OPENED + 3 }]),
    ),
  );

/** The same room as 0.1.0 stored it (cy's bucket is listeners[10][0]). */
const legacy = (): any => {
  const row: unknown[] = new Array(32).fill(null);
  row[0] = [{ userId: 'cy', requestedAt: OPENED + 3 }];
  const listeners: unknown[] = new Array(32).fill(null);
  listeners[10] = row;
  return {
    roomId: 'r1',
    openedAt: OPENED,
    lastEventAt: OPENED + 3,
    reported: false,
    talkers: [
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'speaker' },
    ],
    listenerCount: 1,
    listeners,
  };
};

function issuesOf(room: unknown): { path: PropertyKey[]; code: string; message: string }[] {
  const r = VoiceRoomSchema.safeParse(room);
  return r.success ? [] : r.error.issues.map(({ path, code, message }) => ({ path, code, message }));
}

const custom = (message: string, path: (string | number)[]) => ({ path, code: 'custom', message });

describe('VoiceRoomSchema: a stored room (version 1) must be consistent', () => {
  it('a room from the rules is consistent, and its document is the one written out', () => {
    expect(stored()).toEqual({
      version: 2,
      roomId: 'r1',
      openedAt: OPENED,
      lastEventAt: OPENED + 3,
      reported: false,
      revision: 4, // 4 events accepted
      lastSeq: null,
      receipts: [],
      participants: [
        { userId: 'ann', role: 'host' },
        { userId: 'bo', role: 'speaker' },
        { userId: 'cy', role: 'listener', requestedAt: OPENED + 3 },
      ],
    });
    expect(issuesOf(stored())).toEqual([]);
  });

  it.each<[string, (room: any) => void, ReturnType<typeof custom>[]]>([
    [
      'voiceroom.lifetime: the last event at the opening itself',
      (r) => {
        r.openedAt = OPENED + 3;
      },
      [],
    ],
    [
      'voiceroom.lifetime: the last event before the opening',
      (r) => {
        r.openedAt = OPENED + 4;
      },
      [
        custom('lastEventAt is before openedAt', ['lastEventAt']),
        custom('requestedAt is outside the life of the room so far', ['participants', 2, 'requestedAt']),
      ],
    ],
    [
      'voiceroom.lifetime: the last event 1 ms before the end (48 h)',
      (r) => {
        r.lastEventAt = OPENED + 48 * H - 1;
      },
      [],
    ],
    [
      'voiceroom.lifetime: the last event at the end (48 h)',
      (r) => {
        r.lastEventAt = OPENED + 48 * H;
      },
      [custom('lastEventAt is at or after the end of the room', ['lastEventAt'])],
    ],
    [
      'voiceroom.lifetime: lastSeq 1',
      (r) => {
        r.lastSeq = 1;
      },
      [],
    ],
    [
      'voiceroom.host-invite: a speaker holding an invitation',
      (r) => {
        r.participants[1].invitedBy = 'ann';
      },
      [],
    ],
    [
      'voiceroom.host-invite: a speaker invited by someone no longer in the room',
      (r) => {
        r.participants[1].invitedBy = 'zed';
      },
      [],
    ],
    [
      'voiceroom.host-invite: a host holding an invitation',
      (r) => {
        r.participants[0].invitedBy = 'bo';
      },
      [custom('only a speaker can hold a host invitation', ['participants', 0, 'invitedBy'])],
    ],
    [
      'voiceroom.host-invite: a listener holding an invitation',
      (r) => {
        r.participants[2].invitedBy = 'ann';
      },
      [custom('only a speaker can hold a host invitation', ['participants', 2, 'invitedBy'])],
    ],
    [
      'voiceroom.speak-request: a speaker with a request to speak',
      (r) => {
        r.participants[1].requestedAt = OPENED + 1;
      },
      [custom('only a listener can have a pending request to speak', ['participants', 1, 'requestedAt'])],
    ],
    [
      'voiceroom.roles: someone listed twice, with two roles',
      (r) => {
        r.participants.push({ userId: 'bo', role: 'listener' });
      },
      [custom('"bo" is in the room twice', ['participants', 3, 'userId'])],
    ],
    [
      'voiceroom.roles: the order of the list does not matter',
      (r) => {
        r.participants.reverse();
      },
      [],
    ],
    [
      'voiceroom.roles: a room with nobody left',
      (r) => {
        r.participants = [];
      },
      [],
    ],
    [
      'voiceroom.speak-request: a request dated at the opening',
      (r) => {
        r.participants[2].requestedAt = OPENED;
      },
      [],
    ],
    [
      'voiceroom.speak-request: a request dated at the last event',
      (r) => {
        r.lastEventAt = OPENED + 7;
        r.participants[2].requestedAt = OPENED + 7;
      },
      [],
    ],
    [
      'voiceroom.speak-request: a request dated before the opening',
      (r) => {
        r.participants[2].requestedAt = OPENED - 1;
      },
      [custom('requestedAt is outside the life of the room so far', ['participants', 2, 'requestedAt'])],
    ],
    [
      'voiceroom.speak-request: a request dated after the last event',
      (r) => {
        r.participants[2].requestedAt = OPENED + 4;
      },
      [custom('requestedAt is outside the life of the room so far', ['participants', 2, 'requestedAt'])],
    ],
    [
      'voiceroom.speaker-cap: 11 hosts and speakers',
      (r) => {
        for (let i = 0; i < 9; i++) r.participants.push({ userId: `s${i}`, role: 'speaker' });
      },
      [custom('11 hosts and speakers; at most 10 can talk', ['participants'])],
    ],
    [
      'voiceroom.speaker-cap: 10 hosts and speakers',
      (r) => {
        for (let i = 0; i < 8; i++) r.participants.push({ userId: `s${i}`, role: 'host' });
      },
      [],
    ],
  ])('%s', (_, corrupt, expected) => {
    const room = stored();
    corrupt(room);
    expect(issuesOf(room)).toEqual(expected);
  });

  it.each<[string, unknown, { path: PropertyKey[]; code: string; message: string }[]]>([
    ['lastSeq 0', 0, [{ path: ['lastSeq'], code: 'too_small', message: 'Too small: expected number to be >0' }]],
    [
      'lastSeq 1.5',
      1.5,
      [{ path: ['lastSeq'], code: 'invalid_type', message: 'Invalid input: expected int, received number' }],
    ],
    [
      'lastSeq missing',
      undefined,
      [{ path: ['lastSeq'], code: 'invalid_type', message: 'Invalid input: expected number, received undefined' }],
    ],
  ])('voiceroom.lifetime: %s is refused (a positive integer or null)', (_, lastSeq, expected) => {
    expect(issuesOf({ ...stored(), lastSeq })).toEqual(expected);
  });

  it('voiceroom.capacity: 1,500 participants fit, the 1,501st stored one is named', () => {
    const full = JSON.parse(JSON.stringify(roomAfter(Array.from({ length: 1499 }, (_, i) => join(`u${i + 1}`)))));
    expect(issuesOf(full)).toEqual([]);
    full.participants.push({ userId: 'zed', role: 'listener' });
    // 0.3.0: the cap is checked before the participants are read (0.2.0 read them all, then named the cap)
    expect(issuesOf(full)).toEqual([
      { path: ['participants'], code: 'too_big', message: 'Too big: expected array to have <=1500 items' },
    ]);
  });

  it('every problem is listed at once', () => {
    const room = stored();
    room.lastEventAt = OPENED + 48 * H;
    room.participants[0].invitedBy = 'bo';
    room.participants.push({ userId: 'cy', role: 'host' });
    expect(issuesOf(room)).toEqual([
      custom('lastEventAt is at or after the end of the room', ['lastEventAt']),
      custom('only a speaker can hold a host invitation', ['participants', 0, 'invitedBy']),
      custom('"cy" is in the room twice', ['participants', 3, 'userId']),
    ]);
  });
});

describe('VoiceRoomSchema: a room stored by 0.1.0 (no version) must be consistent', () => {
  it('the written-out 0.1.0 room loads and answers', () => {
    const room = VoiceRoomSchema.parse(legacy());
    expect([participantCount(room), hostIds(room), roleOf(room, 'cy'), room.lastSeq, JSON.stringify(room)]).toEqual([
      3,
      ['ann'],
      'listener',
      null,
      JSON.stringify({ ...stored(), revision: 0 }), // a loaded 0.1.0 room starts at revision 0
    ]);
  });

  it.each<[string, (room: any) => void, ReturnType<typeof custom>[]]>([
    [
      'voiceroom.lifetime: the last event before the opening',
      (r) => {
        r.openedAt = OPENED + 4;
      },
      [
        custom('lastEventAt is before openedAt', ['lastEventAt']),
        custom('requestedAt is outside the life of the room so far', ['listeners', 10, 0, 0, 'requestedAt']),
      ],
    ],
    [
      'voiceroom.host-invite: a host holding an invitation',
      (r) => {
        r.talkers[0] = { userId: 'ann', role: 'host', invitedBy: 'bo' };
      },
      [custom('only a speaker can hold a host invitation', ['talkers', 0, 'invitedBy'])],
    ],
    [
      'voiceroom.roles: a talker listed twice',
      (r) => {
        r.talkers.push({ userId: 'bo', role: 'host' });
      },
      [custom('"bo" is in the room twice', ['talkers', 2, 'userId'])],
    ],
    [
      'voiceroom.roles: a talker who is also a listener',
      (r) => {
        r.talkers.push({ userId: 'cy', role: 'speaker' });
      },
      [custom('"cy" is in the room twice', ['listeners', 10, 0, 0])],
    ],
    [
      'a listener in another bucket than its id hashes to: the index is rebuilt, so it loads',
      (r) => {
        r.listeners[0] = [r.listeners[10][0], ...Array(31).fill(null)];
        r.listeners[10] = null;
      },
      [],
    ],
    [
      'voiceroom.speak-request: a request dated after the last event',
      (r) => {
        r.listeners[10][0][0].requestedAt = OPENED + 4;
      },
      [custom('requestedAt is outside the life of the room so far', ['listeners', 10, 0, 0, 'requestedAt'])],
    ],
    [
      'voiceroom.capacity: a listenerCount that does not match the table',
      (r) => {
        r.listenerCount = 2;
      },
      [custom('listenerCount is 2 but 1 listeners are stored', ['listenerCount'])],
    ],
  ])('%s', (_, corrupt, expected) => {
    const room = legacy();
    corrupt(room);
    expect(issuesOf(room)).toEqual(expected);
  });

  it('an unknown version is named', () => {
    expect(issuesOf({ ...stored(), version: 3 })).toEqual([
      {
        path: ['version'],
        code: 'invalid_union',
        message: "Invalid discriminator value. Expected '2' | '1' | 'undefined'",
      },
    ]);
  });
});
