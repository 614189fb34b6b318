import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { applyVoiceRoomEvent, parseVoiceRoom, voiceRoomParticipants } from '../../src/voiceroom/index.js';
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
