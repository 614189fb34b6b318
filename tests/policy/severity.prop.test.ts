import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  CONTENT_MEASURES,
  RESTRICTION_LEVELS,
  RuleInputError,
  combineMeasures,
  compareRestrictions,
  mostSevereRestriction,
  restrictionEffects,
  restrictionRank,
  type Measure,
  type RestrictionLevel,
} from '../../src/index.js';
import { thrown } from '../helpers.js';

const level = fc.constantFrom(...RESTRICTION_LEVELS);
const levels = fc.array(level, { maxLength: 12 });
const content = fc.constantFrom(...CONTENT_MEASURES);
const measures = fc.array(fc.oneof(level, content), { maxLength: 12 });
// Content measures first among the near misses: they are the value most likely to be passed by mistake.
const notLevel = fc.oneof(
  content,
  fc.anything().filter((x) => !(RESTRICTION_LEVELS as readonly unknown[]).includes(x)),
);
const isLevel = (m: Measure): m is RestrictionLevel => (RESTRICTION_LEVELS as readonly string[]).includes(m);
const max = (a: (typeof RESTRICTION_LEVELS)[number], b: (typeof RESTRICTION_LEVELS)[number]) =>
  mostSevereRestriction([a, b]);

describe('policy.severity-order (laws)', () => {
  test.prop([level, level])('the order is total and antisymmetric', (a, b) => {
    expect(compareRestrictions(a, b)).toBe(-compareRestrictions(b, a) || 0);
    expect(compareRestrictions(a, b) === 0).toBe(a === b);
  });

  test.prop([level, level, level])('the order is transitive', (a, b, c) => {
    if (compareRestrictions(a, b) <= 0 && compareRestrictions(b, c) <= 0)
      expect(compareRestrictions(a, c)).toBeLessThanOrEqual(0);
  });

  test.prop([level, level, level])('mostSevere is associative', (a, b, c) => {
    expect(max(max(a, b), c)).toBe(max(a, max(b, c)));
  });

  test.prop([levels])('mostSevere is commutative (any order of the list gives the same level)', (xs) => {
    expect(mostSevereRestriction([...xs].reverse())).toBe(mostSevereRestriction(xs));
    expect(mostSevereRestriction([...xs].sort())).toBe(mostSevereRestriction(xs));
  });

  test.prop([levels])('mostSevere is idempotent', (xs) => {
    expect(mostSevereRestriction([...xs, ...xs])).toBe(mostSevereRestriction(xs));
    const m = mostSevereRestriction(xs);
    expect(max(m, m)).toBe(m);
  });

  test.prop([levels])('none is the identity of mostSevere', (xs) => {
    expect(mostSevereRestriction([...xs, 'none'])).toBe(mostSevereRestriction(xs));
    expect(mostSevereRestriction(['none'])).toBe('none');
  });

  test.prop([levels])('the most severe is in the list (or none) and no element is more severe', (xs) => {
    const m = mostSevereRestriction(xs);
    if (xs.length > 0) expect(xs).toContain(m);
    for (const x of xs) expect(compareRestrictions(x, m)).toBeLessThanOrEqual(0);
  });

  test.prop([level, level])('a more severe level never allows more chatting', (a, b) => {
    if (compareRestrictions(a, b) >= 0) return;
    const [ea, eb] = [restrictionEffects(a), restrictionEffects(b)];
    expect(ea.rank).toBeLessThan(eb.rank);
    if (ea.canStartChats === false) expect(eb.canStartChats).not.toBe(true);
    if (ea.canChat === false) expect(eb.canChat).not.toBe(true);
  });

  test.prop([measures])(
    'combineMeasures: the account part is the most severe account level, the content part every content measure in order',
    (xs) => {
      const m = combineMeasures(xs);
      expect(m.account).toBe(mostSevereRestriction(xs.filter(isLevel)));
      expect(m.content).toEqual(xs.filter((x) => !isLevel(x)));
    },
  );

  test.prop([measures, fc.nat({ max: 12 }), content])(
    'a content measure never changes the account level, wherever it is added',
    (xs, at, c) => {
      const withContent = [...xs.slice(0, at), c, ...xs.slice(at)];
      expect(combineMeasures(withContent).account).toBe(combineMeasures(xs).account);
      expect(combineMeasures(withContent).content).toHaveLength(combineMeasures(xs).content.length + 1);
    },
  );

  test.prop([measures, measures])(
    'combineMeasures is a homomorphism: combining two lists combines their accounts and joins their contents',
    (xs, ys) => {
      const [a, b, ab] = [combineMeasures(xs), combineMeasures(ys), combineMeasures([...xs, ...ys])];
      expect(ab.account).toBe(mostSevereRestriction([a.account, b.account]));
      expect(ab.content).toEqual([...a.content, ...b.content]);
    },
  );

  test.prop([content, level])('a content measure is never ranked: every ranking function refuses it', (c, l) => {
    expect(() => compareRestrictions(c as never, l)).toThrow(RuleInputError);
    expect(() => compareRestrictions(l, c as never)).toThrow(RuleInputError);
    expect(() => mostSevereRestriction([l, c] as never)).toThrow(RuleInputError);
    expect(() => restrictionRank(c as never)).toThrow(RuleInputError);
    expect(() => restrictionEffects(c as never)).toThrow(RuleInputError);
  });

  test.prop([fc.anything()])('anything not a level is bad input, never another error', (x) => {
    if ((RESTRICTION_LEVELS as readonly unknown[]).includes(x)) return;
    expect(() => compareRestrictions(x as never, 'none')).toThrow(RuleInputError);
    expect(() => restrictionEffects(x as never)).toThrow(RuleInputError);
    expect(() => mostSevereRestriction([x] as never)).toThrow(RuleInputError);
  });

  test.prop([level, notLevel])('compareRestrictions lists exactly the argument that is not a level', (good, bad) => {
    expect(thrown(() => compareRestrictions(good, bad as never))).toMatchObject({
      fn: 'compareRestrictions',
      issues: [{ path: ['b'], code: 'invalid-value' }],
    });
    expect(thrown(() => compareRestrictions(bad as never, good))).toMatchObject({
      fn: 'compareRestrictions',
      issues: [{ path: ['a'], code: 'invalid-value' }],
    });
    expect(thrown(() => compareRestrictions(bad as never, bad as never)).issues.map((i) => i.path)).toEqual([
      ['a'],
      ['b'],
    ]);
  });

  test.prop([
    fc.array(
      fc.oneof(
        level.map((v) => ({ good: true, v })),
        notLevel.map((v) => ({ good: false, v })),
      ),
      { maxLength: 12 },
    ),
  ])('mostSevereRestriction lists the index of every element that is not a level, and only those', (items) => {
    const badPaths = items.flatMap((item, i) => (item.good ? [] : [['levels', i]]));
    const xs = items.map((item) => item.v) as never;
    if (badPaths.length === 0) expect(RESTRICTION_LEVELS).toContain(mostSevereRestriction(xs));
    else
      expect(thrown(() => mostSevereRestriction(xs))).toMatchObject({
        fn: 'mostSevereRestriction',
        issues: badPaths.map((path) => ({ path, code: 'invalid-value' })),
      });
  });
});
