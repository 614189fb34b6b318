import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { INCONSISTENT, fastLoad } from '../../src/voiceroom/fastload.js';
import {
  applyVoiceRoomEvent,
  parseVoiceRoom,
  parseVoiceRoomEvent,
  roleOf,
  voiceRoomParticipants,
} from '../../src/voiceroom/index.js';
import { allListeners } from '../../src/voiceroom/listenerTable.js';
import { Room } from '../../src/voiceroom/state.js';
import { thrown } from '../helpers.js';
import { OPENED, opened } from './helpers.js';

// The fast path of parseVoiceRoom (src/voiceroom/fastload.ts) gives up on anything it does not fully read,
// and the guard then explains it: every malformed field of a version-2 document is bad input.
const numbered = applyVoiceRoomEvent(opened(), { type: 'join', userId: 'bo', at: OPENED + 1, seq: 1 });
const doc = JSON.parse(JSON.stringify(numbered.ok ? numbered.value : undefined)) as Record<string, unknown>;
const receipt = (doc.receipts as Record<string, unknown>[])[0]!;
const participant = (doc.participants as Record<string, unknown>[])[0]!;

describe('parseVoiceRoom, version 2, field by field', () => {
  it('reads the document the library wrote, receipts included', () => {
    const room = parseVoiceRoom(doc);
    expect(room.revision).toBe(1);
    expect(room.lastSeq).toBe(1);
    expect(voiceRoomParticipants(room).map((p) => p.userId)).toEqual(['ann', 'bo']);
  });

  it.each([
    ['a blank roomId', { ...doc, roomId: '' }],
    ['a lastSeq of 0', { ...doc, lastSeq: 0 }],
    [
      'a speaker with a pending request to speak',
      { ...doc, participants: [participant, { userId: 'bo', role: 'speaker', requestedAt: OPENED }] },
    ],
    [
      'a listener holding a host invitation',
      { ...doc, participants: [participant, { userId: 'bo', role: 'listener', invitedBy: 'ann' }] },
    ],
    ['a negative revision', { ...doc, revision: -1 }],
    ['receipts that are no array', { ...doc, receipts: {} }],
    ['a receipt that is no object', { ...doc, receipts: [1] }],
    ['a receipt seq of 0', { ...doc, receipts: [{ ...receipt, seq: 0 }] }],
    ['an unknown receipt outcome', { ...doc, receipts: [{ ...receipt, outcome: 'maybe' }] }],
    ['a receipt event that is no object', { ...doc, receipts: [{ ...receipt, event: 'join' }] }],
    [
      'a receipt event keeping its seq',
      { ...doc, receipts: [{ ...receipt, event: { ...(receipt.event as object), seq: 1 } }] },
    ],
    [
      'a receipt event of an unknown type',
      { ...doc, receipts: [{ ...receipt, event: { type: 'dance', at: OPENED } }] },
    ],
    ['participants that are no array', { ...doc, participants: {} }],
    ['a participant that is no object', { ...doc, participants: [participant, 1] }],
    ['a participant with a blank userId', { ...doc, participants: [participant, { userId: '', role: 'listener' }] }],
    ['a participant of an unknown role', { ...doc, participants: [participant, { userId: 'bo', role: 'dj' }] }],
    [
      'an invitedBy that is no id',
      { ...doc, participants: [participant, { userId: 'bo', role: 'speaker', invitedBy: 1 }] },
    ],
    [
      'a requestedAt that is no instant',
      { ...doc, participants: [participant, { userId: 'bo', role: 'listener', requestedAt: 'x' }] },
    ],
  ])('%s is bad input', (_, stored) => {
    expect(() => parseVoiceRoom(stored)).toThrow(RuleInputError);
  });
});

// The fast path itself (fastLoad): a consistent document is read there, without the guard; a
// well-shaped inconsistent one is INCONSISTENT (the refinement explains it); anything else is left to
// the guard (undefined). parseVoiceRoom answers the same either way, so only these tests tell the
// paths apart.
const LIFETIME = 172_800_000; // 48 hours (voiceroom.lifetime)
const host = (userId: string) => ({ userId, role: 'host' });
const listener = (userId: string) => ({ userId, role: 'listener' });

