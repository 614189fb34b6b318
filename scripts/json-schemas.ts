/**
 * Writes `schemas/<Name>.json`, one JSON Schema (draft 2020-12) per exported zod schema, so services
 * in other languages can validate the same payloads. Run by `npm run build`; shipped in the package
 * as `kakao-rules/schemas/<Name>.json`. docs/json-schemas.md says how to use them.
 *
 * The schemas describe JSON payloads (zod's input side after `JSON.stringify`), and they must agree
 * with zod on every such payload, in every validator, with no validator option:
 * - no `format` (an annotation in 2020-12 unless a validator opts in): instants and dates carry a
 *   calendar-aware `pattern` (leap years included) that says exactly what the library accepts;
 * - patterns use only what ECMA-262, Python `re`, Java and Go RE2 read alike: `[0-9]` (never `\d`,
 *   which is Unicode in Python), `(?:...)`, `^` and `$`, no lookaround; since Python's and Java's
 *   `$` also match before a final newline, every pattern goes with `not: { pattern: <line
 *   terminators> }` (our patterns never match one themselves);
 * - whole numbers are `type: integer` with their bounds, never `multipleOf: 1`;
 * - `z.undefined()` (a key that must be absent) is `false`;
 * - the cross-field refinements JSON Schema can express are `if`/`then` (see {@link CROSS_FIELD});
 *   the ones it cannot are named in the schema's `description` (see {@link INEXPRESSIBLE}), and
 *   tests/packaging/json-schema-differential.test.ts allows exactly those disagreements.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as pkg from '../src/schemas.js';
import { VIOLATION_KINDS } from '../src/policy/index.js';
import {
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  VOICE_ROOM_RECEIPT_WINDOW,
} from '../src/voiceroom/index.js';

type Json = Record<string, unknown>;

/** Every export of the package that is a zod schema, by export name. */
export function exportedSchemas(): [string, z.ZodType][] {
  return (Object.entries(pkg) as [string, unknown][]).filter(
    (e): e is [string, z.ZodType] => e[1] instanceof z.ZodType,
  );
}

// ---------------------------------------------------------------------------------------------
// Calendar patterns

/** Two-digit alternatives for the days of a month: `01`..`28`, `29`, `30` or `31`. */
const DAYS: Record<number, string> = {
  28: '(?:0[1-9]|1[0-9]|2[0-8])',
  30: '(?:0[1-9]|[12][0-9]|30)',
  31: '(?:0[1-9]|[12][0-9]|3[01])',
};

