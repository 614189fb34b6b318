import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RuleInputError, describeValue, isRecord, issuesFromZod } from '../../src/core/index.js';

/** The error `f` throws, as a plain object of what callers read. */

describe('RuleInputError', () => {
  it('lists each issue on its own line, path joined by dots, "(argument)" for the argument itself', () => {
    const err = new RuleInputError('checkThing', [
      { path: ['input', 'events', 3, 'at'], code: 'invalid-instant', message: 'bad instant' },
      { path: [], code: 'invalid-type', message: 'not an object' },
    ]);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('RuleInputError');
    expect(err.fn).toBe('checkThing');
    expect(err.message).toBe(
      'checkThing: invalid input\n  - input.events.3.at: bad instant\n  - (argument): not an object',
    );
  });

  it('is never empty: no issues become one generic issue on the argument', () => {
    const { name, fn, issues, message } = new RuleInputError('f', []);
    expect({ name, fn, issues, message }).toMatchInlineSnapshot(`
      {
        "fn": "f",
        "issues": [
          {
            "code": "invalid-input",
            "message": "invalid input",
            "path": [],
          },
        ],
        "message": "f: invalid input
        - (argument): invalid input",
        "name": "RuleInputError",
      }
    `);
  });

  /** `n` issues, each at its own index. */
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ path: [i], code: 'invalid-type' as const, message: `bad ${i}` }));

  it('lists 100 issues whole, with nothing omitted', () => {
    const err = new RuleInputError('f', many(100));
    expect(err.omitted).toBe(0);
    expect(err.issues).toHaveLength(100);
    expect(err.issues[99]).toEqual({ path: [99], code: 'invalid-type', message: 'bad 99' });
  });

  it('says "1 more issue" (singular) when one issue is left out', () => {
    const err = new RuleInputError('f', many(101));
    expect(err.omitted).toBe(1);
    expect(err.issues).toHaveLength(101);
    expect(err.issues[99]).toEqual({ path: [99], code: 'invalid-type', message: 'bad 99' });
    expect(err.issues[100]).toEqual({ path: [], code: 'too-many-issues', message: 'and 1 more issue, not listed' });
    expect(err.message.endsWith('\n  - 99: bad 99\n  - (argument): and 1 more issue, not listed')).toBe(true);
  });

  it('says "2 more issues" (plural) when two issues are left out', () => {
    const err = new RuleInputError('f', many(102));
    expect(err.omitted).toBe(2);
    expect(err.issues).toHaveLength(101);
    expect(err.issues[100]).toEqual({ path: [], code: 'too-many-issues', message: 'and 2 more issues, not listed' });
  });
});

describe('describeValue', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  it.each([
    ['a string, quoted', 'abc', '"abc"'],
    ['a string of 60 characters, whole', 'x'.repeat(60), `"${'x'.repeat(60)}"`],
    ['a string of 61 characters, cut to 57 and an ellipsis', 'y'.repeat(61), `"${'y'.repeat(57)}..."`],
    ['a valid Date, in ISO', new Date(86_400_000), 'Date(1970-01-02T00:00:00.000Z)'],
    ['an Invalid Date', new Date(NaN), 'Invalid Date'],
    ['an Invalid Date whose own getTime lies', Object.assign(new Date(NaN), { getTime: () => 0 }), 'Invalid Date'],
    ['an empty array', [], 'array(0)'],
    ['a plain object', { a: 1 }, 'object'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a number', -1.5, '-1.5'],
    ['NaN', NaN, 'NaN'],
    ['a boolean', false, 'false'],
    ['a bigint, with its n', 10n, '10n'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['a revoked Proxy (Array.isArray throws)', revoked.proxy, 'object'],
    [
      'a Proxy whose getPrototypeOf throws',
      new Proxy(
        {},
        {
          getPrototypeOf: () => {
            throw new Error('trap');
          },
        },
      ),
      'object',
    ],
  ])('renders %s', (_, value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});

describe('issuesFromZod', () => {
  const Schema = z
    .object({ kind: z.enum(['a', 'b']), count: z.int().nonnegative(), tags: z.array(z.string()) })
    .strict();

  it('keeps zod paths and messages, with kebab-case codes (every underscore), under the prefix', () => {
    const r = Schema.safeParse({ kind: 'c', count: -1, tags: ['ok', 3], extra: true });
    expect(r.success).toBe(false);
    expect(issuesFromZod(r.error!, ['input'])).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-value",
          "message": "Invalid option: expected one of "a"|"b"",
          "path": [
            "input",
            "kind",
          ],
        },
        {
          "code": "too-small",
          "message": "Too small: expected number to be >=0",
          "path": [
            "input",
            "count",
          ],
        },
        {
          "code": "invalid-type",
          "message": "Invalid input: expected string, received number",
          "path": [
            "input",
            "tags",
            1,
          ],
        },
        {
          "code": "unrecognized-keys",
          "message": "Unrecognized key: "extra"",
          "path": [
            "input",
          ],
        },
      ]
    `);
  });

  it('uses no prefix by default', () => {
    const r = z.object({ count: z.int() }).safeParse({ count: 'x' });
    expect(issuesFromZod(r.error!)).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-type",
          "message": "Invalid input: expected number, received string",
          "path": [
            "count",
          ],
        },
      ]
    `);
  });

  it('renders a symbol key of the path as text', () => {
    const r = z.record(z.symbol(), z.number()).safeParse({ [Symbol('key')]: 'x' });
    expect(issuesFromZod(r.error!, ['map']).map((i) => i.path)).toEqual([['map', 'Symbol(key)']]);
  });
});

describe('isRecord', () => {
  it.each([
    [{}, true],
    [[], true],
    [new Date(0), true],
    [null, false],
    [undefined, false],
    ['{}', false],
    [() => ({}), false],
  ])('isRecord(%s) is %s', (value, expected) => {
    expect(isRecord(value)).toBe(expected);
  });
});

describe('RuleInputError across copies (issue 22)', () => {
  const BRAND = Symbol.for('kakao-rules.RuleInputError');
  it('instanceof reads the registered brand: an error of another copy is one, a look-alike is not', () => {
    const otherCopy = Object.assign(new Error('x'), { [BRAND]: 1 });
    expect(otherCopy).toBeInstanceOf(RuleInputError);
    expect(Object.assign(new Error('x'), { [BRAND]: 2 })).not.toBeInstanceOf(RuleInputError);
    expect({ name: 'RuleInputError' }).not.toBeInstanceOf(RuleInputError);
    expect(new RuleInputError('f', [])).toBeInstanceOf(RuleInputError);
    expect((new RuleInputError('f', []) as unknown as Record<symbol, unknown>)[BRAND]).toBe(1);
  });
  it('instanceof never throws: a revoked Proxy or a throwing getter is simply not one', () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect(r.proxy instanceof RuleInputError).toBe(false);
    const getter = Object.defineProperty({}, BRAND, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(getter instanceof RuleInputError).toBe(false);
    expect((null as unknown) instanceof RuleInputError).toBe(false);
    expect((1 as unknown) instanceof RuleInputError).toBe(false);
  });
  it('Symbol.hasInstance called directly answers the boolean false, not undefined, for a value it cannot read', () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    const getter = Object.defineProperty({}, BRAND, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(RuleInputError[Symbol.hasInstance](r.proxy)).toBe(false);
    expect(RuleInputError[Symbol.hasInstance](getter)).toBe(false);
  });
});
