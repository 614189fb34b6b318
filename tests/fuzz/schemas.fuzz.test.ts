import { fc, test } from '../prop.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportedSchemas } from '../../scripts/json-schemas.js';
import type { VoiceRoomEvent } from '../../src/voiceroom/index.js';
import { OPENED, join, roomAfter } from '../voiceroom/helpers.js';

// Hardening: "Parsing stored state with the exported schemas strips unknown keys and cannot pollute
// prototypes." Every exported zod schema is read from the package itself (the list behind
// `schemas/*.json`), so a new schema is covered without anyone adding it here. Values each schema
// accepts come from a generic walker over zod v4 definitions (`schema._zod.def`), or, where the walker
// cannot build a consistent value, from the small table of hand-written samples below.

type Schema = z.ZodType;
// zod's internal definition objects: loosely typed on purpose, the walker reads them generically.
type Def = { type: string; [field: string]: any };
type Path = (string | number)[];

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Def[] => ((def.checks ?? []) as { _zod: { def: Def } }[]).map((c) => c._zod.def);
const accepts = (schema: Schema, value: unknown): boolean => schema.safeParse(value).success;

/** Wrappers whose value, when not `undefined`/`null`, is the value of `def.innerType`. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'nonoptional',
  'catch',
  'success',
]);

/** The schema a wrapper, pipe or lazy stands for (the input side of a pipe), or `undefined`. */
function unwrapped(def: Def): Schema | undefined {
  if (WRAPPERS.has(def.type)) return def.innerType as Schema;
  if (def.type === 'pipe') return def.in as Schema;
  if (def.type === 'lazy') return (def.getter as () => Schema)();
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walker: a fast-check arbitrary of candidate values from a zod definition. Candidates still
// have to pass the schema (refinements, cross-field checks and lengths are not modelled); the laws
// keep only accepted ones with `fc.pre`, and each schema's first test checks that some are.

/** The largest integer the walker draws: epoch-ms bounds fit, and `k * step` stays exact. */
const MAX_INT = Number.MAX_SAFE_INTEGER;
/** Names every object inherits (and `__proto__`): ids and other free strings may be these, too. */
const TRICKY_STRINGS = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty'];

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -Infinity;
  let max = Infinity;
  let minExcluded = false;
  let maxExcluded = false;
  let step: number | undefined;
  let format = typeof def.format === 'string' ? def.format : undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than' && (c.value > min || (c.value === min && !c.inclusive)))
      [min, minExcluded] = [Number(c.value), !c.inclusive];
    if (c.check === 'less_than' && (c.value < max || (c.value === max && !c.inclusive)))
      [max, maxExcluded] = [Number(c.value), !c.inclusive];
    if (c.check === 'multiple_of') step = Number(c.value);
    if (c.check === 'number_format') format = c.format;
  }
  if (format === 'int32') [min, max] = [Math.max(min, -(2 ** 31)), Math.min(max, 2 ** 31 - 1)];
  if (format === 'uint32') [min, max] = [Math.max(min, 0), Math.min(max, 2 ** 32 - 1)];
  if (format?.includes('int')) step ??= 1;
  if (step === undefined) {
    // `+ 0` turns -0 into 0: -0 has no JSON form, and the laws are about keys, not about signed zeros.
    return fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
  }
  const s = step;
  const lo = Math.max(-MAX_INT, minExcluded ? Math.floor(min / s) + 1 : Math.ceil(min / s));
  const hi = Math.min(MAX_INT, maxExcluded ? Math.ceil(max / s) - 1 : Math.floor(max / s));
  return fc.integer({ min: lo, max: hi }).map((k) => k * s + 0);
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  let minLength = 0;
  let maxLength: number | undefined;
  // A zod string format (z.email(), .regex(), .startsWith()...) carries its regex as `pattern`.
  const patterns: RegExp[] = def.pattern instanceof RegExp ? [def.pattern] : [];
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') minLength = Math.max(minLength, c.minimum);
    if (c.check === 'max_length') maxLength = Math.min(maxLength ?? Infinity, c.maximum);
    if (c.check === 'length_equals') [minLength, maxLength] = [c.length, c.length];
    if (c.check === 'string_format' && c.pattern instanceof RegExp) patterns.push(c.pattern);
  }
  if (patterns[0]) return fc.stringMatching(patterns[0]);
  return fc.oneof(fc.string({ minLength, maxLength: maxLength ?? minLength + 8 }), fc.constantFrom(...TRICKY_STRINGS));
}

