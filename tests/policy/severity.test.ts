import { describe, expect, it } from 'vitest';
import {
  CONTENT_MEASURES,
  CONTENT_MEASURE_NAMES,
  RESTRICTION_LEVELS,
  RESTRICTION_NAMES,
  RULES,
  RuleInputError,
  combineMeasures,
  compareRestrictions,
  mostSevereRestriction,
  restrictionEffects,
  restrictionRank,
} from '../../src/index.js';
import { thrown } from '../helpers.js';

describe('policy.severity-order', () => {
  it('lists the four account levels least to most severe, with Korean names; 임시조치 is not among them', () => {
    expect(RESTRICTION_LEVELS).toEqual(['none', 'user-protection', 'temporary-restriction', 'permanent-restriction']);
    expect(Object.values(RESTRICTION_NAMES).map((n) => n.ko)).toEqual([
      '조치 없음',
      '이용자 보호조치',
      '일시적 이용제한',
      '영구 이용제한',
    ]);
    expect(CONTENT_MEASURES).toEqual(['temporary-measure']);
    expect(CONTENT_MEASURE_NAMES).toEqual({
      'temporary-measure': { en: 'temporary measure (content)', ko: '임시조치' },
    });
  });

  it.each([
    ['none', 'user-protection', -1],
    ['user-protection', 'temporary-restriction', -1],
    ['temporary-restriction', 'permanent-restriction', -1],
    ['permanent-restriction', 'none', 1],
    ['temporary-restriction', 'temporary-restriction', 0],
  ] as const)('policy.severity-order: compareRestrictions(%s, %s) is %i', (a, b, expected) => {
    expect(compareRestrictions(a, b)).toBe(expected);
  });

  it('sorts a list by severity', () => {
    expect(
      ['permanent-restriction', 'none', 'temporary-restriction', 'user-protection'].sort(
        compareRestrictions as (a: string, b: string) => number,
      ),
    ).toEqual(['none', 'user-protection', 'temporary-restriction', 'permanent-restriction']);
  });

  it.each([
    [[], 'none'],
    [['user-protection'], 'user-protection'],
    [['user-protection', 'temporary-restriction', 'none'], 'temporary-restriction'],
    [['permanent-restriction', 'temporary-restriction'], 'permanent-restriction'],
  ] as const)('policy.severity-order: mostSevereRestriction(%j) is %s', (levels, expected) => {
    expect(mostSevereRestriction(levels)).toBe(expected);
  });

  it('ranks the levels 0 to 3', () => {
    expect(RESTRICTION_LEVELS.map(restrictionRank)).toEqual([0, 1, 2, 3]);
  });

  it('policy.auto-protection: user protection blocks starting chats and is lifted by the system (secondary source)', () => {
    expect(restrictionEffects('user-protection')).toEqual({
      level: 'user-protection',
      rank: 1,
      message: { en: 'user protection measure', ko: '이용자 보호조치' },
      canChat: 'undetermined',
      canStartChats: false,
      duration: 'temporary',
      liftedBy: 'system',
      rule: 'policy.auto-protection',
      secondarySource: true,
    });
  });

  it('restrictionEffects of every level, whole', () => {
    expect(RESTRICTION_LEVELS.map(restrictionEffects)).toEqual([
      {
        level: 'none',
        rank: 0,
        message: { en: 'no measure', ko: '조치 없음' },
        canChat: true,
        canStartChats: true,
        duration: 'none',
        liftedBy: 'not-applicable',
        rule: 'policy.severity-order',
        secondarySource: false,
      },
      {
        level: 'user-protection',
        rank: 1,
        message: { en: 'user protection measure', ko: '이용자 보호조치' },
        canChat: 'undetermined',
        canStartChats: false,
        duration: 'temporary',
        liftedBy: 'system',
        rule: 'policy.auto-protection',
        secondarySource: true,
      },
      {
        level: 'temporary-restriction',
        rank: 2,
        message: { en: 'temporary restriction', ko: '일시적 이용제한' },
        canChat: false,
        canStartChats: false,
        duration: 'temporary',
        liftedBy: 'undetermined',
        rule: 'policy.severity-order',
        secondarySource: false,
      },
      {
        level: 'permanent-restriction',
        rank: 3,
        message: { en: 'permanent restriction', ko: '영구 이용제한' },
        canChat: false,
        canStartChats: false,
        duration: 'permanent',
        liftedBy: 'undetermined',
        rule: 'policy.severity-order',
        secondarySource: false,
      },
    ]);
  });

  it.each([
    ['none', true, true, 'none'],
    ['temporary-restriction', false, false, 'temporary'],
    ['permanent-restriction', false, false, 'permanent'],
  ] as const)(
    'restrictionEffects(%s): canChat %s, canStartChats %s, duration %s',
    (level, canChat, canStartChats, duration) => {
      expect(restrictionEffects(level)).toMatchObject({
        level,
        canChat,
        canStartChats,
        duration,
        rule: 'policy.severity-order',
      });
    },
  );

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
      expect((e as RuleInputError).issues.map((i) => i.path)).toEqual([
        ['levels', 1],
        ['levels', 3],
      ]);
    }
  });

  it.each([[null], [undefined], [3], ['severe'], [{}], [[1]], ['toString'], ['__proto__'], ['temporary-measure']])(
    'garbage %j throws RuleInputError from every severity function',
    (g) => {
      if (g !== 'temporary-measure') expect(() => combineMeasures([g] as never)).toThrow(RuleInputError);
      expect(() => restrictionRank(g as never)).toThrow(RuleInputError);
      expect(() => restrictionEffects(g as never)).toThrow(RuleInputError);
      expect(() => compareRestrictions(g as never, 'none')).toThrow(RuleInputError);
      expect(() => mostSevereRestriction(g as never)).toThrow(RuleInputError);
    },
  );

  it('does not mutate its input', () => {
    const levels = Object.freeze(['temporary-restriction', 'none'] as const);
    expect(mostSevereRestriction(levels)).toBe('temporary-restriction');
    expect(levels).toEqual(['temporary-restriction', 'none']);
    const measures = Object.freeze(['temporary-measure', 'none'] as const);
    combineMeasures(measures);
    expect(measures).toEqual(['temporary-measure', 'none']);
  });
});

