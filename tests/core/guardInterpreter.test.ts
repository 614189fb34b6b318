import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RuleInputError,
  guardInput,
  guardIssues,
  issuesFromZod,
  rejectGuard,
  type Guard,
  type GuardMessage,
  type Refinement,
} from '../../src/core/index.js';
import { refinement } from '../../src/core/schemas.js';

// src/core/guardInterpreter.ts, the guard interpreter: its op codes and paths that no exported schema
// reaches today (or that its generated inputs miss), as hand-written guard programs. Each is the compiled
// form of the zod schema beside it (what scripts/compile-guards.ts would write), its answer is written out
// by hand in zod's words, and zod is held to the same answer. The generated guards themselves are held to
// their schemas in tests/core/guards.generated.test.ts.

type Answer =
  | { ok: true; value: unknown }
  | { ok: false; issues: { path: (string | number)[]; code: string; message: string }[] };

const zodAnswer = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error) };
};

/** The guard answers `expected` for `value`, and so does the zod schema it stands for. */
function same(schema: z.ZodType, guard: Guard, value: unknown, expected: Answer): void {
  expect(guardIssues(guard, value)).toEqual(expected);
  expect(zodAnswer(schema, value)).toEqual(expected);
}

/** zod throws (an intersection it cannot merge); the guard reports the input as unreadable. */
function bothThrow(schema: z.ZodType, guard: Guard, value: unknown, shown: string): void {
  expect(() => schema.safeParse(value)).toThrow(/Unmergable intersection/);
  expect(guardIssues(guard, value)).toEqual({
    ok: false,
    issues: [{ path: [], code: 'invalid-input', message: `could not be read; got ${shown}` }],
  });
}

const refused = (...issues: [(string | number)[], string, string][]): Answer => ({
  ok: false,
  issues: issues.map(([path, code, message]) => ({ path, code, message })),
});
const yes = () => true;
const no = () => false;
const transform = (f: (v: unknown) => unknown): Guard => ({ k: 'transform', f }) as unknown as Guard;
// a refinement that always reports one problem below the value
const reportX: Refinement<unknown> = (_, report) => report(['x'], 'invalid-value', 'x is wrong');

describe('messages: a string, a function of the issue, or the fallback', () => {
  it('a function gives the message from the failing input', () => {
    const e: GuardMessage = (i) => `no number: ${String(i.input)}`;
    same(
      z.number({ error: (i) => `no number: ${String(i.input)}` }),
      { k: 'number', e },
      'x',
      refused([[], 'invalid-type', 'no number: x']),
    );
  });
  it('a function may answer { message }, as zod allows', () => {
    const e = (() => ({ message: 'as an object' })) as unknown as GuardMessage;
    same(
      z.number({ error: () => ({ message: 'as an object' }) }),
      { k: 'number', e },
      'x',
      refused([[], 'invalid-type', 'as an object']),
    );
  });
  it("a function that answers nothing leaves zod's own words", () => {
    same(
      z.number({ error: () => undefined }),
      { k: 'number', e: () => undefined },
      'x',
      refused([[], 'invalid-type', 'Invalid input: expected number, received string']),
    );
  });
  it("a regex or a refine without a message has zod's", () => {
    same(
      z.string().regex(/^a+$/),
      { k: 'string', c: [{ k: 'regex', re: /^a+$/ }] },
      'b',
      refused([[], 'invalid-format', 'Invalid string: must match pattern /^a+$/']),
    );
    same(z.custom(no), { k: 'any', c: [{ k: 'refine', f: no }] }, 1, refused([[], 'custom', 'Invalid input']));
  });
});

