import { describe, expect, it } from 'vitest';
import {
  RESTRICTION_LEVELS,
  RESTRICTION_NAMES,
  RuleInputError,
  compareRestrictions,
  mostSevereRestriction,
  restrictionEffects,
  restrictionRank,
} from '../../src/index.js';
import { thrown } from '../helpers.js';

describe('policy.severity-order', () => {
  it('lists the five levels least to most severe, with Korean names', () => {
    expect(RESTRICTION_LEVELS).toEqual(['none', 'user-protection', 'temporary-measure', 'temporary-restriction', 'permanent-restriction']);
    expect(Object.values(RESTRICTION_NAMES).map((n) => n.ko)).toEqual(['조치 없음', '이용자 보호조치', '임시조치', '일시적 이용제한', '영구 이용제한']);
  });

  it.each([
    ['none', 'user-protection', -1],
    ['user-protection', 'temporary-measure', -1],
    ['temporary-measure', 'temporary-restriction', -1],
    ['temporary-restriction', 'permanent-restriction', -1],
    ['permanent-restriction', 'none', 1],
    ['temporary-measure', 'temporary-measure', 0],
  ] as const)('policy.severity-order: compareRestrictions(%s, %s) is %i', (a, b, expected) => {
    expect(compareRestrictions(a, b)).toBe(expected);
  });

  it('sorts a list by severity', () => {
    expect(['permanent-restriction', 'none', 'temporary-measure', 'user-protection'].sort(compareRestrictions as (a: string, b: string) => number)).toEqual([
      'none',
      'user-protection',
      'temporary-measure',
      'permanent-restriction',
    ]);
  });

  it.each([
    [[], 'none'],
    [['user-protection'], 'user-protection'],
    [['user-protection', 'temporary-restriction', 'none'], 'temporary-restriction'],
    [['permanent-restriction', 'temporary-measure'], 'permanent-restriction'],
  ] as const)('policy.severity-order: mostSevereRestriction(%j) is %s', (levels, expected) => {
    expect(mostSevereRestriction(levels)).toBe(expected);
  });

  it('ranks the levels 0 to 4', () => {
    expect(RESTRICTION_LEVELS.map(restrictionRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('policy.auto-protection: user protection blocks starting chats and is lifted by the system (secondary source)', () => {
    expect(restrictionEffects('user-protection')).toEqual({
      level: 'user-protection',
      rank: 1,
      name: { en: 'user protection measure', ko: '이용자 보호조치' },
      canChat: 'undetermined',
      canStartChats: false,
      duration: 'temporary',
      liftedBy: 'system',
      rule: 'policy.auto-protection',
      secondarySource: true,
    });
  });

  it('the temporary measure is undetermined in every effect the sources leave open', () => {
    expect(restrictionEffects('temporary-measure')).toMatchObject({ canChat: 'undetermined', canStartChats: 'undetermined', liftedBy: 'undetermined' });
  });

  it.each([
    ['none', true, true, 'none'],
    ['temporary-restriction', false, false, 'temporary'],
    ['permanent-restriction', false, false, 'permanent'],
  ] as const)('restrictionEffects(%s): canChat %s, canStartChats %s, duration %s', (level, canChat, canStartChats, duration) => {
    expect(restrictionEffects(level)).toMatchObject({ level, canChat, canStartChats, duration, rule: 'policy.severity-order' });
  });

  it('effects are frozen and survive a JSON round trip', () => {
    const e = restrictionEffects('permanent-restriction');
    expect(Object.isFrozen(e)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('lists every bad argument', () => {
    try {
      compareRestrictions('x' as never, null as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => i.path)).toEqual([['a'], ['b']]);
    }
    try {
      mostSevereRestriction(['none', 'bad', 'user-protection', 7] as never);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path)).toEqual([['levels', 1], ['levels', 3]]);
    }
  });

  it.each([[null], [undefined], [3], ['severe'], [{}], [[1]], ['toString'], ['__proto__']])('garbage %j throws RuleInputError from every severity function', (g) => {
    expect(() => restrictionRank(g as never)).toThrow(RuleInputError);
    expect(() => restrictionEffects(g as never)).toThrow(RuleInputError);
    expect(() => compareRestrictions(g as never, 'none')).toThrow(RuleInputError);
    expect(() => mostSevereRestriction(g as never)).toThrow(RuleInputError);
  });

  it('does not mutate its input', () => {
    const levels = Object.freeze(['temporary-measure', 'none'] as const);
    expect(mostSevereRestriction(levels)).toBe('temporary-measure');
    expect(levels).toEqual(['temporary-measure', 'none']);
  });
});

describe('policy.severity-order: bad input is an error naming the function and every bad argument', () => {
  it('restrictionRank names its argument and lists the levels', () => {
    expect(thrown(() => restrictionRank('ban' as never))).toMatchInlineSnapshot(`
      {
        "fn": "restrictionRank",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got "ban"",
            "path": [
              "level",
            ],
          },
        ],
      }
    `);
  });

  it('restrictionEffects names its argument and lists the levels', () => {
    expect(thrown(() => restrictionEffects(7 as never))).toMatchInlineSnapshot(`
      {
        "fn": "restrictionEffects",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got 7",
            "path": [
              "level",
            ],
          },
        ],
      }
    `);
  });

  it('compareRestrictions lists only the bad argument when one of the two is a level', () => {
    expect(thrown(() => compareRestrictions('none', 'ban' as never))).toMatchInlineSnapshot(`
      {
        "fn": "compareRestrictions",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got "ban"",
            "path": [
              "b",
            ],
          },
        ],
      }
    `);
    expect(thrown(() => compareRestrictions(undefined as never, 'permanent-restriction'))).toMatchInlineSnapshot(`
      {
        "fn": "compareRestrictions",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got undefined",
            "path": [
              "a",
            ],
          },
        ],
      }
    `);
  });

  it('compareRestrictions lists both arguments when both are bad', () => {
    expect(thrown(() => compareRestrictions('x' as never, null as never))).toMatchInlineSnapshot(`
      {
        "fn": "compareRestrictions",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got "x"",
            "path": [
              "a",
            ],
          },
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got null",
            "path": [
              "b",
            ],
          },
        ],
      }
    `);
  });

  it.each([['none'], ['user-protection'], ['permanent-restriction']] as const)('compareRestrictions(%s, garbage) throws, whatever the valid side', (a) => {
    expect(thrown(() => compareRestrictions(a, 'severe' as never)).issues.map((i) => i.path)).toEqual([['b']]);
    expect(thrown(() => compareRestrictions('severe' as never, a)).issues.map((i) => i.path)).toEqual([['a']]);
  });

  it('mostSevereRestriction refuses a non-array as a whole', () => {
    expect(thrown(() => mostSevereRestriction('none' as never))).toMatchInlineSnapshot(`
      {
        "fn": "mostSevereRestriction",
        "issues": [
          {
            "code": "invalid-type",
            "message": "expected an array of restriction levels; got "none"",
            "path": [
              "levels",
            ],
          },
        ],
      }
    `);
  });

  it('mostSevereRestriction lists every element that is not a level, by index', () => {
    expect(thrown(() => mostSevereRestriction(['none', 'bad', 'user-protection', 7] as never))).toMatchInlineSnapshot(`
      {
        "fn": "mostSevereRestriction",
        "issues": [
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got "bad"",
            "path": [
              "levels",
              1,
            ],
          },
          {
            "code": "invalid-value",
            "message": "expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got 7",
            "path": [
              "levels",
              3,
            ],
          },
        ],
      }
    `);
  });

  it('the error message names the function and each problem', () => {
    expect(() => compareRestrictions('none', 'ban' as never)).toThrowErrorMatchingInlineSnapshot(`
      [RuleInputError: compareRestrictions: invalid input
        - b: expected a restriction level (none, user-protection, temporary-measure, temporary-restriction, permanent-restriction); got "ban"]
    `);
  });
});