describe('policy.severity-order: 임시조치 (temporary-measure) is a content measure, never ranked', () => {
  const CONTENT_ISSUE =
    'temporary-measure (임시조치) is a content measure, not an account level, and is never ranked; combineMeasures reports it beside the account level';

  it('every ranking function refuses it as bad input, saying why', () => {
    expect(thrown(() => restrictionRank('temporary-measure' as never))).toEqual({
      fn: 'restrictionRank',
      issues: [{ path: ['level'], code: 'invalid-value', message: CONTENT_ISSUE }],
    });
    expect(thrown(() => restrictionEffects('temporary-measure' as never))).toEqual({
      fn: 'restrictionEffects',
      issues: [{ path: ['level'], code: 'invalid-value', message: CONTENT_ISSUE }],
    });
    expect(thrown(() => compareRestrictions('temporary-measure' as never, 'none'))).toEqual({
      fn: 'compareRestrictions',
      issues: [{ path: ['a'], code: 'invalid-value', message: CONTENT_ISSUE }],
    });
    expect(thrown(() => compareRestrictions('permanent-restriction', 'temporary-measure' as never))).toEqual({
      fn: 'compareRestrictions',
      issues: [{ path: ['b'], code: 'invalid-value', message: CONTENT_ISSUE }],
    });
    expect(thrown(() => mostSevereRestriction(['user-protection', 'temporary-measure'] as never))).toEqual({
      fn: 'mostSevereRestriction',
      issues: [{ path: ['levels', 1], code: 'invalid-value', message: CONTENT_ISSUE }],
    });
  });

  it.each([
    [[], { account: 'none', content: [] }],
    [['temporary-measure'], { account: 'none', content: ['temporary-measure'] }],
    [['none', 'temporary-measure'], { account: 'none', content: ['temporary-measure'] }],
    [
      ['temporary-measure', 'user-protection', 'temporary-measure'],
      { account: 'user-protection', content: ['temporary-measure', 'temporary-measure'] },
    ],
    [
      ['permanent-restriction', 'temporary-measure', 'temporary-restriction'],
      { account: 'permanent-restriction', content: ['temporary-measure'] },
    ],
    [['user-protection', 'temporary-restriction'], { account: 'temporary-restriction', content: [] }],
  ] as const)('combineMeasures(%j): the account level beside the content measures', (measures, expected) => {
    expect(combineMeasures(measures)).toEqual({ ...expected, rule: 'policy.severity-order' });
  });

  it('combineMeasures answers frozen plain data that survives JSON', () => {
    const m = combineMeasures(['temporary-measure', 'user-protection']);
    expect(Object.isFrozen(m) && Object.isFrozen(m.content)).toBe(true);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('combineMeasures lists every element that is not a measure, and refuses a non-array', () => {
    expect(thrown(() => combineMeasures(['none', 'ban', 'temporary-measure', 3] as never))).toEqual({
      fn: 'combineMeasures',
      issues: [
        {
          path: ['measures', 1],
          code: 'invalid-value',
          message:
            'expected a measure (none, user-protection, temporary-restriction, permanent-restriction, or the content measure temporary-measure); got "ban"',
        },
        {
          path: ['measures', 3],
          code: 'invalid-value',
          message:
            'expected a measure (none, user-protection, temporary-restriction, permanent-restriction, or the content measure temporary-measure); got 3',
        },
      ],
    });
    expect(thrown(() => combineMeasures('temporary-measure' as never))).toEqual({
      fn: 'combineMeasures',
      issues: [
        { path: ['measures'], code: 'invalid-type', message: 'expected an array of measures; got "temporary-measure"' },
      ],
    });
  });

  it('the catalogue entry says so and names combineMeasures', () => {
    expect(RULES['policy.severity-order'].interpretation).toMatch(/content measure/);
    expect(RULES['policy.severity-order'].enforcedBy).toContain('combineMeasures');
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got "ban"",
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got 7",
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got "ban"",
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got undefined",
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got "x"",
            "path": [
              "a",
            ],
          },
          {
            "code": "invalid-value",
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got null",
            "path": [
              "b",
            ],
          },
        ],
      }
    `);
  });

  it.each([['none'], ['user-protection'], ['permanent-restriction']] as const)(
    'compareRestrictions(%s, garbage) throws, whatever the valid side',
    (a) => {
      expect(thrown(() => compareRestrictions(a, 'severe' as never)).issues.map((i) => i.path)).toEqual([['b']]);
      expect(thrown(() => compareRestrictions('severe' as never, a)).issues.map((i) => i.path)).toEqual([['a']]);
    },
  );

  it('mostSevereRestriction refuses a non-array as a whole', () => {
    expect(thrown(() => mostSevereRestriction('none' as never))).toMatchInlineSnapshot(`
      {
        "fn": "mostSevereRestriction",
        "issues": [
          {
            "code": "invalid-type",
            "message": "expected an array of account restriction levels; got "none"",
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
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got "bad"",
            "path": [
              "levels",
              1,
            ],
          },
          {
            "code": "invalid-value",
            "message": "expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got 7",
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
        - b: expected an account restriction level (none, user-protection, temporary-restriction, permanent-restriction); got "ban"]
    `);
  });
});

describe('mostSevereRestriction: hostile lists (issue 22)', () => {
  it('a list whose first read throws is read again, once, into a plain copy: the answer of that copy', () => {
    let reads = 0;
    const flaky = new Proxy(['none', 'permanent-restriction'], {
      get(target, key, receiver) {
        if (key === '0' && reads++ === 0) throw new Error('first read');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(mostSevereRestriction(flaky as never)).toBe('permanent-restriction');
  });
});

describe('mostSevereRestriction: only a real array of at most MAX_MEASURES (10 000) levels is answered', () => {
  it.each([
    ['an array-like object', { length: 1, 0: 'permanent-restriction' }, 'object'],
    ['an empty string (length 0)', '', '""'],
  ])('%s is refused as a whole, never read as a list', (_, levels, shown) => {
    expect(thrown(() => mostSevereRestriction(levels as never))).toEqual({
      fn: 'mostSevereRestriction',
      issues: [
        {
          path: ['levels'],
          code: 'invalid-type',
          message: `expected an array of account restriction levels; got ${shown}`,
        },
      ],
    });
  });

  it('10 001 levels, every one good, are refused by the length alone', () => {
    const levels = new Array<string>(10_001).fill('none');
    expect(thrown(() => mostSevereRestriction(levels as never))).toEqual({
      fn: 'mostSevereRestriction',
      issues: [{ path: ['levels'], code: 'too-big', message: 'expected at most 10000 items; got 10001' }],
    });
  });

  it('exactly 10 000 levels are a list like any other: a first read that throws is read again, once', () => {
    const target = new Array<string>(10_000).fill('none');
    target[9_999] = 'user-protection';
    let reads = 0;
    const flaky = new Proxy(target, {
      get(t, key, receiver) {
        if (key === '0' && reads++ === 0) throw new Error('first read');
        return Reflect.get(t, key, receiver);
      },
    });
    expect(mostSevereRestriction(flaky as never)).toBe('user-protection');
  });
});

describe('mostSevereRestriction: a good list is read once', () => {
  /** A Proxy over `levels` that records every property other than `length` read from it. */
  const recording = (levels: readonly string[]): { list: readonly string[]; keys: PropertyKey[] } => {
    const keys: PropertyKey[] = [];
    const list = new Proxy([...levels], {
      get(t, key, receiver) {
        if (key !== 'length') keys.push(key);
        return Reflect.get(t, key, receiver);
      },
    });
    return { list, keys };
  };

  it.each([
    [['none', 'temporary-restriction', 'user-protection'], 'temporary-restriction'],
    [['permanent-restriction', 'none'], 'permanent-restriction'],
    [['user-protection'], 'user-protection'],
    [[], 'none'],
  ] as const)(
    '%j: each element read exactly once, in order, and nothing past either end (answer %s)',
    (levels, expected) => {
      const { list, keys } = recording(levels);
      expect(mostSevereRestriction(list as never)).toBe(expected);
      expect(keys).toEqual(levels.map((_, i) => String(i)));
    },
  );
});