/** A consistent version-2 document with every kind of participant and receipt, in the order the library writes it. */
const full = {
  version: 2,
  roomId: 'r1',
  openedAt: OPENED,
  lastEventAt: OPENED + 9,
  reported: true,
  revision: 5,
  lastSeq: 3,
  receipts: [
    { seq: 2, event: { type: 'join', userId: 'bo', at: OPENED + 1 }, outcome: 'applied' },
    { seq: 3, event: { type: 'join', userId: 'bo', at: OPENED + 2 }, outcome: 'already-in-room' },
  ],
  participants: [
    host('ann'),
    { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
    { userId: 'zo', role: 'speaker' },
    listener('eve'), // eve and lu share a row of the listener table, u28 and u32 a bucket
    listener('lu'),
    { userId: 'u28', role: 'listener', requestedAt: OPENED + 3 },
    listener('u32'),
  ],
};
/** The smallest consistent version-2 document: a room just opened. */
const plain = {
  version: 2,
  roomId: 'r1',
  openedAt: OPENED,
  lastEventAt: OPENED,
  reported: false,
  revision: 0,
  lastSeq: null,
  receipts: [],
  participants: [host('ann')],
};
/** `n` receipts of joins, numbered up to `lastSeq`. */
const receipts = (n: number, lastSeq: number) =>
  Array.from({ length: n }, (_, i) => ({
    seq: lastSeq - n + 1 + i,
    event: { type: 'join', userId: `u${i}`, at: OPENED },
    outcome: 'applied',
  }));

describe('fastLoad reads a consistent document itself', () => {
  it('into the room it describes: its document, its talkers in stored order and its listener index', () => {
    const room = fastLoad(full);
    if (!(room instanceof Room)) throw new Error('not read by the fast path');
    expect(JSON.parse(JSON.stringify(room))).toEqual(full);
    expect(Room.talkers(room)).toStrictEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
      { userId: 'zo', role: 'speaker' },
    ]);
    expect(allListeners(Room.listeners(room)).sort((a, b) => (a.userId < b.userId ? -1 : 1))).toStrictEqual([
      { userId: 'eve' },
      { userId: 'lu' },
      { userId: 'u28', requestedAt: OPENED + 3 },
      { userId: 'u32' },
    ]);
    expect(Room.listenerCount(room)).toBe(4);
    expect(roleOf(room, 'u32')).toBe('listener');
    expect(roleOf(room, 'lu')).toBe('listener');
  });

  it('a version-1 document: revision 0 and no receipts', () => {
    const { revision, receipts: _, ...rest } = full;
    const room = fastLoad({ ...rest, version: 1 });
    if (!(room instanceof Room)) throw new Error('not read by the fast path');
    expect([room.version, room.revision, room.lastSeq, room.receipts]).toEqual([2, 0, 3, []]);
    expect(Room.listenerCount(room)).toBe(4);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a room just opened', plain],
    ['the last instant of its lifetime', { ...plain, lastEventAt: OPENED + LIFETIME - 1 }],
    [
      'a speak request at the opening',
      { ...full, participants: [host('ann'), { ...listener('bo'), requestedAt: OPENED }] },
    ],
    [
      'a speak request at the last event',
      { ...full, participants: [host('ann'), { ...listener('bo'), requestedAt: OPENED + 9 }] },
    ],
    ['as many revisions as receipts', { ...full, revision: 2 }],
    ['a full receipt window (64)', { ...plain, revision: 64, lastSeq: 64, receipts: receipts(64, 64) }],
    ['lastSeq 1 and its receipt', { ...plain, revision: 1, lastSeq: 1, receipts: receipts(1, 1) }],
    [
      'a host and a listener in one bucket of the listener table',
      { ...plain, participants: [host('u28'), listener('u32')] },
    ],
    ['10 talkers', { ...plain, participants: Array.from({ length: 10 }, (_, i) => host(`h${i}`)) }],
    [
      '1,500 participants',
      { ...plain, participants: [host('ann'), ...Array.from({ length: 1499 }, (_, i) => listener(`u${i}`))] },
    ],
    ['the first stored instant', { ...plain, openedAt: -9_007_199_254_740_991, lastEventAt: -9_007_199_254_740_991 }],
    ['the last stored instant', { ...plain, openedAt: 9_007_199_254_740_990, lastEventAt: 9_007_199_254_740_991 }],
  ])('%s', (_, stored) => {
    expect(fastLoad(stored)).toBeInstanceOf(Room);
  });
});