/** Years of four digits, as a regex, grouped by their first three digits (`199[0-9]|200[048]`). */
function yearsPattern(years: readonly number[]): string {
  const byDecade = new Map<string, string[]>();
  for (const y of years) {
    const s = String(y).padStart(4, '0');
    byDecade.set(s.slice(0, 3), [...(byDecade.get(s.slice(0, 3)) ?? []), s[3]!]);
  }
  return `(?:${[...byDecade].map(([d, last]) => (last.length === 10 ? `${d}[0-9]` : `${d}[${last.join('')}]`)).join('|')})`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A `YYYY-MM-DD` that names a real day of the proleptic Gregorian calendar, for years `first`..`last`
 * (default 0000-9999, written with the leap-year rule instead of a list), as an unanchored regex.
 */
export function calendarDatePattern(first = 0, last = 9999): string {
  const common = `(?:(?:0[13578]|1[02])-${DAYS[31]}|(?:0[469]|11)-${DAYS[30]}|02-${DAYS[28]})`;
  if (first === 0 && last === 9999) {
    const leap = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
    return `(?:[0-9]{4}-${common}|${leap}-02-29)`;
  }
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return `(?:${yearsPattern(years)}-${common}|${yearsPattern(years.filter(isLeap))}-02-29)`;
}

/**
 * An instant string as {@link pkg.InstantSchema} accepts it: a real date, `T`, `t` or a space, hours
 * and minutes, optional seconds and a fraction of 1 to 9 digits (`.` or `,`), then a mandatory offset
 * (`Z`, `z`, `+09`, `+0900` or `+09:00`; hours 00-23). No leap second, no 24:00.
 */
export const INSTANT_PATTERN = `^${calendarDatePattern()}[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)$`;

/**
 * The line terminators after which Python's or Java's `$` still matches (`"2026-09-23\n"`); a string
 * holding one is refused beside every pattern. Literal characters, so every regex dialect reads them.
 */
export const LINE_TERMINATORS = '[\n\r\u0085\u2028\u2029]';

/** The JSON Schema of an instant string (also what a `Date` becomes in JSON). */
const instantString = (): Json => ({ type: 'string', pattern: INSTANT_PATTERN, not: { pattern: LINE_TERMINATORS } });

/** The regex source, in zod, of a `YYYY-MM-DD` string whose calendar check is a refinement. */
const DATE_SHAPE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/**
 * The years a `YYYY-MM-DD` zod schema accepts, asked of the schema itself (January 1st of 0000-9999),
 * checked to be one range whose February 29ths follow the leap-year rule; so the pattern follows the
 * library's calendar range without this script knowing it.
 */
function acceptedYears(schema: z.ZodType): [number, number] {
  const years = Array.from({ length: 10000 }, (_, y) => y).filter(
    (y) => schema.safeParse(`${String(y).padStart(4, '0')}-01-01`).success,
  );
  const [first, last] = [years[0]!, years.at(-1)!];
  if (years.length !== last - first + 1)
    throw new Error(`json-schemas: a date schema accepts years that are not one range`);
  for (const y of years) {
    const ok = (d: string) => schema.safeParse(`${String(y).padStart(4, '0')}-${d}`).success;
    if (
      ok('02-29') !== isLeap(y) ||
      !ok('12-31') ||
      ok('02-30') ||
      ok('04-31') ||
      ok('13-01') ||
      ok('00-01') ||
      ok('01-00')
    ) {
      throw new Error(`json-schemas: a date schema does not follow the Gregorian calendar in ${y}`);
    }
  }
  return [first, last];
}

// ---------------------------------------------------------------------------------------------
// Cross-field checks

/** A cross-field check, made by a zod refinement, that no JSON Schema keyword can express. */
export interface InexpressibleCheck {
  /** Its name, as the differential test and docs/json-schemas.md list it. */
  readonly name: string;
  /** Why JSON Schema cannot say it. */
  readonly why: string;
  /** Recognises the zod issue the check raises, by its message. */
  readonly message: RegExp;
  /**
   * The check it is allowed only beside: a check JSON Schema expresses except when another,
   * inexpressible one fails too (the name of that one).
   */
  readonly onlyWith?: string;
}

const NOT_ACROSS = 'JSON Schema compares a value with constants, never with another field';

/**
 * Per export name, the refinements of that schema JSON Schema cannot express: the only disagreements
 * with zod its JSON Schema may have (a payload it accepts that the library refuses). A schema that
 * embeds one of these inherits its list.
 */
export const INEXPRESSIBLE: Readonly<Record<string, readonly InexpressibleCheck[]>> = {
  // The support-hours options, each span comparing two of its fields; SupportScheduleOptionsSchema
  // embeds all three and inherits their checks.
  RecurringHolidaySchema: [
    {
      name: 'recurring-years-in-order',
      why: `${NOT_ACROSS}: fromYear <= toYear`,
      message: /^toYear [0-9]+ is before fromYear [0-9]+$/,
    },
  ],
  SupportClosureSchema: [
    {
      name: 'closure-ends-after-start',
      why: `${NOT_ACROSS}: to > from, two instants`,
      message: /^a closure ends after it starts: to must be after from$/,
    },
  ],
  WeeklyHoursSchema: [
    {
      name: 'interval-ends-after-start',
      why: `${NOT_ACROSS}: to > from, two times of day`,
      message: /^an interval ends after it starts: /,
    },
    {
      name: 'intervals-in-order',
      why: `${NOT_ACROSS}: each interval starts at or after the end of the one before it`,
      message: /^intervals of a day are in order and do not overlap: /,
    },
  ],
  // Every stored form (versions 2 and 1, and 0.1.0); the receipt numbering is version 2's.
  VoiceRoomSchema: [
    {
      name: 'receipts-up-to-last-seq',
      why: `${NOT_ACROSS}: receipt i of n has seq lastSeq - (n - 1 - i), nor compares one item of a list with the next (the schema says what it can: with n receipts, lastSeq is an integer of at least n)`,
      // Only with a number for lastSeq: receipts beside lastSeq null (or below n) the schema refuses.
      message: /^receipt [0-9]+ has seq [0-9]+; receipts are numbered one after the other up to lastSeq \([0-9]+\)$/,
    },
    {
      name: 'last-event-not-before-opening',
      why: `${NOT_ACROSS}: lastEventAt >= openedAt`,
      message: /^lastEventAt is before openedAt$/,
    },
    {
      name: 'last-event-within-lifetime',
      why: `${NOT_ACROSS}: lastEventAt < openedAt + 48 h`,
      message: /^lastEventAt is at or after the end of the room$/,
    },
    {
      name: 'user-once-in-room',
      why: 'uniqueItems compares whole items, never one field of them, so a host and a listener with the same userId differ; nor can it compare items of two lists, the 0.1.0 talkers and listener buckets',
      message: /^".*" is in the room twice$/,
    },
    {
      name: 'request-within-room-life',
      why: `${NOT_ACROSS}: openedAt <= requestedAt <= lastEventAt`,
      message: /^requestedAt is outside the life of the room so far$/,
    },
    {
      name: 'listener-count-matches',
      why: '0.1.0 form only: JSON Schema cannot count the listeners spread over the nested buckets, nor compare a count with a field',
      message: /^listenerCount is [0-9]+ but [0-9]+ listeners are stored$/,
    },
    {
      name: 'participants-within-capacity',
      why: '0.1.0 form only, and only when listenerCount is wrong too: the schema bounds talkers + listenerCount by 1,500 but cannot count the listeners stored in the buckets; the version 1 form says it with maxItems',
      message: /^more participants than the room holds$/,
      onlyWith: 'listener-count-matches',
    },
  ],
};

const role = (r: string): Json => ({ properties: { role: { const: r } }, required: ['role'] });

/**
 * The room's refinements JSON Schema can say, per stored form (`if` version 2 or 1, whose participants
 * are one list, `then` ... `else` the 0.1.0 form), so that a key zod strips from the other form (a `talkers` beside `participants`) is
 * not looked at: which fields fit which role, the talker cap and the room's capacity; for version 2,
 * what the receipt count bounds (revision and lastSeq at least the number of receipts).
 */
function voiceRoomCrossField(): Json {
  const maxTalkers = VOICE_ROOM_MAX_TALKERS;
  const capacity = VOICE_ROOM_MAX_PARTICIPANTS;
  return {
    type: 'object',
    if: { properties: { version: { enum: [1, 2] } }, required: ['version'] },
    then: {
      properties: {
        participants: {
          type: 'array',
          // voiceroom.capacity: at most 1,500 people.
          maxItems: capacity,
          // voiceroom.speaker-cap: at most 10 hosts and speakers, counted over the one list.
          contains: { type: 'object', properties: { role: { enum: ['host', 'speaker'] } }, required: ['role'] },
          minContains: 0,
          maxContains: maxTalkers,
          // voiceroom.roles, voiceroom.host-invite: a host holds neither a request nor an invitation,
          // a speaker no pending request, a listener no invitation.
          items: {
            type: 'object',
            allOf: [
              { if: role('host'), then: { properties: { requestedAt: false, invitedBy: false } } },
              { if: role('speaker'), then: { properties: { requestedAt: false } } },
              { if: role('listener'), then: { properties: { invitedBy: false } } },
            ],
          },
        },
      },
      // Version 2 only (zod drops a receipts key from version 1): with n receipts (at most 64 by their
      // own maxItems), revision >= n (revision-covers-receipts) and lastSeq an integer >= n, since the
      // receipts are the last n numbered events, the last at lastSeq.
      allOf: [
        {
          if: { properties: { version: { const: 2 } }, required: ['version'] },
          then: {
            allOf: Array.from({ length: VOICE_ROOM_RECEIPT_WINDOW }, (_, i) => ({
              if: { properties: { receipts: { type: 'array', minItems: i + 1 } }, required: ['receipts'] },
              then: {
                properties: {
                  revision: { type: 'integer', minimum: i + 1 },
                  lastSeq: { type: 'integer', minimum: i + 1 },
                },
              },
            })),
          },
        },
      ],
    },
    else: {
      // The 0.1.0 form: talkers (at most 10 by their own maxItems) and a listener table.
      properties: {
        // voiceroom.host-invite: only a speaker holds a host invitation.
        talkers: {
          type: 'array',
          items: { type: 'object', if: role('host'), then: { properties: { invitedBy: false } } },
        },
      },
      // voiceroom.capacity, as far as it can be said: with k talkers, listenerCount <= 1,500 - k.
      allOf: Array.from({ length: maxTalkers }, (_, i) => ({
        if: { properties: { talkers: { type: 'array', minItems: i + 1 } }, required: ['talkers'] },
        then: { properties: { listenerCount: { type: 'integer', maximum: capacity - i - 1 } } },
      })),
    },
  };
}

/**
 * Per export name, the JSON Schema of its refinements that JSON Schema can express, added to the
 * schema wherever it appears (an `allOf` member).
 */
export const CROSS_FIELD: Readonly<Record<string, Json>> = {
  // policy.play-store: a supervised account names its content rating.
  PlayStoreInstallSchema: requiredWhen('supervised', true, 'contentRating'),
  // policy.memo-retention: a non-subscriber passes the free retention limit.
  MemoRetentionSchema: requiredWhen('talkDrawerSubscriber', false, 'freeRetentionDays'),
  VoiceRoomSchema: voiceRoomCrossField(),
  // policy.open-chat-zero-tolerance: similarTo only beside a kind the rule book does not list.
  ViolationSchema: {
    type: 'object',
    if: { properties: { kind: { enum: [...VIOLATION_KINDS] } }, required: ['kind'] },
    then: { properties: { similarTo: false } },
  },
};

/** `then` is required when `key` is `value` (`if`/`then`, spelled so that ajv's strict mode reads it). */
function requiredWhen(key: string, value: unknown, then: string): Json {
  return {
    type: 'object',
    if: { properties: { [key]: { const: value } }, required: [key] },
    then: { properties: { [then]: true }, required: [then] },
  };
}

// ---------------------------------------------------------------------------------------------
// Generation

const FALSE = '__kakao_rules_false__';

/** Replaces the `{ [FALSE]: true }` markers by the schema `false`, everywhere in `node`. */
function withFalse(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFalse);
  if (typeof node !== 'object' || node === null) return node;
  if (FALSE in node) return false;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withFalse(v)]));
}