describe('length checks', () => {
  const max3: Guard = { k: 'string', c: [{ k: 'max', n: 3 }] };
  it('max: at most n characters', () => {
    same(z.string().max(3), max3, 'abc', { ok: true, value: 'abc' });
    same(z.string().max(3), max3, 'abcd', refused([[], 'too-big', 'Too big: expected string to have <=3 characters']));
  });
  it('a string is measured in code points, not UTF-16 units', () => {
    same(
      z.string().min(2),
      { k: 'string', c: [{ k: 'min', n: 2 }] },
      '😀',
      refused([[], 'too-small', 'Too small: expected string to have >=2 characters']),
    );
    same(z.string().max(1), { k: 'string', c: [{ k: 'max', n: 1 }] }, '😀', { ok: true, value: '😀' });
  });
  it('len: exactly n, too big or too small', () => {
    const len2: Guard = { k: 'string', c: [{ k: 'len', n: 2 }] };
    same(z.string().length(2), len2, 'ab', { ok: true, value: 'ab' });
    same(
      z.string().length(2),
      len2,
      'abc',
      refused([[], 'too-big', 'Too big: expected string to have exactly 2 characters']),
    );
    same(
      z.string().length(2),
      len2,
      'a',
      refused([[], 'too-small', 'Too small: expected string to have exactly 2 characters']),
    );
  });
  it('a length check skips a value without a length', () => {
    same(
      z.custom(yes).check(z.maxLength(1)),
      {
        k: 'any',
        c: [
          { k: 'refine', f: yes },
          { k: 'max', n: 1 },
        ],
      },
      5,
      { ok: true, value: 5 },
    );
  });
  it('a length check still runs after a type issue, on whatever has a length; a plain check does not', () => {
    const guard: Guard = {
      k: 'string',
      c: [
        { k: 'min', n: 3 },
        { k: 'refine', f: no },
      ],
    };
    same(
      z.string().min(3).refine(no),
      guard,
      [1],
      refused(
        [[], 'invalid-type', 'Invalid input: expected string, received array'],
        [[], 'too-small', 'Too small: expected array to have >=3 items'],
      ),
    );
  });
});

describe('numeric bounds', () => {
  it('lt and le', () => {
    const lt5: Guard = { k: 'number', c: [{ k: 'lt', n: 5 }] };
    same(z.number().lt(5), lt5, 4.5, { ok: true, value: 4.5 });
    same(z.number().lt(5), lt5, 5, refused([[], 'too-big', 'Too big: expected number to be <5']));
    const le5: Guard = { k: 'number', c: [{ k: 'le', n: 5 }] };
    same(z.number().lte(5), le5, 5, { ok: true, value: 5 });
    same(z.number().lte(5), le5, 6, refused([[], 'too-big', 'Too big: expected number to be <=5']));
  });
  it('gt', () => {
    same(
      z.number().gt(0),
      { k: 'number', c: [{ k: 'gt', n: 0 }] },
      0,
      refused([[], 'too-small', 'Too small: expected number to be >0']),
    );
  });
  // zod names a numeric input's kind (a bigint, an object as a date) and otherwise the bound's (number)
  it.each([
    ['0', 'number'],
    [null, 'date'],
    [0n, 'bigint'],
  ])('a bound checked on a non-number %s names it as %s, as zod does', (value, kind) => {
    same(
      z.custom(yes).check(z.gte(1)),
      {
        k: 'any',
        c: [
          { k: 'refine', f: yes },
          { k: 'ge', n: 1 },
        ],
      },
      value,
      refused([[], 'too-small', `Too small: expected ${kind} to be >=1`]),
    );
    same(
      z.custom(yes).check(z.lt(-1)),
      {
        k: 'any',
        c: [
          { k: 'refine', f: yes },
          { k: 'lt', n: -1 },
        ],
      },
      value,
      refused([[], 'too-big', `Too big: expected ${kind} to be <-1`]),
    );
  });
});

