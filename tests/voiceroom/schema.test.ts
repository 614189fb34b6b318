import { describe, expect, it } from 'vitest';
import { VoiceRoomSchema, type VoiceRoom } from '../../src/voiceroom/index.js';
import { OPENED, join, roomAfter, speaker } from './helpers.js';

// VoiceRoomSchema checks a stored room's consistency; each corruption below must be named exactly.

const H = 3_600_000;

/** ann hosts, bo speaks, cy listens with a request to speak since OPENED + 3 (cy's bucket is listeners[10][0]). */
const stored = (): { -readonly [K in keyof VoiceRoom]: any } =>
  JSON.parse(JSON.stringify(roomAfter([join('bo'), join('cy'), speaker('bo'), { type: 'request-to-speak', userId: 'cy', at: OPENED + 3 }])));

function issuesOf(room: unknown): { path: PropertyKey[]; code: string; message: string }[] {
  const r = VoiceRoomSchema.safeParse(room);
  return r.success ? [] : r.error.issues.map(({ path, code, message }) => ({ path, code, message }));
}

const custom = (message: string, path: (string | number)[]) => ({ path, code: 'custom', message });

describe('VoiceRoomSchema: a stored room must be consistent', () => {
  it('a room from the rules is consistent', () => {
    expect(issuesOf(stored())).toEqual([]);
  });

  it.each<[string, (room: ReturnType<typeof stored>) => void, ReturnType<typeof custom>[]]>([
    ['voiceroom.lifetime: the last event at the opening itself', (r) => { r.openedAt = OPENED + 3; }, []],
    ['voiceroom.lifetime: the last event before the opening', (r) => { r.openedAt = OPENED + 4; }, [
      custom('lastEventAt is before openedAt', ['lastEventAt']),
      custom('requestedAt is outside the life of the room so far', ['listeners', 10, 0, 0, 'requestedAt']),
    ]],
    ['voiceroom.lifetime: the last event 1 ms before the end (48 h)', (r) => { r.lastEventAt = OPENED + 48 * H - 1; }, []],
    ['voiceroom.lifetime: the last event at the end (48 h)', (r) => { r.lastEventAt = OPENED + 48 * H; }, [custom('lastEventAt is at or after the end of the room', ['lastEventAt'])]],
    ['voiceroom.host-invite: a speaker holding an invitation', (r) => { r.talkers[1] = { userId: 'bo', role: 'speaker', invitedBy: 'ann' }; }, []],
    ['voiceroom.host-invite: a host holding an invitation', (r) => { r.talkers[0] = { userId: 'ann', role: 'host', invitedBy: 'bo' }; }, [
      custom('only a speaker can hold a host invitation', ['talkers', 0, 'invitedBy']),
    ]],
    ['voiceroom.roles: a talker listed twice', (r) => { r.talkers.push({ userId: 'bo', role: 'host' }); }, [custom('"bo" is in the room twice', ['talkers', 2, 'userId'])]],
    ['voiceroom.roles: a talker who is also a listener', (r) => { r.talkers.push({ userId: 'cy', role: 'speaker' }); }, [custom('"cy" is in the room twice', ['listeners', 10, 0, 0])]],
    ['a listener in the wrong bucket', (r) => { r.listeners[0] = [r.listeners[10][0], ...Array(31).fill(null)]; r.listeners[10] = null; }, [
      custom('"cy" is in the wrong bucket', ['listeners', 0, 0, 0]),
    ]],
    ['voiceroom.speak-request: a request dated at the opening', (r) => { r.listeners[10][0][0].requestedAt = OPENED; }, []],
    ['voiceroom.speak-request: a request dated at the last event', (r) => { r.lastEventAt = OPENED + 7; r.listeners[10][0][0].requestedAt = OPENED + 7; }, []],
    ['voiceroom.speak-request: a request dated before the opening', (r) => { r.listeners[10][0][0].requestedAt = OPENED - 1; }, [
      custom('requestedAt is outside the life of the room so far', ['listeners', 10, 0, 0, 'requestedAt']),
    ]],
    ['voiceroom.speak-request: a request dated after the last event', (r) => { r.listeners[10][0][0].requestedAt = OPENED + 4; }, [
      custom('requestedAt is outside the life of the room so far', ['listeners', 10, 0, 0, 'requestedAt']),
    ]],
    ['voiceroom.capacity: a listenerCount that does not match the table', (r) => { r.listenerCount = 2; }, [custom('listenerCount is 2 but 1 listeners are stored', ['listenerCount'])]],
  ])('%s', (_, corrupt, expected) => {
    const room = stored();
    corrupt(room);
    expect(issuesOf(room)).toEqual(expected);
  });

  it('voiceroom.capacity: 1,500 participants fit, the 1,501st stored one is named', () => {
    const full = JSON.parse(JSON.stringify(roomAfter(Array.from({ length: 1499 }, (_, i) => join(`u${i + 1}`)))));
    expect(issuesOf(full)).toEqual([]);
    full.talkers.push({ userId: 'zed', role: 'speaker' });
    expect(issuesOf(full)).toEqual([custom('more participants than the room holds', ['listeners'])]);
  });
});