function lengthConstraints(def: Def): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength: number | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') minLength = c.minimum;
    if (c.check === 'max_length') maxLength = c.maximum;
    if (c.check === 'length_equals') [minLength, maxLength] = [c.length, c.length];
  }
  return { minLength, maxLength: maxLength ?? minLength + 4 };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Own enumerable property, defined (never assigned: an assigned `__proto__` would set the prototype). */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Both sides of an intersection on one object: the union of their keys. */
function merged(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b)) return a;
  const out = {};
  for (const k of Object.keys(a)) setOwn(out, k, a[k]);
  for (const k of Object.keys(b)) setOwn(out, k, Object.hasOwn(a, k) ? merged(a[k], b[k]) : b[k]);
  return out;
}

/** Candidate values of `schema`. Throws for a zod type the walker does not know, naming it. */
function arbitraryOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 16)
    throw new Error(`walker: schema nested deeper than 16 levels (a recursive z.lazy?) at type '${def.type}'`);
  const sub = (s: Schema) => arbitraryOf(s, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'nan':
      return fc.constant(NaN);
    case 'custom': // the library's custom types: Dates of any realm, and InstantSchema (Dates, epoch ms, ISO strings)
      return fc.oneof(
        fc.date({ noInvalidDate: true }),
        fc.integer(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.jsonValue({ maxDepth: 2 }),
      );
    case 'any':
    case 'unknown':
    case 'transform':
      return fc.jsonValue({ maxDepth: 2 });
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'date': {
      let min = -8.64e15;
      let max = 8.64e15;
      for (const c of checksOf(def)) {
        if (c.check === 'greater_than') min = Math.max(min, Number(c.value) + (c.inclusive ? 0 : 1));
        if (c.check === 'less_than') max = Math.min(max, Number(c.value) - (c.inclusive ? 0 : 1));
      }
      return fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true });
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(sub(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(sub(def.innerType), { nil: null, freq: 3 });
    case 'readonly':
    case 'catch':
    case 'success':
      return sub(def.innerType);
    case 'nonoptional':
      return sub(def.innerType).filter((v) => v !== undefined);
    case 'pipe':
      return sub(def.in);
    case 'lazy':
      return sub(def.getter());
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(shape)) model[k] = sub(s);
      // An optional key (`optin`) may be left out, or given undefined (the optional arbitrary).
      const requiredKeys = Object.keys(shape).filter(
        (k) => (shape[k] as unknown as { _zod: { optin?: string } })._zod.optin !== 'optional',
      );
      return fc.record(model, { requiredKeys });
    }
    case 'union':
      return fc.oneof(...(def.options as Schema[]).map(sub));
    case 'intersection':
      return fc.tuple(sub(def.left), sub(def.right)).map(([a, b]) => merged(a, b));
    case 'array':
      return fc.array(sub(def.element), lengthConstraints(def));
    case 'tuple': {
      const items = fc.tuple(...(def.items as Schema[]).map(sub));
      return def.rest
        ? fc.tuple(items, fc.array(sub(def.rest), { maxLength: 3 })).map(([a, b]) => [...a, ...b])
        : items;
    }
    case 'record': {
      const keys =
        defOf(def.keyType).type === 'enum' || defOf(def.keyType).type === 'literal'
          ? sub(def.keyType).map(String)
          : sub(def.keyType).filter((k): k is string => typeof k === 'string');
      return fc
        .uniqueArray(fc.tuple(keys, sub(def.valueType)), { selector: ([k]) => k, maxLength: 4 })
        .map((entries) => {
          const out = {};
          for (const [k, v] of entries) setOwn(out, k, v);
          return out;
        });
    }
    case 'map':
      return fc.array(fc.tuple(sub(def.keyType), sub(def.valueType)), { maxLength: 4 }).map((e) => new Map(e));
    case 'set':
      return fc.array(sub(def.valueType), { maxLength: 4 }).map((e) => new Set(e));
    default:
      throw new Error(
        `walker: no arbitrary for zod type '${def.type}'; extend arbitraryOf or add a hand-written sample`,
      );
  }
}