describe('which checks run after an issue', () => {
  it("a refinement's issues let later checks run", () => {
    const guard: Guard = {
      k: 'string',
      c: [
        { k: 'super', f: reportX },
        { k: 'refine', f: no, e: 'second' },
      ],
    };
    same(
      z.string().check(refinement(reportX)).refine(no, 'second'),
      guard,
      'a',
      refused([['x'], 'invalid-value', 'x is wrong'], [[], 'custom', 'second']),
    );
  });
  it('a refine with `when` runs after a type issue', () => {
    const guard: Guard = { k: 'number', c: [{ k: 'refine', f: no, e: 'when', w: yes }] };
    same(
      z.number().refine(no, { error: 'when', when: yes }),
      guard,
      'x',
      refused([[], 'invalid-type', 'Invalid input: expected number, received string'], [[], 'custom', 'when']),
    );
  });
  // a pipe whose input side failed is aborted, even when its issues would let checks continue
  const piped = { k: 'pipe', in: { k: 'string', c: [{ k: 'super', f: reportX }] }, out: transform((v) => v) } as const;
  const pipedSchema = () =>
    z
      .string()
      .check(refinement(reportX))
      .pipe(z.transform((v: string) => v));
  it('no check of a failed pipe runs', () => {
    same(
      pipedSchema().refine(no, 'after'),
      { ...piped, c: [{ k: 'refine', f: no, e: 'after' }] } as Guard,
      'abc',
      refused([['x'], 'invalid-value', 'x is wrong']),
    );
  });
  it('not even a length check or a refine with `when`', () => {
    same(
      pipedSchema().check(z.minLength(10)),
      { ...piped, c: [{ k: 'min', n: 10 }] } as Guard,
      'abc',
      refused([['x'], 'invalid-value', 'x is wrong']),
    );
    same(
      pipedSchema().refine(no, { error: 'after', when: yes }),
      { ...piped, c: [{ k: 'refine', f: no, e: 'after', w: yes }] } as Guard,
      'abc',
      refused([['x'], 'invalid-value', 'x is wrong']),
    );
  });
  it('a failed pipe is no live option of a union', () => {
    const schema = z.union([pipedSchema(), z.strictObject({ a: z.number() })]);
    same(
      schema,
      { k: 'union', o: [piped as Guard, { k: 'object', s: { a: { k: 'number' } }, strict: true }] },
      'abc',
      refused([[], 'invalid-union', 'Invalid input']),
    );
  });
  it('an unknown key does not stop a pipe', () => {
    const guard: Guard = {
      k: 'pipe',
      in: { k: 'object', s: { a: { k: 'number' } }, strict: true },
      out: { k: 'any', c: [{ k: 'refine', f: no, e: 'out ran' }] },
    };
    same(
      z.strictObject({ a: z.number() }).pipe(z.custom(no, 'out ran')),
      guard,
      { a: 1, b: 2 },
      refused([[], 'unrecognized-keys', 'Unrecognized key: "b"'], [[], 'custom', 'out ran']),
    );
  });
});

describe('values', () => {
  it.each([
    [['a'], 'b', 'Invalid input: expected "a"'],
    [[1], 2, 'Invalid input: expected 1'],
    [[1, 2], 3, 'Invalid option: expected one of 1|2'],
    [[null, true], 0, 'Invalid option: expected one of null|true'],
  ])('%j refuses %j: %s', (v, value, message) => {
    same(
      z.literal(v as [string]),
      { k: 'values', v: v as (string | number | boolean | null)[] },
      value,
      refused([[], 'invalid-value', message]),
    );
  });
});

describe('objects', () => {
  it('a __proto__ key of the shape is never read nor written', () => {
    const guard: Guard = { k: 'object', s: { ['__proto__']: { k: 'string' }, a: { k: 'number' } } };
    same(z.object({ ['__proto__']: z.string(), a: z.number() }), guard, { a: 1 }, { ok: true, value: { a: 1 } });
  });
  it('an absent optional key is left out, whatever its checks say of undefined', () => {
    const guard: Guard = {
      k: 'object',
      s: {
        a: {
          k: 'optional',
          in: { k: 'number' },
          c: [{ k: 'refine', f: (v: unknown) => v !== undefined, e: 'a is needed' }],
          oi: 'optional',
          oo: 'optional',
        },
      },
    };
    const schema = z.object({
      a: z
        .number()
        .optional()
        .refine((v) => v !== undefined, 'a is needed'),
    });
    same(schema, guard, {}, { ok: true, value: {} });
    same(schema, guard, { a: undefined }, refused([['a'], 'custom', 'a is needed']));
  });
  it('a required key that accepts undefined must still be there', () => {
    const guard: Guard = { k: 'object', s: { a: { k: 'any', c: [{ k: 'refine', f: yes }] } } };
    const schema = z.object({ a: z.custom(yes) });
    same(
      schema,
      guard,
      {},
      refused([['a'], 'invalid-type', 'Invalid input: expected nonoptional, received undefined']),
    );
    same(schema, guard, { a: undefined }, { ok: true, value: { a: undefined } });
    expect(Object.keys((guardIssues(guard, { a: undefined }) as { value: object }).value)).toEqual(['a']);
  });
  it('an optional-in key keeps what its schema makes of an absent value, unless that is undefined', () => {
    const field = (f: (v: unknown) => unknown): Guard => ({
      k: 'pipe',
      in: { k: 'optional', in: { k: 'string' }, oi: 'optional', oo: 'optional' },
      out: { k: 'transform', f, oi: 'optional' } as unknown as Guard,
      oi: 'optional',
    });
    const orNone = (v: unknown) => v ?? 'none';
    same(
      z.object({ a: z.string().optional().transform(orNone) }),
      { k: 'object', s: { a: field(orNone) } },
      {},
      { ok: true, value: { a: 'none' } },
    );
    const asIs = (v: unknown) => v;
    const schema = z.object({ a: z.string().optional().transform(asIs) });
    const guard: Guard = { k: 'object', s: { a: field(asIs) } };
    for (const [input, keys] of [
      [{}, []],
      [{ a: undefined }, ['a']],
    ] as const) {
      const g = guardIssues(guard, input);
      const r = schema.safeParse(input);
      expect(g.ok && Object.keys(g.value as object)).toEqual(keys);
      expect(r.success && Object.keys(r.data)).toEqual(keys);
    }
  });
  it('a strict object names every unknown key, then runs its own checks', () => {
    const guard: Guard = { k: 'object', s: { a: { k: 'number' } }, strict: true };
    same(
      z.strictObject({ a: z.number() }),
      guard,
      { a: 1, b: 2, c: 3 },
      refused([[], 'unrecognized-keys', 'Unrecognized keys: "b", "c"']),
    );
    same(
      z.strictObject({ a: z.number() }).refine(no, 'whole'),
      { ...guard, c: [{ k: 'refine', f: no, e: 'whole' }] } as Guard,
      { a: 1, b: 2 },
      refused([[], 'unrecognized-keys', 'Unrecognized key: "b"'], [[], 'custom', 'whole']),
    );
  });
});

