import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardIssues, issuesFromZod, type Guard } from '../../src/core/index.js';

// The guard interpreter's constructs that no exported schema reaches today, written as guards by hand
// and held to the verdict of the zod schema they stand for (the generated guards are checked in
// tests/core/guards.test.ts).
const zodAnswer = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error) };
};

describe('guard interpreter: readonly', () => {
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

describe('guard interpreter: intersections of arrays', () => {
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
