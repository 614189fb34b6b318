import { describe, expect, it } from 'vitest';
import { similarToOnlyUnlisted } from '../../src/policy/refinements.js';

// The cross-field check of ViolationSchema and its compiled guard: similarTo is only for a kind the
// rule book does not list (policy.open-chat-zero-tolerance).
describe('similarToOnlyUnlisted', () => {
  it.each<[string, { kind: string; similarTo?: 'illegal-gambling' }, boolean]>([
    ['a listed kind without similarTo', { kind: 'illegal-gambling' }, true],
    ['an unlisted kind without similarTo', { kind: 'drug-dealing' }, true],
    ['an unlisted kind with similarTo', { kind: 'drug-dealing', similarTo: 'illegal-gambling' }, true],
    ['a listed kind with similarTo', { kind: 'spam', similarTo: 'illegal-gambling' }, false],
  ])('%s: %s', (_, v, expected) => {
    expect(similarToOnlyUnlisted(v)).toBe(expected);
  });
});