describe('fastLoad: a well-shaped document that breaks the rules is INCONSISTENT', () => {
  const speaker = (userId: string) => ({ userId, role: 'speaker' });
  it.each<[string, Record<string, unknown>]>([
    ['a last event before the opening', { ...plain, lastEventAt: OPENED - 1 }],
    ['a last event at the end of the lifetime', { ...plain, lastEventAt: OPENED + LIFETIME }],
    ['fewer revisions than receipts', { ...full, revision: 1 }],
    ['receipts without a lastSeq', { ...full, lastSeq: null }],
    ['receipts out of line with lastSeq', { ...full, lastSeq: 4 }],
    [
      'a listener holding an invitation',
      { ...plain, participants: [host('ann'), { ...listener('bo'), invitedBy: 'ann' }] },
    ],
    ['a host holding an invitation', { ...plain, participants: [{ ...host('ann'), invitedBy: 'ann' }] }],
    [
      'a speaker with a speak request',
      { ...full, participants: [host('ann'), { ...speaker('bo'), requestedAt: OPENED }] },
    ],
    ['a host with a speak request', { ...full, participants: [{ ...host('ann'), requestedAt: OPENED }] }],
    [
      'a speak request before the opening',
      { ...full, participants: [host('ann'), { ...listener('bo'), requestedAt: OPENED - 1 }] },
    ],
    [
      'a speak request after the last event',
      { ...full, participants: [host('ann'), { ...listener('bo'), requestedAt: OPENED + 10 }] },
    ],
    ['a listener twice', { ...plain, participants: [host('ann'), listener('bo'), listener('bo')] }],
    ['a talker twice', { ...plain, participants: [host('ann'), speaker('bo'), host('bo')] }],
    ['11 talkers', { ...plain, participants: Array.from({ length: 11 }, (_, i) => host(`h${i}`)) }],
    [
      'a listener also a talker, listed first',
      { ...plain, participants: [listener('bo'), host('ann'), speaker('bo')] },
    ],
    [
      'a talker also a listener, listed first',
      { ...plain, participants: [host('ann'), speaker('bo'), listener('bo')] },
    ],
  ])('%s', (_, stored) => {
    expect(fastLoad(stored)).toBe(INCONSISTENT);
  });

  it('the shape of the participants after the first inconsistency is still checked', () => {
    const broken = [{ ...host('ann'), invitedBy: 'ann' }, listener('bo')];
    expect(fastLoad({ ...plain, participants: broken })).toBe(INCONSISTENT);
    expect(fastLoad({ ...plain, participants: [...broken, listener('')] })).toBeUndefined();
  });
});