/** Whether values of `schema` can hold an object (a zod object, intersection or record) at any depth. */
function holdsObjects(schema: Schema, depth = 0): boolean {
  const def = defOf(schema);
  if (depth > 16) return false;
  const sub = (s: Schema) => holdsObjects(s, depth + 1);
  if (['object', 'intersection', 'record'].includes(def.type)) return true;
  const inner = unwrapped(def);
  if (inner) return sub(inner);
  if (def.type === 'union') return (def.options as Schema[]).some(sub);
  if (def.type === 'array' || def.type === 'set') return sub(def.element ?? def.valueType);
  if (def.type === 'tuple') return (def.items as Schema[]).some(sub) || (def.rest ? sub(def.rest) : false);
  if (def.type === 'map') return sub(def.valueType);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Hand-written samples, for schemas the walker cannot satisfy.
//
// VoiceRoomSchema: a stored room is checked for consistency (nobody twice, at most 10 talkers, lastEventAt
// within 48 h of openedAt, requestedAt within the life of the room, an invitation only on a speaker; in
// the 0.1.0 form also listenerCount equals the listeners stored) over a 32 x 32 table of nullable
// buckets in that form. A random table essentially never passes, so the rooms below are written out,
// in the form 0.1.0 stored (a room just opened, the room of tests/voiceroom/schemas.test.ts, cy's bucket
// listeners[10][0]) and as version-1 documents replayed from written-out events (a speaker with a
// pending host invitation, a request to speak, listeners named `__proto__` and `constructor`, a report).
// Its output is a room (a class instance with a private index, by design); the laws check the room's
// stored document, `room.toJSON()` (see `dataOf`).

const NULL_ROW = (): null[] => new Array<null>(32).fill(null);

/** The stored document of the room of tests/voiceroom (opened at OPENED) after `events`. */
const replayed = (events: VoiceRoomEvent[]): unknown => JSON.parse(JSON.stringify(roomAfter(events)));

function voiceRoomSamples(): unknown[] {
  const cyRow: unknown[] = NULL_ROW();
  cyRow[0] = [{ userId: 'cy', requestedAt: OPENED + 3 }];
  const cyTable: unknown[] = NULL_ROW();
  cyTable[10] = cyRow;
  return [
    {
      roomId: 'r1',
      openedAt: OPENED,
      lastEventAt: OPENED,
      reported: false,
      talkers: [{ userId: 'ann', role: 'host' }],
      listenerCount: 0,
      listeners: NULL_ROW(),
    },
    {
      version: 1,
      roomId: 'r1',
      openedAt: OPENED,
      lastEventAt: OPENED + 9,
      reported: false,
      lastSeq: 12,
      participants: [
        { userId: 'bo', role: 'speaker', invitedBy: 'zed' },
        { userId: 'cy', role: 'listener', requestedAt: OPENED + 9 },
      ],
    },
    {
      roomId: 'r1',
      openedAt: OPENED,
      lastEventAt: OPENED + 3,
      reported: false,
      talkers: [
        { userId: 'ann', role: 'host' },
        { userId: 'bo', role: 'speaker', invitedBy: 'ann' },
      ],
      listenerCount: 1,
      listeners: cyTable,
    },
    replayed([
      ...['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((u) => join(u)),
      { type: 'set-role', hostId: 'ann', userId: 'u1', role: 'speaker', at: OPENED + 2 },
      { type: 'request-to-speak', userId: 'u2', at: OPENED + 3 },
      { type: 'invite-host', hostId: 'ann', userId: 'u1', at: OPENED + 4 },
      join('__proto__', OPENED + 5),
      join('constructor', OPENED + 5),
    ]),
    replayed([
      join('bo'),
      { type: 'request-to-speak', userId: 'bo', at: OPENED + 2 },
      { type: 'report', at: OPENED + 3 },
    ]),
  ];
}

/** What the laws compare for a schema's output: a voice room's stored document (VoiceRoomSchema), any other output as it is. */
const dataOf = (v: unknown): unknown =>
  v !== null &&
  typeof v === 'object' &&
  !(v instanceof Date) &&
  Object.hasOwn(Object.getPrototypeOf(v) as object, 'toJSON')
    ? (v as { toJSON(): unknown }).toJSON()
    : v;

const HAND_SAMPLES: Record<string, () => unknown[]> = {
  VoiceRoomSchema: voiceRoomSamples,
  // A real date of the holiday calendar's years: a walked 'dddd-dd-dd' string almost never is one.
  ExtraHolidaySchema: () => [
    { date: '2026-09-23', name: 'company founding day' },
    { date: '1990-01-01', name: '창립기념일' },
    { date: '2050-12-31', name: 'x' },
    { date: '2028-02-29', name: 'leap day' },
  ],
  // Intervals in order, each ending after it starts: walked times of day almost never are.
  WeeklyHoursSchema: () => [
    {},
    { monday: [{ from: '09:00', to: '18:00' }] },
    {
      tuesday: [
        { from: '08:30', to: '12:00' },
        { from: '13:00', to: '17:30' },
      ],
      saturday: [],
    },
    { sunday: [{ from: '00:00', to: '24:00' }] },
  ],
  // Every list at once must hold: a walked option object mixes a bad date, span or time into one of its
  // lists often enough that 100 candidates held no accepted value in one run of many.
  SupportScheduleOptionsSchema: () => [
    {},
    { extraHolidays: [{ date: '2026-09-23', name: 'company founding day' }], removedHolidays: ['2026-10-09'] },
    {
      recurringHolidays: [{ date: '03-02', name: '창립기념일', fromYear: 2020 }],
      closures: [{ from: '2026-12-24T14:00:00+09:00', to: '2026-12-24T18:30:00+09:00', name: 'year-end party' }],
    },
    { weeklyHours: { monday: [{ from: '09:00', to: '18:00' }] }, closures: [] },
  ],
};

const SCHEMAS = exportedSchemas();

function samplesOf(name: string, schema: Schema): fc.Arbitrary<unknown> {
  const hand = HAND_SAMPLES[name];
  return hand ? fc.constantFrom(...hand()) : arbitraryOf(schema);
}

// ---------------------------------------------------------------------------------------------
// Unknown keys, added at every object level of an accepted value.

/** Names every object inherits from Object.prototype, plus `__proto__` itself. */
const SPECIAL_KEYS = ['constructor', 'prototype', 'toString', '__proto__'];
const POLLUTER = '{"__proto__": {"polluted": true}}';
const ordinaryKey = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !SPECIAL_KEYS.includes(k));
// Built once and drawn through a builder without arguments: `fc.gen` matches draws by builder and
// arguments when it shrinks, and a fresh arbitrary on every draw makes shrinking run forever.
const ORDINARY_EXTRAS = fc.uniqueArray(fc.tuple(ordinaryKey, fc.jsonValue({ maxDepth: 2 })), {
  minLength: 1,
  maxLength: 3,
  selector: (e) => e[0],
});
const ordinaryExtras = () => ORDINARY_EXTRAS;

/** A strict level that received unknown keys: the schema must refuse them there. */
type StrictLevel = { path: Path; keys: string[] };
type Augmented = { value: unknown; strict: StrictLevel[] };

/**
 * The object-like definitions that apply to `value` under `schema`: objects (both sides of an
 * intersection), arrays, tuples and records, seen through wrappers, pipes and the union option that
 * accepts `value` (the first, as zod picks it).
 */
function partsOf(schema: Schema, value: unknown): Def[] {
  const def = defOf(schema);
  if (['object', 'array', 'tuple', 'record'].includes(def.type)) return [def];
  if (def.type === 'intersection') return [...partsOf(def.left, value), ...partsOf(def.right, value)];
  const inner = unwrapped(def);
  if (inner) return partsOf(inner, value);
  if (def.type === 'union') {
    const option = (def.options as Schema[]).find((o) => accepts(o, value));
    return option ? partsOf(option, value) : [];
  }
  return [];
}

/** What a zod object does with unknown keys: strips them, refuses them (strict), or keeps them (loose, catchall). */
function unknownKeyMode(objects: Def[]): 'strip' | 'strict' | 'keep' {
  const modes = objects.map((o) =>
    o.catchall === undefined ? 'strip' : defOf(o.catchall).type === 'never' ? 'strict' : 'keep',
  );
  return modes.includes('strict') ? 'strict' : modes.includes('keep') ? 'keep' : 'strip';
}

/**
 * A copy of `value` with unknown keys at every object level: 1-3 ordinary names plus `constructor`,
 * `prototype`, `toString` and a real own `__proto__` key (taken from `JSON.parse`, because an object
 * literal's `__proto__` sets the prototype). At strict levels, whether to add them is drawn, and the
 * levels that got some are listed. With `recordProto`, a record level also gets an own `__proto__` key
 * (a record keeps every key its key schema accepts, so that key is the pollution probe there).
 */
function augment(schema: Schema, value: unknown, g: fc.GeneratorValue, recordProto: boolean): Augmented {
  const strict: StrictLevel[] = [];
  const walk = (s: Schema, v: unknown, path: Path): unknown => {
    if (typeof v !== 'object' || v === null || v instanceof Date) return v;
    const parts = partsOf(s, v);
    if (Array.isArray(v)) {
      const list = parts.find((p) => p.type === 'array' || p.type === 'tuple');
      if (!list) return v;
      return v.map((x: unknown, i) => {
        const el = (list.type === 'array' ? list.element : (list.items[i] ?? list.rest)) as Schema | undefined;
        return el ? walk(el, x, [...path, i]) : x;
      });
    }
    const objects = parts.filter((p) => p.type === 'object');
    const record = parts.find((p) => p.type === 'record');
    const source = v as Record<string, unknown>;
    const out = {};
    const known = new Set<string>();
    for (const o of objects) for (const k of Object.keys(o.shape)) known.add(k);
    const extras: [string, unknown][] = [];
    if (objects.length > 0 && !record) {
      const mode = unknownKeyMode(objects);
      if (mode !== 'strict' || g(fc.boolean)) {
        const ordinary = g(ordinaryExtras);
        extras.push(
          ...ordinary.filter(([k]) => !known.has(k) && !Object.hasOwn(source, k)),
          ['constructor', JSON.parse('{"prototype": {"polluted": true}}')],
          ['prototype', { polluted: true }],
          ['toString', 'polluted'],
          [
            '__proto__',
            (Object.getOwnPropertyDescriptor(JSON.parse(POLLUTER), '__proto__') as PropertyDescriptor).value,
          ],
        );
        if (mode === 'strict') strict.push({ path, keys: extras.map(([k]) => k).sort() });
      }
    }
    if (record && recordProto && !Object.hasOwn(source, '__proto__')) extras.push(['__proto__', { polluted: true }]);
    // Unknown keys before or after the known ones: a parser must not depend on the order.
    const first = g(fc.boolean);
    if (first) for (const [k, x] of extras) setOwn(out, k, x);
    for (const k of Object.keys(source)) {
      const field = objects.find((o) => Object.hasOwn(o.shape, k))?.shape[k] ?? record?.valueType;
      setOwn(out, k, field ? walk(field, source[k], [...path, k]) : source[k]);
    }
    if (!first) for (const [k, x] of extras) setOwn(out, k, x);
    return out;
  };
  return { value: walk(schema, value, []), strict };
}

/** Paths of own keys of `actual` (at any depth) that `expected` lacks at the same place. */
function keysBeyond(actual: unknown, expected: unknown, path: Path = []): string[] {
  if (typeof actual !== 'object' || actual === null) return [];
  const found: string[] = [];
  for (const k of Reflect.ownKeys(actual)) {
    const here = [...path, String(k)];
    if (typeof expected !== 'object' || expected === null || !Object.hasOwn(expected, k)) found.push(here.join('.'));
    else
      found.push(
        ...keysBeyond((actual as Record<PropertyKey, unknown>)[k], (expected as Record<PropertyKey, unknown>)[k], here),
      );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Prototypes: the built-ins' own properties before and after a parse.

const BUILT_IN_PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['Date.prototype', Date.prototype],
];
type PrototypeState = Map<string, [object, PropertyKey, PropertyDescriptor]>;

function prototypeState(): PrototypeState {
  const state: PrototypeState = new Map();
  for (const [name, proto] of BUILT_IN_PROTOTYPES) {
    for (const k of Reflect.ownKeys(proto))
      state.set(`${name}.${String(k)}`, [proto, k, Object.getOwnPropertyDescriptor(proto, k)!]);
  }
  return state;
}

/** Names of built-in prototype properties added, removed or changed since `before`; puts them back. */
function restorePrototypes(before: PrototypeState): string[] {
  const after = prototypeState();
  const changed: string[] = [];
  const same = (a: PropertyDescriptor, b: PropertyDescriptor) =>
    a.value === b.value && a.get === b.get && a.set === b.set && a.enumerable === b.enumerable;
  for (const [name, [proto, k, d]] of after) {
    const was = before.get(name);
    if (was && same(was[2], d)) continue;
    changed.push(name);
    if (was) Object.defineProperty(proto, k, was[2]);
    else Reflect.deleteProperty(proto, k);
  }
  for (const [name, [proto, k, d]] of before) {
    if (!after.has(name)) {
      changed.push(name);
      Object.defineProperty(proto, k, d);
    }
  }
  return changed;
}

/** Paths of objects in `out` whose prototype is not the plain one for their kind, or carries `polluted`. */
function badPrototypes(out: unknown, path: Path = [], seen = new Set<unknown>()): string[] {
  if (typeof out !== 'object' || out === null || seen.has(out)) return [];
  seen.add(out);
  const proto = Object.getPrototypeOf(out) as object | null;
  const expected: (object | null)[] = Array.isArray(out)
    ? [Array.prototype]
    : out instanceof Date
      ? [Date.prototype]
      : [Object.prototype, null];
  const found: string[] = [];
  const at = path.length === 0 ? '(root)' : path.join('.');
  if (!expected.includes(proto)) found.push(`${at}: unexpected prototype`);
  if (proto !== null && 'polluted' in proto) found.push(`${at}: prototype carries "polluted"`);
  for (const k of Reflect.ownKeys(out))
    found.push(...badPrototypes((out as Record<PropertyKey, unknown>)[k], [...path, String(k)], seen));
  return found;
}

const holdsDate = (v: unknown): boolean =>
  v instanceof Date || (typeof v === 'object' && v !== null && Object.values(v).some(holdsDate));

// ---------------------------------------------------------------------------------------------
// The laws, as functions of (schema, value) so the self-checks below can run them on broken schemas.

/**
 * Law 1: unknown keys at every object level give the same parse result as the value alone, and the
 * output has no key the plain output lacks. A strict object (z.strictObject) refuses instead of
 * stripping: then the only issues are `unrecognized_keys`, at exactly the strict levels given
 * unknown keys, naming exactly those keys; nothing is kept either way.
 */
function unknownKeysLaw(schema: Schema, v: unknown, g: fc.GeneratorValue): void {
  const plain = schema.safeParse(v);
  fc.pre(plain.success);
  const { value, strict } = augment(schema, v, g, false);
  const r = schema.safeParse(value);
  if (strict.length === 0) {
    expect(r.error?.issues, 'issues with unknown keys added').toBeUndefined();
    expect(keysBeyond(dataOf(r.data), dataOf(plain.data)), 'unknown keys kept in the output').toEqual([]);
    expect(dataOf(r.data), 'output with unknown keys added').toEqual(dataOf(plain.data));
  } else {
    const byPath = (a: { path: PropertyKey[] }, b: { path: PropertyKey[] }) =>
      JSON.stringify(a.path) < JSON.stringify(b.path) ? -1 : 1;
    const issues = (r.error?.issues ?? []).map((i) => ({
      code: i.code,
      path: i.path,
      keys: [...('keys' in i ? i.keys : [])].sort(),
    }));
    expect(issues.sort(byPath), 'issues of a strict object given unknown keys').toEqual(
      strict.map(({ path, keys }) => ({ code: 'unrecognized_keys', path, keys })).sort(byPath),
    );
  }
}

/**
 * Law 2: parsing (accepted or refused) adds, removes or changes nothing on the built-in prototypes,
 * `({}).polluted` stays undefined, and every object of the output has the plain prototype of its
 * kind (`Object.prototype` or null, `Array.prototype`, `Date.prototype`), none carrying `polluted`.
 */
function prototypeLaw(schema: Schema, v: unknown, g: fc.GeneratorValue): void {
  const before = prototypeState();
  let r: ReturnType<Schema['safeParse']> | undefined;
  try {
    fc.pre(accepts(schema, v));
    r = schema.safeParse(augment(schema, v, g, true).value);
  } finally {
    // Put the prototypes back before asserting, so one failure does not poison the other tests.
    expect(restorePrototypes(before), 'built-in prototype properties changed by parsing').toEqual([]);
  }
  expect(({} as Record<string, unknown>).polluted, '({}).polluted').toBeUndefined();
  if (r.success) expect(badPrototypes(dataOf(r.data)), 'output objects with a bad prototype').toEqual([]);
}

/**
 * Law 3: the output survives JSON: `parse(JSON.parse(JSON.stringify(parse(v))))` equals `parse(v)`.
 * Values whose output keeps a Date object are skipped (`fc.pre`): JSON turns a Date into an ISO
 * string, which InstantSchema keeps as a string, so the re-parse cannot equal the Date. This skips the
 * Date branch of InstantSchema and of the schemas built on it (NewAuthorWorkSchema,
 * VoiceRoomOpeningSchema, VoiceRoomEventSchema); their epoch-ms and ISO-string values are checked.
 * A -0 comes back as 0 (JSON has no negative zero), which the comparison allows.
 */
/** `v` with every -0 made 0: JSON has no negative zero (`JSON.stringify(-0)` is `'0'`). */
const positiveZeros = (v: unknown): unknown =>
  Object.is(v, -0)
    ? 0
    : Array.isArray(v)
      ? v.map(positiveZeros)
      : typeof v === 'object' && v !== null && !(v instanceof Date)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, positiveZeros(x)]))
        : v;

