import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RESTRICTION_LEVELS, RuleInputError, compareRestrictions, mostSevereRestriction, restrictionEffects } from '../../src/index.js';
import { thrown } from '../helpers.js';

const level = fc.constantFrom(...RESTRICTION_LEVELS);
const levels = fc.array(level, { maxLength: 12 });
const notLevel = fc.anything().filter((x) => !(RESTRICTION_LEVELS as readonly unknown[]).includes(x));
const max = (a: (typeof RESTRICTION_LEVELS)[number], b: (typeof RESTRICTION_LEVELS)[number]) => mostSevereRestriction([a, b]);

describe('policy.severity-order (laws)', () => {
  test.prop([level, level])('the order is total and antisymmetric', (a, b) => {
    expect(compareRestrictions(a, b)).toBe(-compareRestrictions(b, a) || 0);
    expect(compareRestrictions(a, b) === 0).toBe(a === b);
  });

  test.prop([level, level, level])('the order is transitive', (a, b, c) => {
    if (compareRestrictions(a, b) <= 0 && compareRestrictions(b, c) <= 0) expect(compareRestrictions(a, c)).toBeLessThanOrEqual(0);
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

  test.prop([fc.anything()])('anything not a level is bad input, never another error', (x) => {
    if ((RESTRICTION_LEVELS as readonly unknown[]).includes(x)) return;
    expect(() => compareRestrictions(x as never, 'none')).toThrow(RuleInputError);
    expect(() => restrictionEffects(x as never)).toThrow(RuleInputError);
    expect(() => mostSevereRestriction([x] as never)).toThrow(RuleInputError);
  });

  test.prop([level, notLevel])('compareRestrictions lists exactly the argument that is not a level', (good, bad) => {
    expect(thrown(() => compareRestrictions(good, bad as never))).toMatchObject({ fn: 'compareRestrictions', issues: [{ path: ['b'], code: 'invalid-value' }] });
    expect(thrown(() => compareRestrictions(bad as never, good))).toMatchObject({ fn: 'compareRestrictions', issues: [{ path: ['a'], code: 'invalid-value' }] });
    expect(thrown(() => compareRestrictions(bad as never, bad as never)).issues.map((i) => i.path)).toEqual([['a'], ['b']]);
  });

  test.prop([fc.array(fc.oneof(level.map((v) => ({ good: true, v })), notLevel.map((v) => ({ good: false, v }))), { maxLength: 12 })])(
    'mostSevereRestriction lists the index of every element that is not a level, and only those',
    (items) => {
      const badPaths = items.flatMap((item, i) => (item.good ? [] : [['levels', i]]));
      const xs = items.map((item) => item.v) as never;
      if (badPaths.length === 0) expect(RESTRICTION_LEVELS).toContain(mostSevereRestriction(xs));
      else expect(thrown(() => mostSevereRestriction(xs))).toMatchObject({ fn: 'mostSevereRestriction', issues: badPaths.map((path) => ({ path, code: 'invalid-value' })) });
    },
  );
});
