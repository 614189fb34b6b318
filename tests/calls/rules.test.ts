import { describe, expect, it } from 'vitest';
import {
  CALLS_REFUSAL_CODES,
  CALL_KINDS,
  LIVE_TALK_CHAT_KINDS,
  LIVE_TALK_MAX_PARTICIPANTS,
  RULES,
  checkCall,
  checkLiveTalkJoin,
  checkLiveTalkStart,
  type RuleEntry,
} from '../../src/index.js';
import { CALLS_RULES } from '../../src/calls/rules.js';

const entries = Object.values(CALLS_RULES) as RuleEntry[];

/** Every answer the calls checks can give: each kind with and without a friend, each chat, each count up to 45. */
function everyOutcome() {
  return [
    ...CALL_KINDS.flatMap((kind) => [true, false].map((areFriends) => checkCall({ kind, areFriends }))),
    ...LIVE_TALK_CHAT_KINDS.map((kind) => checkLiveTalkStart({ chat: { kind } })),
    ...Array.from({ length: 45 }, (_, i) => checkLiveTalkJoin({ participantCount: i + 1 })),
  ];
}

describe('the calls rules in one place', () => {
  it('CALLS_REFUSAL_CODES is exactly the set of codes over the calls entries', () => {
    expect(CALLS_REFUSAL_CODES).toEqual(['not-friends', 'group-chat-only', 'live-talk-full']);
    expect(entries.flatMap((e) => e.codes).sort()).toEqual([...CALLS_REFUSAL_CODES].sort());
  });

  it('every refusal a calls check returns names a rule whose entry lists its code', () => {
    const refusals = everyOutcome().filter((o) => !o.ok);
    expect(refusals.map((r) => (r.ok ? '' : r.code))).toEqual([
      'not-friends',
      'not-friends',
      'group-chat-only',
      ...Array(6).fill('live-talk-full'),
    ]);
    for (const r of refusals) if (!r.ok) expect((RULES[r.rule] as RuleEntry).codes).toContain(r.code);
  });

  it('calls.livetalk: the catalogue number is the constant the code enforces', () => {
    expect(RULES['calls.livetalk'].limits).toEqual({ maxParticipants: LIVE_TALK_MAX_PARTICIPANTS });
    expect(checkLiveTalkJoin({ participantCount: RULES['calls.livetalk'].limits.maxParticipants - 1 }).ok).toBe(true);
    expect(checkLiveTalkJoin({ participantCount: RULES['calls.livetalk'].limits.maxParticipants }).ok).toBe(false);
  });

  it('every calls entry is in the root catalogue, unchanged and frozen', () => {
    for (const e of entries) {
      expect(RULES[e.id as keyof typeof RULES]).toBe(e);
      expect(Object.isFrozen(e) && Object.isFrozen(e.codes)).toBe(true);
    }
  });
});