function jsonRoundTripLaw(schema: Schema, v: unknown): void {
  const plain = schema.safeParse(v);
  fc.pre(plain.success && !holdsDate(plain.data));
  const again = schema.safeParse(JSON.parse(JSON.stringify(plain.data)));
  expect(again.error?.issues, 'issues after the JSON round trip').toBeUndefined();
  expect(dataOf(again.data), 'output after the JSON round trip').toEqual(positiveZeros(dataOf(plain.data)));
}

const RUNS = 60;

describe('fuzz: exported schemas strip unknown keys and cannot pollute prototypes', () => {
  it('finds the exported schemas, the stored voice room among them', () => {
    expect(SCHEMAS.length).toBeGreaterThan(30);
    expect(SCHEMAS.map(([name]) => name)).toContain('VoiceRoomSchema');
  });

  it('the hand-written samples name exported schemas, and each schema accepts every one', () => {
    for (const [name, samples] of Object.entries(HAND_SAMPLES)) {
      const schema = SCHEMAS.find(([n]) => n === name)?.[1];
      expect(schema, `${name} is not an exported schema`).toBeDefined();
      for (const sample of samples()) expect(schema!.safeParse(sample).error?.issues, name).toBeUndefined();
    }
  });

  describe.each(SCHEMAS)('%s', (name, schema) => {
    it('the walker (or the sample table) yields values the schema accepts', () => {
      const values = fc.sample(samplesOf(name, schema), 100);
      const accepted = values.filter((v) => accepts(schema, v)).length;
      expect(accepted, `${name}: no accepted value in 100 candidates; add a hand-written sample`).toBeGreaterThan(0);
    });

    if (holdsObjects(schema)) {
      test.prop([samplesOf(name, schema), fc.gen()], { numRuns: RUNS })(
        'law 1: unknown keys at every object level are stripped (or refused by a strict object), never kept',
        (v, g) => {
          unknownKeysLaw(schema, v, g);
        },
      );

      test.prop([samplesOf(name, schema), fc.gen()], { numRuns: RUNS })(
        'law 2: parsing leaves the built-in prototypes alone and outputs plain prototypes only',
        (v, g) => {
          prototypeLaw(schema, v, g);
        },
      );
    }

    test.prop([samplesOf(name, schema)], { numRuns: RUNS })(
      'law 3: the output survives a JSON round trip and the schema again',
      (v) => {
        jsonRoundTripLaw(schema, v);
      },
    );
  });
});