/** Patterns that read differently in ECMA-262, Python, Java or RE2 (`\d`, `\w`, `\s`, `\b`, `.`, lookaround). */
const NOT_PORTABLE = /\\[dDwWsSbBZz]|(?<!\\)\.|\(\?[=!<]/;

/** Adds the line-terminator guard beside `json.pattern`, after checking the pattern is portable. */
function guardPattern(json: Json, where: string): void {
  if (typeof json.pattern !== 'string') return;
  if (NOT_PORTABLE.test(json.pattern.replaceAll('\\\\', '')))
    throw new Error(`json-schemas: ${where}: pattern ${json.pattern} does not read alike in every validator`);
  if (json.not !== undefined) throw new Error(`json-schemas: ${where}: a pattern beside a not`);
  json.not = { pattern: LINE_TERMINATORS };
}

/** Every zod schema reachable from `roots`, once. */
function reachable(roots: readonly unknown[]): z.ZodType[] {
  const seen = new Set<z.ZodType>();
  const visit = (node: unknown): void => {
    if (!(node instanceof z.ZodType) || seen.has(node)) return;
    seen.add(node);
    for (const v of Object.values(node._zod.def as unknown as Json)) {
      if (v instanceof z.ZodType) visit(v);
      else if (Array.isArray(v)) v.forEach(visit);
      else if (typeof v === 'object' && v !== null && !(v instanceof RegExp)) Object.values(v).forEach(visit);
    }
  };
  roots.forEach(visit);
  return [...seen];
}

let dateSchemas: Map<unknown, z.ZodType> | undefined;
/** The `YYYY-MM-DD` strings with a refinement, keyed by themselves and by the schema they refine. */
function datesRefined(): Map<unknown, z.ZodType> {
  dateSchemas ??= new Map(
    reachable(exportedSchemas().map(([, s]) => s))
      .filter(
        (s) => s._zod.def.type === 'string' && (s._zod.def.checks ?? []).some((c) => c._zod.def.check === 'custom'),
      )
      .flatMap(
        (s) =>
          [
            [s, s],
            [s._zod.parent, s],
          ] as [unknown, z.ZodType][],
      ),
  );
  return dateSchemas;
}

/** The names of the checks of {@link INEXPRESSIBLE} that apply to `schema` (its own and those of the exported schemas it embeds). */
export function inexpressibleChecksOf(schema: z.ZodType): InexpressibleCheck[] {
  const byIdentity = new Map(exportedSchemas().map(([n, s]) => [s, n]));
  const names = reachable([schema]).flatMap((s) => byIdentity.get(s) ?? []);
  return names.flatMap((n) => INEXPRESSIBLE[n] ?? []);
}

/** The sentence listing `checks` in a schema's `description`. */
function describeChecks(checks: readonly InexpressibleCheck[]): string {
  return `The library also makes checks JSON Schema cannot express, so a payload this schema accepts may still be refused: ${checks
    .map((c) => `${c.name} (${c.why})`)
    .join('; ')}. See docs/json-schemas.md.`;
}

/** The JSON Schema of one exported schema, describing the JSON payloads a caller may send (zod's input side). */
export function jsonSchemaOf(name: string, schema: z.ZodType): Json {
  const crossField = new Map(Object.entries(CROSS_FIELD).map(([n, j]) => [(pkg as Record<string, unknown>)[n], j]));
  const years = new Map<z.ZodType, [number, number]>();
  // InstantSchema's branches, replaced as a whole below.
  const replaced = new Set<unknown>(reachable([pkg.InstantSchema]).flatMap((s) => [s, s._zod.parent]));
  replaced.delete(pkg.InstantSchema);
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const zod = ctx.zodSchema as unknown as z.ZodType;
      const def = zod._zod.def;
      const out = ctx.jsonSchema as Json;
      const where = `${name} at ${ctx.path.join('/') || '(root)'}`;
      if (replaced.has(zod)) return;
      if (zod === pkg.InstantSchema) {
        // A Date crosses JSON as its ISO string, which the string branch reads: the union is integer | string.
        for (const key of Object.keys(out)) delete out[key];
        Object.assign(out, {
          anyOf: [z.toJSONSchema(pkg.EpochMsSchema, { target: 'draft-2020-12' }), instantString()],
        });
        delete (out.anyOf as Json[])[0]!.$schema;
      } else if (def.type === 'date') {
        Object.assign(out, instantString());
      } else if (def.type === 'undefined') {
        out[FALSE] = true;
      } else if (
        def.type === 'number' &&
        (def.checks ?? []).some((c) => (c._zod.def as { fn?: unknown }).fn === Number.isInteger)
      ) {
        out.type = 'integer';
      } else if (def.type === 'string' && out.pattern === DATE_SHAPE) {
        // zod hands over the schema its refinement was added to (`_zod.parent`): ask the refined one.
        const refined = datesRefined().get(zod);
        if (refined === undefined)
          throw new Error(`json-schemas: ${where}: a YYYY-MM-DD string without its calendar refinement`);
        if (!years.has(refined)) years.set(refined, acceptedYears(refined));
        out.pattern = `^${calendarDatePattern(...years.get(refined)!)}$`;
      }
      if (out.multipleOf === 1)
        throw new Error(`json-schemas: ${where}: multipleOf(1) admits 5e-324; refine with Number.isInteger`);
      guardPattern(out, where);
      for (const member of (out.allOf as Json[] | undefined) ?? []) guardPattern(member, where);
      const extra = crossField.get(zod);
      if (extra) out.allOf = [...((out.allOf as Json[] | undefined) ?? []), structuredClone(extra)];
    },
  });
  const checks = inexpressibleChecksOf(schema);
  return {
    ...(withFalse(json) as Json),
    $id: `kakao-rules/schemas/${name}.json`,
    title: name,
    ...(checks.length > 0 && { description: describeChecks(checks) }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '../schemas');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const schemas = exportedSchemas();
  // The invisible line terminators of LINE_TERMINATORS are written as \u escapes, so the files read plainly.
  const escaped = (text: string) =>
    text.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  for (const [name, schema] of schemas)
    writeFileSync(join(dir, `${name}.json`), `${escaped(JSON.stringify(jsonSchemaOf(name, schema), null, 2))}\n`);
  console.log(`json-schemas: wrote ${schemas.length} schemas to schemas/`);
}