describe('arrays longer than a leading length bound are refused before their items are read', () => {
  const guard: Guard = {
    k: 'array',
    el: { k: 'number' },
    c: [
      { k: 'min', n: 1 },
      { k: 'max', n: 4 },
      { k: 'len', n: 3 },
      { k: 'refine', f: no, e: 'never' },
    ],
  };
  const schema = z.array(z.number()).min(1).max(4).length(3).refine(no, 'never');
  it('the first bound that the length passes is the one reported', () => {
    same(
      schema,
      guard,
      ['x', 'x', 'x', 'x'],
      refused([[], 'too-big', 'Too big: expected array to have exactly 3 items']),
    );
    same(
      schema,
      guard,
      ['x', 'x', 'x', 'x', 'x'],
      refused([[], 'too-big', 'Too big: expected array to have <=4 items']),
    );
  });
  it('within the bounds the items are read, then the length checks run', () => {
    same(
      schema,
      guard,
      ['x', 'x'],
      refused(
        [[0], 'invalid-type', 'Invalid input: expected number, received string'],
        [[1], 'invalid-type', 'Invalid input: expected number, received string'],
        [[], 'too-small', 'Too small: expected array to have exactly 3 items'],
      ),
    );
  });
  it('a bound after another check is no cap', () => {
    const late: Guard = {
      k: 'array',
      el: { k: 'number' },
      c: [
        { k: 'refine', f: yes },
        { k: 'max', n: 1 },
      ],
    };
    same(
      z.array(z.number()).refine(yes).max(1),
      late,
      ['x', 'x'],
      refused(
        [[0], 'invalid-type', 'Invalid input: expected number, received string'],
        [[1], 'invalid-type', 'Invalid input: expected number, received string'],
        [[], 'too-big', 'Too big: expected array to have <=1 items'],
      ),
    );
  });
});

describe('readonly and unions', () => {
  // zod 4.6 freezes the refused value too, which for a type refusal is the caller's own input; the guard
  // freezes only what it accepts (a fresh copy), so validating never changes the caller's data
  it('a refused input is never frozen: validating does not touch what the caller passed', () => {
    const input = [1];
    expect(guardIssues({ k: 'readonly', in: { k: 'object', s: {} } }, input)).toEqual(
      refused([[], 'invalid-type', 'Invalid input: expected object, received array']),
    );
    expect(Object.isFrozen(input)).toBe(false);
  });
  it('the first option that accepts wins, even when a later one would too', () => {
    same(z.union([z.string(), z.any()]), { k: 'union', o: [{ k: 'string' }, { k: 'any' }] }, 'a', {
      ok: true,
      value: 'a',
    });
  });
  it("the one option that gets past its type check speaks for the union: its own issues, not zod's invalid-union", () => {
    same(
      z.union([z.string(), z.number().min(10)]),
      { k: 'union', o: [{ k: 'string' }, { k: 'number', c: [{ k: 'ge', n: 10 }] }] },
      5,
      refused([[], 'too-small', 'Too small: expected number to be >=10']),
    );
  });
  it('two options past their type checks: invalid-union', () => {
    same(
      z.union([z.number().min(10), z.number().max(0)]),
      {
        k: 'union',
        o: [
          { k: 'number', c: [{ k: 'ge', n: 10 }] },
          { k: 'number', c: [{ k: 'le', n: 0 }] },
        ],
      },
      5,
      refused([[], 'invalid-union', 'Invalid input']),
    );
  });
  it("no option accepts: zod's words", () => {
    same(
      z.union([z.string(), z.number()]),
      { k: 'union', o: [{ k: 'string' }, { k: 'number' }] },
      true,
      refused([[], 'invalid-union', 'Invalid input']),
    );
  });
});

