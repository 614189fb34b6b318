import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  RuleInputError,
  VIOLATION_CONTEXTS,
  VIOLATION_KINDS,
  ZERO_TOLERANCE_KINDS,
  assessViolation,
  describeAutoProtection,
} from '../../src/index.js';

const kind = fc.constantFrom(...VIOLATION_KINDS);
const context = fc.constantFrom(...VIOLATION_CONTEXTS);
const count = fc.integer({ min: 1, max: 1_000_000 });
/** A kind the rule book does not list: any non-empty string but the listed ones. */
const unlisted = fc.string({ minLength: 1 }).filter((k) => !(VIOLATION_KINDS as readonly string[]).includes(k));
const anyKind = fc.oneof(kind, unlisted);
const zeroTolerance = fc.constantFrom(...ZERO_TOLERANCE_KINDS);

describe('assessViolation (laws)', () => {
  test.prop([anyKind, context, count, count])(
    'the count never changes the assessment (the sources give no threshold)',
    (k, c, n, m) => {
      expect(assessViolation({ kind: k, context: c, count: n })).toEqual(
        assessViolation({ kind: k, context: c, count: m }),
      );
    },
  );

  test.prop([anyKind, context, count])('no measure is ever certain: the sources say "can lead to"', (k, c, n) => {
    expect(assessViolation({ kind: k, context: c, count: n }).certain).toBe(false);
  });

  test.prop([zeroTolerance, count])(
    'policy.open-chat-zero-tolerance: any count from 1 in Open Chat can mean a permanent restriction',
    (k, n) => {
      const a = assessViolation({ kind: k, context: 'open-chat', count: n });
      expect([a.possibleMeasure, a.rule]).toEqual(['permanent-restriction', 'policy.open-chat-zero-tolerance']);
    },
  );

  test.prop([unlisted, context, count])(
    'policy.open-chat-zero-tolerance: the list is open, so a kind it does not list is answered (listed: false, undetermined), never refused',
    (k, c, n) => {
      const a = assessViolation({ kind: k, context: c, count: n });
      expect([a.kind, a.listed, a.similarTo, a.possibleMeasure, a.path]).toEqual([
        k,
        false,
        null,
        'undetermined',
        'undocumented',
      ]);
    },
  );

  test.prop([unlisted, zeroTolerance, context, count])(
    'policy.open-chat-zero-tolerance: an unlisted kind judged like a listed one is answered as that kind is, and shows the judgement',
    (k, like, c, n) => {
      const a = assessViolation({ kind: k, context: c, count: n, similarTo: like });
      const listed = assessViolation({ kind: like, context: c, count: n });
      expect([a.possibleMeasure, a.path, a.rule, a.certain]).toEqual([
        listed.possibleMeasure,
        listed.path,
        listed.rule,
        listed.certain,
      ]);
      expect([a.kind, a.listed, a.similarTo]).toEqual([k, false, like]);
    },
  );

  test.prop([
    fc.constantFrom('illegal-activity', 'spam', 'mass-chat-room-creation', 'mass-friend-adds' as const),
    context,
    count,
  ])(
    'policy.auto-protection: automatic triggers give user protection anywhere, from a secondary source; mass friend adds only as suspected',
    (k, c, n) => {
      const a = assessViolation({ kind: k, context: c, count: n });
      expect([a.possibleMeasure, a.rule, a.secondarySource]).toEqual([
        'user-protection',
        'policy.auto-protection',
        true,
      ]);
      expect(a.automaticTrigger).toBe(
        k === 'mass-friend-adds' ? 'suspected' : k === 'mass-chat-room-creation' ? 'named' : 'main',
      );
      expect(describeAutoProtection().triggers.find((t) => t.trigger === k)?.weight).toBe(a.automaticTrigger);
    },
  );

  test.prop([anyKind, context, count])('a level is given only with a rule that documents it', (k, c, n) => {
    const a = assessViolation({ kind: k, context: c, count: n });
    if (a.possibleMeasure !== 'undetermined')
      expect(['policy.open-chat-zero-tolerance', 'policy.auto-protection']).toContain(a.rule);
    if (a.rule === 'policy.impersonation-report' || a.rule === 'policy.election-misinformation')
      expect(a.possibleMeasure).toBe('undetermined');
    expect(a.automaticTrigger === 'none').toBe(a.path !== 'automatic');
  });

  test.prop([kind, zeroTolerance, context, count])(
    'similarTo is only for an unlisted kind: with a listed one it is bad input',
    (k, like, c, n) => {
      expect(() => assessViolation({ kind: k, context: c, count: n, similarTo: like })).toThrow(RuleInputError);
    },
  );

  test.prop([fc.anything()])('garbage is bad input, never another error', (x) => {
    try {
      assessViolation(x as never);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
    }
  });
});
