import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RuleInputError, VIOLATION_CONTEXTS, VIOLATION_KINDS, assessViolation } from '../../src/index.js';

const kind = fc.constantFrom(...VIOLATION_KINDS);
const context = fc.constantFrom(...VIOLATION_CONTEXTS);
const count = fc.integer({ min: 1, max: 1_000_000 });

describe('assessViolation (laws)', () => {
  test.prop([kind, context, count, count])('the count never changes the assessment (the sources give no threshold)', (k, c, n, m) => {
    expect(assessViolation({ kind: k, context: c, count: n })).toEqual(assessViolation({ kind: k, context: c, count: m }));
  });

  test.prop([kind, context, count])('no measure is ever certain: the sources say "can lead to"', (k, c, n) => {
    expect(assessViolation({ kind: k, context: c, count: n }).certain).toBe(false);
  });

  test.prop([fc.constantFrom('obscene-material', 'illegal-gambling', 'promotion-of-obscene-or-gambling' as const), count])(
    'policy.open-chat-zero-tolerance: any count from 1 in Open Chat can mean a permanent restriction',
    (k, n) => {
      const a = assessViolation({ kind: k, context: 'open-chat', count: n });
      expect([a.possibleMeasure, a.rule]).toEqual(['permanent-restriction', 'policy.open-chat-zero-tolerance']);
    },
  );

  test.prop([fc.constantFrom('spam', 'mass-chat-room-creation', 'mass-friend-adds' as const), context, count])(
    'policy.auto-protection: automatic triggers give user protection anywhere, from a secondary source',
    (k, c, n) => {
      const a = assessViolation({ kind: k, context: c, count: n });
      expect([a.possibleMeasure, a.rule, a.secondarySource]).toEqual(['user-protection', 'policy.auto-protection', true]);
    },
  );

  test.prop([kind, context, count])('a level is given only with a rule that documents it', (k, c, n) => {
    const a = assessViolation({ kind: k, context: c, count: n });
    if (a.possibleMeasure !== 'undetermined') expect(['policy.open-chat-zero-tolerance', 'policy.auto-protection']).toContain(a.rule);
    if (a.rule === 'policy.impersonation-report' || a.rule === 'policy.election-misinformation') expect(a.possibleMeasure).toBe('undetermined');
  });

  test.prop([fc.anything()])('garbage is bad input, never another error', (x) => {
    try {
      assessViolation(x as never);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
    }
  });
});
