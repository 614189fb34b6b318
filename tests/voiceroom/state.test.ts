import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyVoiceRoomEvent,
  applyVoiceRoomEvents,
  hostIds,
  parseVoiceRoom,
  pendingHostInvites,
  voiceRoomParticipants,
} from '../../src/voiceroom/index.js';
import { allListeners } from '../../src/voiceroom/listenerTable.js';
import { VoiceRoomSchema } from '../../src/voiceroom/schemas.js';
import { Room } from '../../src/voiceroom/state.js';
import { OPENED, opened } from './helpers.js';

// A room stored by 0.1.0 (no version, talkers in the order they got a talking role, listeners in a
// 32 x 32 table) loads into a room whose document (version 1) lists participants by role, then user id.

const read = (name: string): any =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/0.1.0', `${name}.room.json`), 'utf8'));

/** A 0.1.0 room holding `listeners`, each in row 0, bucket 0 (the index is rebuilt on load, so any bucket will do). */
const legacy = (talkers: unknown[], listeners: unknown[]) => {
  const table: unknown[] = new Array(32).fill(null);
  if (listeners.length > 0) table[0] = [listeners, ...new Array(31).fill(null)];
  return {
    roomId: 'r1',
    openedAt: OPENED,
    lastEventAt: OPENED + 9,
    reported: false,
    talkers,
    listenerCount: listeners.length,
    listeners: table,
  };
};

const byId = (a: { userId: string }, b: { userId: string }) => (a.userId < b.userId ? -1 : 1);

describe('voiceroom.roles: a 0.1.0 room, saved again, is a version-1 document in role then user-id order', () => {
  it('talkers and listeners stored out of order', () => {
    const stored = legacy(
      [
        { userId: 'zo', role: 'speaker' },
        { userId: 'ann', role: 'host' },
        { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
        { userId: 'al', role: 'host' },
      ],
      [{ userId: 'mia' }, { userId: 'ed', requestedAt: OPENED + 5 }, { userId: 'lu' }],
    );
    const expected = [
      { userId: 'al', role: 'host' },
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
      { userId: 'zo', role: 'speaker' },
      { userId: 'ed', role: 'listener', requestedAt: OPENED + 5 },
      { userId: 'lu', role: 'listener' },
      { userId: 'mia', role: 'listener' },
    ];
    for (const room of [parseVoiceRoom(stored), VoiceRoomSchema.parse(stored)]) {
      expect(voiceRoomParticipants(room)).toStrictEqual(expected);
      expect(JSON.parse(JSON.stringify(room))).toEqual({
        version: 2,
        roomId: 'r1',
        openedAt: OPENED,
        lastEventAt: OPENED + 9,
        reported: false,
        revision: 0, // loaded from 0.1.0
        lastSeq: null,
        receipts: [],
        participants: expected,
      });
      expect(hostIds(room)).toEqual(['al', 'ann']);
      expect(pendingHostInvites(room)).toEqual([{ userId: 'bo', hostId: 'ann' }]);
    }
  });

  it('the mixed-pending-requests fixture (listeners stored as ed, cy, dee)', () => {
    expect(JSON.parse(JSON.stringify(parseVoiceRoom(read('mixed-pending-requests'))))).toEqual({
      version: 2,
      roomId: 'r1',
      openedAt: 1767229200000,
      lastEventAt: 1767229212000,
      reported: false,
      revision: 0, // loaded from 0.1.0
      lastSeq: null,
      receipts: [],
      participants: [
        { userId: 'ann', role: 'host' },
        { userId: 'bo', role: 'host' },
        { userId: 'fay', role: 'speaker' },
        { userId: 'cy', role: 'listener', requestedAt: 1767229211000 },
        { userId: 'dee', role: 'listener', requestedAt: 1767229210000 },
        { userId: 'ed', role: 'listener' },
      ],
    });
  });

  it('the pending-host-invite fixture', () => {
    expect(voiceRoomParticipants(parseVoiceRoom(read('pending-host-invite')))).toStrictEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
      { userId: 'cy', role: 'speaker' },
    ]);
  });
});

describe('Room.load: the index of a loaded room holds only the keys that apply, like one built by events', () => {
  it('a speaker without an invitation is { userId, role }, a listener without a request { userId }', () => {
    const room = parseVoiceRoom(read('mixed-pending-requests')) as Room;
    expect(Room.talkers(room)).toStrictEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'host' },
      { userId: 'fay', role: 'speaker' },
    ]);
    expect(allListeners(Room.listeners(room)).sort(byId)).toStrictEqual([
      { userId: 'cy', requestedAt: 1767229211000 },
      { userId: 'dee', requestedAt: 1767229210000 },
      { userId: 'ed' },
    ]);
    expect(Room.listenerCount(room)).toBe(3);
  });

  it('an invitation is kept on the speaker who holds it, and only there', () => {
    const room = parseVoiceRoom(read('pending-host-invite')) as Room;
    expect(Room.talkers(room)).toStrictEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
      { userId: 'cy', role: 'speaker' },
    ]);
  });

  it('a version-1 document loads the same way', () => {
    const room = parseVoiceRoom(JSON.parse(JSON.stringify(parseVoiceRoom(read('mixed-pending-requests'))))) as Room;
    expect(Room.talkers(room)).toStrictEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'host' },
      { userId: 'fay', role: 'speaker' },
    ]);
    expect(allListeners(Room.listeners(room)).sort(byId)).toStrictEqual([
      { userId: 'cy', requestedAt: 1767229211000 },
      { userId: 'dee', requestedAt: 1767229210000 },
      { userId: 'ed' },
    ]);
  });
});

describe('Room: the brand and the receipt window', () => {
  it('a room carries the registered brand with the stored version, outside its document', () => {
    const room = parseVoiceRoom(read('pending-host-invite'));
    expect((room as unknown as Record<symbol, unknown>)[Symbol.for('kakao-rules.voice-room')]).toBe(2);
    expect(Object.getOwnPropertySymbols(room)).toEqual([]);
  });

  it('the receipts are one frozen list per room, each receipt and event frozen', () => {
    const r = applyVoiceRoomEvent(opened(), { type: 'join', userId: 'bo', at: OPENED + 1, seq: 1 });
    if (!r.ok) throw new Error(r.code);
    const receipts = r.value.receipts;
    expect(r.value.receipts).toBe(receipts);
    expect([Object.isFrozen(receipts), Object.isFrozen(receipts[0]), Object.isFrozen(receipts[0]?.event)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('a line of 72 numbered events remembers the last 64: seq 9 is a duplicate, seq 8 forgotten', () => {
    const events = Array.from({ length: 72 }, (_, i) => ({
      type: 'join' as const,
      userId: `u${i + 1}`,
      at: OPENED + 10,
      seq: i + 1,
    }));
    const r = applyVoiceRoomEvents(opened(), events);
    if (!r.ok) throw new Error(r.code);
    expect([r.value.lastSeq, r.value.receipts.length, r.value.receipts[0]?.seq]).toEqual([72, 64, 9]);
    expect(applyVoiceRoomEvent(r.value, events[8]!)).toMatchObject({ ok: true, duplicate: true });
    expect(applyVoiceRoomEvent(r.value, events[7]!)).toMatchObject({ ok: false, code: 'seq-forgotten' });
  });
});
