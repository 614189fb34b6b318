import { describe, expect, it } from 'vitest';
import {
  hostIds,
  parseVoiceRoom,
  pendingHostInvites,
  voiceRoomParticipants,
  type VoiceRoom,
  type VoiceRoomEvent,
} from '../../src/voiceroom/index.js';
import { thrown } from '../helpers.js';
import { OPENED, join, roomAfter, speaker } from './helpers.js';

// The queries answer in user-id order (hosts, then speakers, then listeners), whatever order the
// participants came in: a room whose talkers got their roles as zed, bo (hosts after ann) and tom,
// dan, sam, kim (speakers), and whose listeners sit in the listener table as ed, al, lu, mia (by
// hash), neither sorted nor reverse-sorted.

const invite = (userId: string): VoiceRoomEvent => ({ type: 'invite-host', hostId: 'ann', userId, at: OPENED + 3 });
const host = (userId: string): VoiceRoomEvent => ({
  type: 'set-role',
  hostId: 'ann',
  userId,
  role: 'host',
  at: OPENED + 2,
});

const room = roomAfter([
  ...['zed', 'bo', 'tom', 'dan', 'sam', 'kim', 'ed', 'al', 'lu', 'mia'].map((id) => join(id)),
  host('zed'),
  host('bo'),
  ...['tom', 'dan', 'sam', 'kim'].map((id) => speaker(id)),
  invite('tom'),
  invite('dan'),
  invite('kim'),
  { type: 'request-to-speak', userId: 'ed', at: OPENED + 4 },
]);

/** The roster of `room`, written out: no `invitedBy` or `requestedAt` key where nothing is pending. */
const ROSTER = [
  { userId: 'ann', role: 'host' },
  { userId: 'bo', role: 'host' },
  { userId: 'zed', role: 'host' },
  { userId: 'dan', role: 'speaker', invitedBy: 'ann' },
  { userId: 'kim', role: 'speaker', invitedBy: 'ann' },
  { userId: 'sam', role: 'speaker' },
  { userId: 'tom', role: 'speaker', invitedBy: 'ann' },
  { userId: 'al', role: 'listener' },
  { userId: 'ed', role: 'listener', requestedAt: OPENED + 4 },
  { userId: 'lu', role: 'listener' },
  { userId: 'mia', role: 'listener' },
];

describe('voiceroom.roles: the queries answer in user-id order, not in the order people came', () => {
  it('hostIds', () => {
    expect(hostIds(room)).toEqual(['ann', 'bo', 'zed']);
  });

  it('pendingHostInvites, by invitee', () => {
    expect(pendingHostInvites(room)).toEqual([
      { userId: 'dan', hostId: 'ann' },
      { userId: 'kim', hostId: 'ann' },
      { userId: 'tom', hostId: 'ann' },
    ]);
  });

  it('voiceRoomParticipants: hosts, speakers, listeners, each by user id, with only the keys that apply', () => {
    expect(voiceRoomParticipants(room)).toStrictEqual(ROSTER);
  });

  it('the stored document lists the participants in the same order', () => {
    expect(JSON.parse(JSON.stringify(room))).toEqual({
      version: 2,
      roomId: 'r1',
      openedAt: OPENED,
      lastEventAt: OPENED + 4,
      reported: false,
      revision: 20, // 20 events accepted
      lastSeq: null,
      receipts: [],
      participants: ROSTER,
    });
  });

  it('a document listing them in another order loads to the same roster and document', () => {
    const doc = JSON.parse(JSON.stringify(room));
    doc.participants.reverse();
    const loaded = parseVoiceRoom(doc);
    expect(voiceRoomParticipants(loaded)).toStrictEqual(ROSTER);
    expect(hostIds(loaded)).toEqual(['ann', 'bo', 'zed']);
    expect(pendingHostInvites(loaded).map((i) => i.userId)).toEqual(['dan', 'kim', 'tom']);
    expect(JSON.parse(JSON.stringify(loaded)).participants).toEqual(ROSTER);
  });

  it('the roster is built once per room: the same frozen array every time, also in toJSON', () => {
    const first = voiceRoomParticipants(room);
    expect(voiceRoomParticipants(room)).toBe(first);
    expect(room.toJSON().participants).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('voiceRoomParticipants names itself when the room is not a room', () => {
    expect(thrown(() => voiceRoomParticipants(null as unknown as VoiceRoom))).toEqual({
      fn: 'voiceRoomParticipants',
      issues: [{ path: ['room'], code: 'invalid-type', message: 'Invalid input: expected object, received null' }],
    });
  });
});