describe('fastLoad leaves anything malformed to the guard (undefined)', () => {
  const withDoc = <T extends object>(target: T): T => Object.assign(target, plain);
  const withFields = (fields: object): unknown => Object.assign([], fields);
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'room'],
    ['an array carrying the fields of a room', withDoc([])],
    ['a function carrying the fields of a room', withDoc(() => undefined)],
    ['no version', { ...plain, version: undefined }],
    ['version 3', { ...plain, version: 3 }],
    ["version '2'", { ...plain, version: '2' }],
    ['a roomId that is no string', { ...plain, roomId: 1 }],
    ['a blank roomId', { ...plain, roomId: '' }],
    ['a roomId that is an array', { ...plain, roomId: ['r1'] }],
    ['an openedAt that is no integer', { ...plain, openedAt: OPENED + 0.5 }],
    ['an openedAt that is a string', { ...plain, openedAt: String(OPENED) }],
    ['a lastEventAt past the stored instants', { ...plain, lastEventAt: 9_007_199_254_740_992 }],
    ['an openedAt before the stored instants', { ...plain, openedAt: -9_007_199_254_740_992 }],
    ['a reported that is no boolean', { ...plain, reported: 0 }],
    ['no lastSeq', { ...plain, lastSeq: undefined }],
    ['a lastSeq of 0', { ...plain, lastSeq: 0 }],
    ['a lastSeq that is no integer', { ...plain, lastSeq: 1.5 }],
    ['no revision', { ...plain, revision: undefined }],
    ['a revision of -1', { ...plain, revision: -1 }],
    ['a revision that is no integer', { ...plain, revision: 0.5 }],
    ['receipts that are no array', { ...plain, receipts: {} }],
    ['65 receipts', { ...plain, revision: 65, lastSeq: 65, receipts: receipts(65, 65) }],
    ['a receipt that is no object', { ...full, receipts: [null, full.receipts[1]] }],
    [
      'a receipt that is an array carrying its fields',
      { ...full, receipts: [withFields(full.receipts[0]!), full.receipts[1]] },
    ],
    ['a receipt seq of 0', { ...full, lastSeq: 1, receipts: receipts(2, 1) }],
    ['a receipt seq that is no integer', { ...full, receipts: [full.receipts[0], { ...full.receipts[1], seq: 2.5 }] }],
    ['a receipt outcome that is no refusal code', { ...full, receipts: [{ ...full.receipts[0], outcome: 'seq-gap' }] }],
    [
      'a receipt outcome inherited by every object',
      { ...full, receipts: [{ ...full.receipts[0], outcome: 'toString' }] },
    ],
    ['a receipt outcome that is no string', { ...full, receipts: [{ ...full.receipts[0], outcome: 1 }] }],
    ['a receipt outcome that is an array', { ...full, receipts: [{ ...full.receipts[0], outcome: ['room-full'] }] }],
    ['a receipt event that is no object', { ...full, receipts: [{ ...full.receipts[0], event: null }] }],
    [
      'a receipt event dated by a string',
      {
        ...full,
        receipts: [{ ...full.receipts[0], event: { type: 'join', userId: 'bo', at: '2026-01-01T10:00:00+09:00' } }],
      },
    ],
    [
      'a receipt event of no known type',
      { ...full, receipts: [{ ...full.receipts[0], event: { type: 'x', at: OPENED } }] },
    ],
    ['participants that are no array', { ...plain, participants: {} }],
    ['1,501 participants', { ...plain, participants: Array.from({ length: 1501 }, (_, i) => listener(`u${i}`)) }],
    ['a participant that is no object', { ...plain, participants: [host('ann'), null] }],
    [
      'a participant that is an array carrying its fields',
      { ...plain, participants: [host('ann'), withFields(listener('bo'))] },
    ],
    [
      'a participant whose userId is no string',
      { ...plain, participants: [host('ann'), { role: 'listener', userId: 1 }] },
    ],
    ['a participant of no known role', { ...plain, participants: [host('ann'), { userId: 'bo', role: 'dj' }] }],
    ['an invitedBy that is blank', { ...plain, participants: [host('ann'), { ...listener('bo'), invitedBy: '' }] }],
    [
      'a requestedAt that is no instant',
      { ...plain, participants: [host('ann'), { ...listener('bo'), requestedAt: 0.5 }] },
    ],
  ])('%s', (_, stored) => {
    expect(fastLoad(stored)).toBeUndefined();
  });

  it('a document whose reading throws', () => {
    const stored = Object.defineProperty({ ...plain }, 'participants', {
      get() {
        throw new Error('boom');
      },
    });
    expect(fastLoad(stored)).toBeUndefined();
  });
});

describe('parseVoiceRoom: a well-shaped document that breaks the rules', () => {
  const early = { ...plain, lastEventAt: OPENED - 1 };
  it('is refused with the refinement issues, under parseVoiceRoom', () => {
    expect(thrown(() => parseVoiceRoom(early))).toEqual({
      fn: 'parseVoiceRoom',
      issues: [
        { path: ['stored', 'lastEventAt'], code: 'inconsistent-room', message: 'lastEventAt is before openedAt' },
      ],
    });
  });

  it('is read by the fast path and the refinement, never a third time by the guard', () => {
    let reads = 0;
    const stored = Object.defineProperty({ ...early }, 'roomId', {
      get() {
        reads++;
        return 'r1';
      },
      enumerable: true,
    });
    expect(() => parseVoiceRoom(stored)).toThrow(RuleInputError);
    expect(reads).toBe(1); // the fast path reads it; the refinement has no use for it
  });

  it('read differently the second time, it is left to the guard: only the guard issues, none of the refinement', () => {
    let reads = 0;
    const stored = Object.defineProperty({ ...early }, 'participants', {
      get() {
        if (++reads > 1) throw new Error('changed');
        return [host('ann')];
      },
      enumerable: true,
    });
    expect(thrown(() => parseVoiceRoom(stored))).toEqual({
      fn: 'parseVoiceRoom',
      issues: [{ path: ['stored'], code: 'invalid-input', message: 'could not be read; got object' }],
    });
  });
});

describe('parseVoiceRoomEvent', () => {
  it('names itself in its error', () => {
    expect(thrown(() => parseVoiceRoomEvent({ type: 'join', at: OPENED })).fn).toBe('parseVoiceRoomEvent');
  });
});