describe('intersections merge the two parsed values as zod does', () => {
  const both = (a: () => unknown, b: () => unknown): [z.ZodType, Guard] => [
    z.intersection(z.unknown().transform(a), z.unknown().transform(b)),
    { k: 'and', l: transform(a), r: transform(b) },
  ];
  it('plain objects key by key, also objects without a prototype', () => {
    same(
      ...both(
        () => ({ x: { p: 1 }, k: 1 }),
        () => ({ x: { q: 2 } }),
      ),
      0,
      { ok: true, value: { x: { p: 1, q: 2 }, k: 1 } },
    );
    same(
      ...both(
        () => Object.assign(Object.create(null) as object, { a: 1 }),
        () => ({ b: 2 }),
      ),
      0,
      { ok: true, value: { a: 1, b: 2 } },
    );
  });
  it('equal Dates', () => {
    same(
      ...both(
        () => new Date(5),
        () => new Date(5),
      ),
      0,
      { ok: true, value: new Date(5) },
    );
  });
  class Box {
    v = 1;
  }
  it.each<[string, () => unknown, () => unknown]>([
    ['objects whose shared key differs', () => ({ x: 1 }), () => ({ x: 2 })],
    ['unequal Dates', () => new Date(5), () => new Date(6)],
    ['a Date and its time', () => new Date(5), () => 5],
    ['a string and a number', () => '5', () => 5],
    ['an object and an array', () => ({ a: 1 }), () => [1]],
    ['an array and an object', () => [1], () => ({ a: 1 })],
    ['an array and a string', () => ['x'], () => 'x'],
    ['two instances of a class', () => new Box(), () => new Box()],
  ])('%s cannot be merged', (_, a, b) => {
    bothThrow(...both(a, b), 0, '0');
  });
  it('values that cannot be merged after an issue leave the issue', () => {
    const guard: Guard = { k: 'and', l: transform(() => null), r: { k: 'string' } };
    same(
      z.intersection(
        z.unknown().transform(() => null),
        z.string(),
      ),
      guard,
      5,
      refused([[], 'invalid-type', 'Invalid input: expected string, received number']),
    );
  });
  it('an own __proto__ key is dropped, and never merged into the prototype', () => {
    const a = () => JSON.parse('{"__proto__": {"x": 1}, "k": 1}') as unknown;
    const b = () => JSON.parse('{"__proto__": {"y": 2}, "k": 1}') as unknown;
    const [schema, guard] = both(a, b);
    for (const r of [guardIssues(guard, 0), zodAnswer(schema, 0)]) {
      expect(r.ok).toBe(true);
      const value = (r as { value: object }).value;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.keys(value)).toEqual(['k']);
      expect(Object.hasOwn(value, '__proto__')).toBe(false);
    }
  });
});