describe('the laws fail on schemas that break them', () => {
  /** The first failure of `law` on `schema`: the broken assertion's message and actual value, or undefined when it held. */
  const failureOf = (
    law: (schema: Schema, v: unknown, g: fc.GeneratorValue) => void,
    schema: Schema,
  ): string | undefined => {
    const run = fc.check(
      fc.property(arbitraryOf(schema), fc.gen(), (v, g) => law(schema, v, g)),
      { numRuns: 20 },
    );
    const error = run.errorInstance as { message?: string; actual?: unknown } | undefined;
    return run.failed ? `${error?.message} / actual: ${JSON.stringify(error?.actual)}` : undefined;
  };

  it('law 1 fails for a loose object, which keeps unknown keys', () => {
    expect(failureOf(unknownKeysLaw, z.looseObject({ a: z.string() }))).toMatch(/^unknown keys kept in the output/);
  });

  it('law 2 fails for a parse that pollutes Object.prototype, and puts the prototype back', () => {
    const polluting = z.object({ a: z.string() }).refine(() => {
      Object.defineProperty(Object.prototype, 'polluted', { value: true, configurable: true, writable: true });
      return true;
    });
    expect(failureOf(prototypeLaw, polluting)).toMatch(
      /^built-in prototype properties changed by parsing.*actual: \["Object\.prototype\.polluted"\]$/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('law 2 fails for an output whose prototype carries polluted', () => {
    const carrying = z
      .object({ a: z.string() })
      .transform((o) => Object.setPrototypeOf({ ...o }, { polluted: true }) as typeof o);
    expect(failureOf(prototypeLaw, carrying)).toMatch(
      /^output objects with a bad prototype.*actual: \["\(root\): unexpected prototype","\(root\): prototype carries \\"polluted\\""\]$/,
    );
  });

  it('law 3 fails for an output that does not survive the schema again', () => {
    const growing = z.object({ s: z.string() }).transform((o) => ({ s: `${o.s}!` }));
    expect(failureOf((s, v) => jsonRoundTripLaw(s, v), growing)).toMatch(/^output after the JSON round trip/);
  });
});
