/**
 * Values for any zod schema, read from its definition: `valuesOf(schema)` gives values of its shape
 * (mostly accepted; refinements are left to chance and to the biases below), `nearMissesOf(schema)`
 * the same values with one thing changed somewhere (a key dropped or added, a leaf replaced by an edge
 * value, a string edited the way validators differ on). Generic over every exported schema, so a new
 * or reshaped schema is covered without touching this file.
 */
import fc from 'fast-check';
import { z } from 'zod';

type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;
const checksOf = (s: z.ZodType) => (defOf(s).checks ?? []).map((c) => c._zod.def);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Instant strings: every form the library's grammar has, with days up to 31 in every month (so some name no day). */
export const instantStrings = (): fc.Arbitrary<string> =>
  fc
    .record({
      year: fc.oneof(
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom(0, 1900, 2000, 2024, 2026, 2027, 2100, 2400, 9999),
      ),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 29, max: 31 })),
      sep: fc.constantFrom('T', 't', ' '),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 })),
      fraction: fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^[0-9]{1,9}$/))),
      offset: fc.oneof(
        fc.constantFrom('Z', 'z'),
        fc
          .tuple(
            fc.constantFrom('+', '-'),
            fc.integer({ min: 0, max: 23 }),
            fc.integer({ min: 0, max: 59 }),
            fc.constantFrom(':', '', 'none'),
          )
          .map(([s, h, m, c]) => (c === 'none' ? `${s}${pad(h)}` : `${s}${pad(h)}${c}${pad(m)}`)),
      ),
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${p.sep}${pad(p.hour)}:${pad(p.minute)}` +
        (p.second === null ? '' : `:${pad(p.second)}${p.fraction === null ? '' : p.fraction.join('')}`) +
        p.offset,
    );

/** `YYYY-MM-DD` strings around and inside the holiday calendar, with days up to 31 in every month. */
export const dateStrings = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1985, max: 2055 }), fc.integer({ min: 0, max: 9999 })),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

/** Strings on which validators are known to differ, tried in place of any string. */
export const EDGE_STRINGS = [
  '',
  'x',
  'hello',
  '2026-06-30T23:59:60Z',
  '2026-06-30T23:59:59.1234567890Z',
  '2026-06-30T23:59:59.123456789Z',
  '2026-06-30T24:00:00Z',
  '2026-09-25T12:30:00',
  '2026-09-25T12:30:00+09:00',
  '2026-09-25T12:30+0900',
  '2026-09-25T12:30:00+24:00',
  '2026-02-30T10:00:00+09:00',
  '2026-04-31T10:00:00+09:00',
  '2027-02-29T10:00:00+09:00',
  '2028-02-29T10:00:00+09:00',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '2026-09-25T12:30:00+09:00\n',
  '2026-09-25T12:30:00+09:00\r\n',
  '2026-09-25T12:30:00+09:00\u2028',
  '２０２６-09-25T12:30:00+09:00',
  '+012026-09-25T12:30:00Z',
  '2026-09-23',
  '2026-09-23\n',
  '２０２６-09-23',
  '2026-٠٩-23',
  '2026-99-99',
  '2026-02-29',
  '2024-02-29',
  '2000-02-29',
  '1989-12-31',
  '1990-01-01',
  '2050-12-31',
  '2051-01-01',
  ' 2026-09-23',
];

/** Numbers on which validators are known to differ. */
export const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  12.5,
  5e-324,
  2.0000000000000004,
  4503599627370495.5,
  1e21,
  1e300,
  -1e21,
  8.64e15,
  8.64e15 + 1,
  -8.64e15 - 1,
  2 ** 53,
  2 ** 53 - 1,
  1500,
  1501,
  10,
  11,
  12,
  13,
];

/** Everything one might put where something else belongs. */
const edgeValue = (extraStrings: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(null, true, false, [], {}, [null], { x: 1 }),
    fc.constantFrom(...EDGE_NUMBERS),
    fc.constantFrom(...EDGE_STRINGS, ...extraStrings),
  );

interface Opts {
  /** Every enum or literal value of the schemas under test, tried in other places. */
  readonly words: readonly string[];
  /** Every object key of the schemas under test, tried as an added key. */
  readonly keys: readonly string[];
}

const INSTANT_SOURCE = /\[Tt \]/;
const DATE_SOURCE = /^\^\[0-9\]\{4\}-\[0-9\]\{2\}-\[0-9\]\{2\}\$$/;

function stringValues(s: z.ZodType): fc.Arbitrary<string> {
  const checks = [...checksOf(s), ...(s._zod.parent ? checksOf(s._zod.parent as z.ZodType) : [])];
  const patterns = checks.filter((c) => c.check === 'string_format').map((c) => (c.pattern as RegExp).source);
  if (patterns.some((p) => INSTANT_SOURCE.test(p))) return instantStrings();
  if (patterns.some((p) => DATE_SOURCE.test(p))) return dateStrings();
  if (patterns.length > 0) return fc.stringMatching(new RegExp(patterns[0]!));
  const exact = checks.find((c) => c.check === 'length_equals')?.length as number | undefined;
  const min = exact ?? (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
  const max = exact ?? (checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? min + 6;
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.constantFrom('ann', 'bo', 'cy', 'dee', 'r1').filter((w) => w.length >= min && w.length <= max),
  );
}

function numberValues(s: z.ZodType, lean: boolean): fc.Arbitrary<number> {
  let lo = -(2 ** 53 - 1);
  let hi = 2 ** 53 - 1;
  let int = defOf(s).format === 'safeint';
  for (const c of checksOf(s)) {
    if (c.check === 'greater_than') lo = Math.max(lo, (c.value as number) + (c.inclusive ? 0 : 1));
    if (c.check === 'less_than') hi = Math.min(hi, (c.value as number) - (c.inclusive ? 0 : 1));
    if (c.check === 'number_format' || (c.check === 'custom' && c.fn === Number.isInteger)) int = true;
  }
  const small = fc.integer({ min: Math.max(lo, -2000), max: Math.max(Math.max(lo, -2000), Math.min(hi, 2000)) });
  const any = int
    ? fc.integer({ min: Math.max(lo, -(2 ** 53 - 1)), max: Math.min(hi, 2 ** 53 - 1) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  if (lean) return fc.integer({ min: Math.max(lo, 0), max: Math.max(Math.max(lo, 0), Math.min(hi, 100)) });
  return fc.oneof(
    { arbitrary: fc.constantFrom(lo, hi), weight: 2 },
    { arbitrary: small, weight: 5 },
    { arbitrary: any, weight: 2 },
  );
}

const caches = {
  full: new WeakMap<z.ZodType, fc.Arbitrary<unknown>>(),
  lean: new WeakMap<z.ZodType, fc.Arbitrary<unknown>>(),
};

/**
 * Values of `schema`'s shape, JSON-ready (no `undefined` properties, Dates as ISO strings after
 * `JSON.stringify`): half of them lean (optional keys mostly absent, nullable slots null, lists at
 * their shortest, numbers small), which is how structures with cross-field checks (a stored room)
 * come out consistent often enough to be accepted.
 */
export function valuesOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof(shapeOf(schema, false), shapeOf(schema, true));
}

function shapeOf(schema: z.ZodType, lean: boolean): fc.Arbitrary<unknown> {
  const cache = caches[lean ? 'lean' : 'full'];
  const hit = cache.get(schema);
  if (hit) return hit;
  const def = defOf(schema);
  const valuesOf = (s: z.ZodType) => shapeOf(s, lean);
  const inner = (key: string) => valuesOf(def[key] as z.ZodType);
  let arb: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      arb = stringValues(schema);
      break;
    case 'number':
      arb = numberValues(schema, lean);
      break;
    case 'boolean':
      arb = fc.boolean();
      break;
    case 'date':
      arb = fc.date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T23:59:59Z'),
        noInvalidDate: true,
      });
      break;
    case 'null':
      arb = fc.constant(null);
      break;
    case 'undefined':
      arb = fc.constant(undefined);
      break;
    case 'enum':
      arb = fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      break;
    case 'literal':
      arb = fc.constantFrom(...(def.values as unknown[]));
      break;
    case 'optional':
      arb = fc.option(inner('innerType'), { nil: undefined, freq: lean ? 1 : 3 });
      break;
    case 'nullable':
      // Mostly null: a nullable slot left empty keeps structures (a room's listener table) consistent.
      arb = lean
        ? fc.constant(null)
        : fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: inner('innerType'), weight: 1 });
      break;
    case 'readonly':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'nonoptional':
      arb = inner('innerType');
      break;
    case 'pipe':
      arb = inner('in');
      break;
    case 'lazy':
      arb = fc.constant(null).chain(() => valuesOf((def.getter as () => z.ZodType)()));
      break;
    case 'union':
      arb = fc.oneof(...(def.options as z.ZodType[]).map((o) => valuesOf(o)));
      break;
    case 'intersection':
      arb = fc
        .tuple(inner('left'), inner('right'))
        .map(([a, b]) => (typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a));
      break;
    case 'array': {
      const checks = checksOf(schema);
      const exact = checks.find((c) => c.check === 'length_equals')?.length as number | undefined;
      const min = exact ?? (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
      const max =
        exact ??
        Math.min(
          (checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? min + 4,
          min + (lean ? 1 : 4),
        );
      arb = fc.array(inner('element'), { minLength: min, maxLength: max });
      break;
    }
    case 'tuple':
      arb = fc.tuple(...(def.items as z.ZodType[]).map((i) => valuesOf(i)));
      break;
    case 'record':
      arb = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), valuesOf(def.valueType as z.ZodType), {
        maxKeys: 3,
      });
      break;
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      arb = fc
        .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, valuesOf(v)])))
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
      break;
    }
    default:
      arb = fc.anything();
  }
  cache.set(schema, arb);
  return arb;
}

/** How many places `value` has: itself and everything inside it. */
function places(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce((n: number, v) => n + places(v), 0);
  if (typeof value === 'object' && value !== null)
    return 1 + Object.values(value).reduce((n: number, v) => n + places(v), 0);
  return 1;
}

/** `value` with its `index`th place (depth first) replaced by `change(place)`. */
function changeAt(value: unknown, index: number, change: (place: unknown) => unknown): unknown {
  let i = index;
  const walk = (v: unknown): unknown => {
    if (i-- === 0) return change(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/, (d) => String.fromCharCode(0xff10 + Number(d)));

/** One edit of a place, as the near-miss generator makes it; `pick` chooses among the candidates. */
function edit(place: unknown, pick: number, replacement: unknown, opts: Opts): unknown {
  const candidates: (() => unknown)[] = [() => replacement];
  if (typeof place === 'string') {
    candidates.push(
      () => `${place}\n`,
      () => `${place} `,
      () => FULL_WIDTH(place),
      () => place.slice(1),
      () => place.replace(/:[0-9]{2}(?=[^:]*$)/, ':60'),
      () => place.replace(/-[0-9]{2}(?=[T t])/, '-30').replace(/-[0-9]{2}-/, '-02-'),
      () => place.replace(/([.,][0-9]+)|(?=[Zz+-][^-]*$)/, '.1234567890'),
      () => place.replace(/(?:[Zz]|[+-][0-9:]+)$/, ''),
      () => opts.words[pick % opts.words.length],
    );
  } else if (typeof place === 'number') {
    candidates.push(
      () => place + 1,
      () => place - 1,
      () => place + 0.5,
      () => -place,
      () => place * 1e21,
    );
  } else if (typeof place === 'boolean') {
    candidates.push(
      () => !place,
      () => !place,
      () => !place,
    );
  } else if (Array.isArray(place)) {
    candidates.push(
      () => place.slice(1),
      () => (place.length > 0 ? [...place, place[0]] : [replacement]),
      () => [...place, replacement],
      () => [],
    );
  } else if (typeof place === 'object' && place !== null) {
    const keys = Object.keys(place);
    candidates.push(
      () => Object.fromEntries(Object.entries(place).filter((_, i) => i !== pick % Math.max(keys.length, 1))),
      () => Object.fromEntries(Object.entries(place).filter((_, i) => i !== pick % Math.max(keys.length, 1))),
      () => ({ ...place, [opts.keys[pick % opts.keys.length]!]: replacement }),
      () => ({ ...place, [opts.keys[pick % opts.keys.length]!]: opts.words[pick % opts.words.length] }),
      () => ({ ...place, extra: replacement }),
    );
  }
  return candidates[pick % candidates.length]!();
}

/** Values of `schema` with one place changed: the near misses a validator must refuse as zod does. */
export function nearMissesOf(schema: z.ZodType, opts: Opts): fc.Arbitrary<unknown> {
  const extra = [...opts.words];
  return fc.tuple(valuesOf(schema), fc.nat(), fc.nat(), edgeValue(extra)).map(([value, at, pick, replacement]) => {
    const json = JSON.parse(JSON.stringify(value) ?? 'null') as unknown;
    return changeAt(json, at % places(json), (place) => edit(place, pick, replacement, opts));
  });
}

/** The enum and literal values and object keys found anywhere in `schemas`. */
export function vocabularyOf(schemas: readonly z.ZodType[]): Opts {
  const words = new Set<string>();
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!(node instanceof z.ZodType) || seen.has(node)) return;
    seen.add(node);
    const def = defOf(node);
    if (def.type === 'enum') for (const w of Object.values(def.entries as Record<string, string>)) words.add(w);
    if (def.type === 'literal') for (const w of def.values as unknown[]) if (typeof w === 'string') words.add(w);
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
    for (const v of Object.values(def)) {
      if (v instanceof z.ZodType) visit(v);
      else if (Array.isArray(v)) v.forEach(visit);
      else if (typeof v === 'object' && v !== null && !(v instanceof RegExp)) Object.values(v).forEach(visit);
    }
  };
  schemas.forEach(visit);
  return { words: [...words].sort(), keys: [...keys].sort() };
}
