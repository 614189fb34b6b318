import { describe, expect, it } from 'vitest';
import { RuleInputError, assessViolation } from '../../src/index.js';
import { thrown } from '../helpers.js';

describe('assessViolation', () => {
  it.each([
    ['obscene-material', 1],
    ['illegal-gambling', 1],
    ['promotion-of-obscene-or-gambling', 1],
    ['illegal-gambling', 7],
  ] as const)('policy.open-chat-zero-tolerance: %s in Open Chat (count %i) can lead to a permanent restriction', (kind, count) => {
    expect(assessViolation({ kind, context: 'open-chat', count })).toMatchObject({
      possibleMeasure: 'permanent-restriction',
      certain: false,
      path: 'report-review',
      rule: 'policy.open-chat-zero-tolerance',
      secondarySource: false,
    });
  });

  it.each(['obscene-material', 'illegal-gambling', 'promotion-of-obscene-or-gambling'] as const)(
    'policy.open-chat-zero-tolerance: %s outside Open Chat has no documented measure',
    (kind) => {
      expect(assessViolation({ kind, context: 'other', count: 1 })).toMatchObject({
        possibleMeasure: 'undetermined',
        certain: false,
        path: 'undocumented',
        rule: 'policy.open-chat-zero-tolerance',
      });
    },
  );

  it.each(['spam', 'mass-chat-room-creation', 'mass-friend-adds'] as const)(
    'policy.auto-protection: %s can trigger the automatic user protection measure (secondary source)',
    (kind) => {
      for (const context of ['open-chat', 'other'] as const) {
        expect(assessViolation({ kind, context, count: 3 })).toMatchObject({
          possibleMeasure: 'user-protection',
          certain: false,
          path: 'automatic',
          rule: 'policy.auto-protection',
          secondarySource: true,
        });
      }
    },
  );

  it('policy.impersonation-report: impersonation names the documented procedure, not a level', () => {
    expect(assessViolation({ kind: 'impersonation-for-money', context: 'other', count: 1 })).toMatchObject({
      possibleMeasure: 'undetermined',
      path: 'impersonation-report',
      rule: 'policy.impersonation-report',
    });
  });

  it('policy.election-misinformation: election misinformation names the documented path, not a level', () => {
    expect(assessViolation({ kind: 'election-misinformation', context: 'open-chat', count: 2 })).toMatchObject({
      possibleMeasure: 'undetermined',
      path: 'election-misinformation',
      rule: 'policy.election-misinformation',
    });
  });

  it('returns frozen plain data in both languages', () => {
    const a = assessViolation({ kind: 'spam', context: 'other', count: 1 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.note.ko).toMatch(/[가-힣]/);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('does not mutate its (frozen) input', () => {
    const input = Object.freeze({ kind: 'spam', context: 'open-chat', count: 2 } as const);
    assessViolation(input);
    expect(input).toEqual({ kind: 'spam', context: 'open-chat', count: 2 });
  });

  it('lists every bad field', () => {
    try {
      assessViolation({ kind: 'theft', context: 'dm', count: -1 } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual(['violation.kind', 'violation.context', 'violation.count']);
    }
  });

  it.each([[null], [undefined], ['spam'], [[]], [{}], [{ kind: 'spam', context: 'other', count: 0 }], [{ kind: 'spam', context: 'other', count: 1.5 }], [{ kind: 'spam', context: 'other' }], [JSON.parse('{"__proto__":{"kind":"spam"},"context":"other","count":1}')]])(
    'garbage %j throws RuleInputError',
    (g) => {
      expect(() => assessViolation(g as never)).toThrow(RuleInputError);
    },
  );

  it('bad input names assessViolation and lists every problem with its code and message', () => {
    expect(thrown(() => assessViolation({ kind: 'theft', context: 'open-chat', count: 1.5 } as never))).toMatchInlineSnapshot(`
      {
        "fn": "assessViolation",
        "issues": [
          {
            "code": "invalid-value",
            "message": "Invalid option: expected one of "spam"|"mass-chat-room-creation"|"mass-friend-adds"|"obscene-material"|"illegal-gambling"|"promotion-of-obscene-or-gambling"|"impersonation-for-money"|"election-misinformation"",
            "path": [
              "violation",
              "kind",
            ],
          },
          {
            "code": "invalid-type",
            "message": "Invalid input: expected int, received number",
            "path": [
              "violation",
              "count",
            ],
          },
        ],
      }
    `);
    expect(thrown(() => assessViolation(null as never))).toMatchInlineSnapshot(`
      {
        "fn": "assessViolation",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected object, received null",
            "path": [
              "violation",
            ],
          },
        ],
      }
    `);
  });
});