describe('guardInput and rejectGuard', () => {
  const thrown = (f: () => unknown): RuleInputError => {
    try {
      f();
    } catch (e) {
      return e as RuleInputError;
    }
    throw new Error('did not throw');
  };
  it('guardInput names the function; the issues sit at the root unless a path is given', () => {
    const e = thrown(() => guardInput({ k: 'number' }, 'x', 'myFn'));
    expect(e).toBeInstanceOf(RuleInputError);
    expect(e.fn).toBe('myFn');
    expect(e.issues).toEqual([
      { path: [], code: 'invalid-type', message: 'Invalid input: expected number, received string' },
    ]);
    expect(e.message).toBe('myFn: invalid input\n  - (argument): Invalid input: expected number, received string');
  });
  it("rejectGuard throws the guard's issues for a refused value", () => {
    expect(thrown(() => rejectGuard({ k: 'number' }, 'x', 'myFn')).issues).toEqual([
      { path: [], code: 'invalid-type', message: 'Invalid input: expected number, received string' },
    ]);
    expect(thrown(() => rejectGuard({ k: 'number' }, 'x', 'myFn', ['n'])).issues).toEqual([
      { path: ['n'], code: 'invalid-type', message: 'Invalid input: expected number, received string' },
    ]);
  });
  it('rejectGuard still throws, naming the function, when the guard accepts the value', () => {
    const e = thrown(() => rejectGuard({ k: 'number' }, 5, 'myFn'));
    expect(e).toBeInstanceOf(RuleInputError);
    expect(e.fn).toBe('myFn');
    expect(e.issues).toEqual([{ path: [], code: 'invalid-input', message: 'invalid input; got 5' }]);
    expect(thrown(() => rejectGuard({ k: 'number' }, 5, 'myFn', ['n'])).issues).toEqual([
      { path: ['n'], code: 'invalid-input', message: 'invalid input; got 5' },
    ]);
  });
});

describe('readonly', () => {
  const guard: Guard = { k: 'readonly', in: { k: 'object', s: { a: { k: 'number' } } } };
  const schema = z.object({ a: z.number() }).readonly();

  it('freezes what it accepts, as zod does', () => {
    const g = guardIssues(guard, { a: 1, b: 2 });
    expect(g).toEqual({ ok: true, value: { a: 1 } });
    expect(g.ok && Object.isFrozen(g.value)).toBe(true);
    expect(g).toEqual(zodAnswer(schema, { a: 1, b: 2 }));
  });

  it('refuses what the inner guard refuses, with the same issue', () => {
    expect(guardIssues(guard, { a: 'x' })).toEqual({
      ok: false,
      issues: [{ path: ['a'], code: 'invalid-type', message: 'Invalid input: expected number, received string' }],
    });
    expect(guardIssues(guard, { a: 'x' })).toEqual(zodAnswer(schema, { a: 'x' }));
  });
});

describe('intersections of arrays', () => {
  const guard: Guard = { k: 'and', l: { k: 'array', el: { k: 'number' } }, r: { k: 'array', el: { k: 'number' } } };
  const schema = z.intersection(z.array(z.number()), z.array(z.number()));

  it('merges two arrays of one length item by item', () => {
    expect(guardIssues(guard, [1, 2])).toEqual({ ok: true, value: [1, 2] });
    expect(guardIssues(guard, [1, 2])).toEqual(zodAnswer(schema, [1, 2]));
  });

  it('arrays that cannot be merged throw, as zod throws', () => {
    const stripLeft: Guard = {
      k: 'and',
      l: { k: 'array', el: { k: 'object', s: { a: { k: 'number' } } } },
      r: { k: 'array', el: { k: 'object', s: { a: { k: 'number' } } } },
    };
    expect(guardIssues(stripLeft, [{ a: 1 }])).toEqual({ ok: true, value: [{ a: 1 }] });
    // Unequal items under one index: zod throws "Unmergable intersection"; the guard reports it as unreadable input.
    const unequal: Guard = {
      k: 'and',
      l: { k: 'array', el: { k: 'transform', f: () => 1 } as unknown as Guard },
      r: { k: 'array', el: { k: 'transform', f: () => 2 } as unknown as Guard },
    };
    const unequalSchema = z.intersection(
      z.array(z.unknown().transform(() => 1)),
      z.array(z.unknown().transform(() => 2)),
    );
    expect(() => unequalSchema.safeParse(['x'])).toThrow(/Unmergable intersection/);
    expect(guardIssues(unequal, ['x'])).toMatchObject({ ok: false, issues: [{ path: [], code: 'invalid-input' }] });
  });

  it('arrays of different lengths cannot be merged', () => {
    const lengths: Guard = {
      k: 'and',
      l: { k: 'array', el: { k: 'number' } },
      r: { k: 'transform', f: (v: unknown) => [...(v as number[]), 0] } as unknown as Guard,
    };
    const lengthsSchema = z.intersection(
      z.array(z.number()),
      z.unknown().transform((v) => [...(v as number[]), 0]),
    );
    expect(() => lengthsSchema.safeParse([1])).toThrow(/Unmergable intersection/);
    expect(guardIssues(lengths, [1])).toMatchObject({ ok: false, issues: [{ path: [], code: 'invalid-input' }] });
  });
});
