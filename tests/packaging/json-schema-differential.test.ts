/**
 * The shipped JSON Schemas agree with zod. For every exported zod schema: values of its shape and
 * near misses of them (tests/packaging/zod-values.ts), JSON-serialised, are validated by zod, by ajv 8
 * (draft 2020-12, strict, with ajv-formats) and by Python `jsonschema` (when python3-jsonschema is
 * installed), and the verdicts compared. The only disagreement allowed is zod refusing, through one
 * of the checks listed below by name, what JSON Schema cannot express; anything else fails. Loosened
 * copies of some schemas (the bugs of issue 14) must be caught by the same comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INEXPRESSIBLE, exportedSchemas, inexpressibleChecksOf, issuePath, jsonSchemaOf, type InexpressibleCheck } from '../../scripts/json-schemas.js';
import { EDGE_NUMBERS, EDGE_STRINGS, nearMissesOf, valuesOf, vocabularyOf } from './zod-values.js';

type Json = Record<string, unknown>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The disagreements allowed, by schema and check name: the refinements JSON Schema cannot express.
 * Written out here so that a new one is a decision, not an accident.
 */
const ALLOWED: Record<string, string[]> = {
  VoiceRoomSchema: [
    'last-event-not-before-opening',
    'last-event-within-lifetime',
    'user-once-in-room',
    'request-within-room-life',
    'listener-count-matches',
    'participants-within-capacity',
  ],
};

const SEED = 14;
const RUNS = 260;
const schemas = exportedSchemas();
const vocabulary = vocabularyOf(schemas.map(([, s]) => s));

/** The JSON text a service would receive, read back; `undefined` for what JSON cannot carry. */
const overJson = (v: unknown): unknown => {
  const text = JSON.stringify(v);
  return text === undefined ? undefined : JSON.parse(text);
};

/** The values tried on one schema: accepted-shaped ones, near misses, and every edge value alone. */
function valuesFor(schema: z.ZodType): unknown[] {
  const all = [
    ...fc.sample(valuesOf(schema), { numRuns: RUNS, seed: SEED }),
    ...fc.sample(nearMissesOf(schema, vocabulary), { numRuns: RUNS, seed: SEED + 1 }),
    ...EDGE_STRINGS,
    ...EDGE_NUMBERS,
    null,
    true,
    [],
    {},
  ]
    .map(overJson)
    .filter((v) => v !== undefined);
  const seen = new Set<string>();
  return all.filter((v) => !seen.has(JSON.stringify(v)) && !!seen.add(JSON.stringify(v)));
}

const values = new Map(schemas.map(([name, schema]) => [name, valuesFor(schema)]));

/** Whether every zod issue is one of `allowed` (inside a union: some branch's issues all are); the names hit go to `hit`. */
function onlyAllowed(issues: readonly z.core.$ZodIssue[], allowed: readonly InexpressibleCheck[], hit: Set<string>): boolean {
  return issues.every((i) => {
    if (i.code === 'invalid_union') return i.errors.some((branch) => onlyAllowed(branch, allowed, hit));
    const check = i.code === 'custom' ? allowed.find((c) => c.message.test(i.message) && (c.path?.test(issuePath(i.path)) ?? true)) : undefined;
    if (check) hit.add(check.name);
    return check !== undefined;
  });
}

interface Comparison {
  total: number;
  acceptedByZod: number;
  /** Disagreements by class: an allowed check's name, or `unexpected`. */
  classes: Record<string, number>;
  /** The first unexpected disagreements, to read. */
  unexpected: { schema: string; value: unknown; zod: boolean; json: boolean; zodIssues?: string }[];
}

/** Compares zod's verdicts on `name`'s values with a JSON Schema validator's. */
function compare(name: string, schema: z.ZodType, verdicts: readonly boolean[], into: Comparison): void {
  const allowedNames = new Set(Object.values(ALLOWED).flat());
  const allowed = inexpressibleChecksOf(schema).filter((c) => allowedNames.has(c.name));
  values.get(name)!.forEach((value, i) => {
    const zod = schema.safeParse(value);
    const json = verdicts[i]!;
    into.total++;
    if (zod.success) into.acceptedByZod++;
    if (zod.success === json) return;
    const hit = new Set<string>();
    const cls = !zod.success && json && onlyAllowed(zod.error.issues, allowed, hit) ? [...hit].sort().join('+') : 'unexpected';
    into.classes[cls] = (into.classes[cls] ?? 0) + 1;
    if (cls === 'unexpected' && into.unexpected.length < 12) {
      into.unexpected.push({ schema: name, value, zod: zod.success, json, zodIssues: zod.success ? undefined : JSON.stringify(zod.error.issues).slice(0, 300) });
    }
  });
}

const empty = (): Comparison => ({ total: 0, acceptedByZod: 0, classes: {}, unexpected: [] });

function ajvFor(): Ajv2020 {
  return addFormats(new Ajv2020({ strict: true, allErrors: false }));
}

/** ajv's verdicts on every schema's values, with `json` giving each schema's JSON Schema. */
function ajvVerdicts(json: (name: string, schema: z.ZodType) => Json, names = schemas.map(([n]) => n)): Map<string, boolean[]> {
  const ajv = ajvFor();
  return new Map(
    schemas
      .filter(([n]) => names.includes(n))
      .map(([name, schema]) => {
        const validate = ajv.compile(json(name, schema));
        return [name, values.get(name)!.map((v) => validate(v))];
      }),
  );
}

const python = spawnSync('python3', ['-c', 'import jsonschema'], { encoding: 'utf8' });
const hasPython = python.status === 0;
if (!hasPython) console.warn('json-schema-differential: Python jsonschema not found, skipping its half (apt-get install -y python3-jsonschema)');

/** Python `jsonschema`'s verdicts, through scripts/json-schemas-python.py. */
function pythonVerdicts(json: (name: string, schema: z.ZodType) => Json, names = schemas.map(([n]) => n)): Map<string, boolean[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-schemas-'));
  try {
    const file = join(dir, 'values.json');
    const picked = schemas.filter(([n]) => names.includes(n));
    writeFileSync(file, JSON.stringify({ schemas: Object.fromEntries(picked.map(([n, s]) => [n, json(n, s)])), values: Object.fromEntries(picked.map(([n]) => [n, values.get(n)])) }));
    const run = spawnSync('python3', [join(import.meta.dirname, '../../scripts/json-schemas-python.py'), file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(run.stderr);
    return new Map(Object.entries(JSON.parse(run.stdout) as Record<string, boolean[]>));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compareAll(verdicts: Map<string, boolean[]>): Comparison {
  const result = empty();
  for (const [name, schema] of schemas) if (verdicts.has(name)) compare(name, schema, verdicts.get(name)!, result);
  return result;
}

/** The figures, for the record (npm test prints them). */
const report = (validator: string, c: Comparison) =>
  console.log(`json-schema-differential ${validator}: ${c.total} values (${c.acceptedByZod} accepted by zod), disagreements ${JSON.stringify(c.classes)}`);

describe('the shipped JSON Schemas agree with zod', () => {
  it('the allowed disagreements are exactly the inexpressible checks the generator lists', () => {
    expect(Object.fromEntries(Object.entries(INEXPRESSIBLE).map(([n, cs]) => [n, cs.map((c) => c.name)]))).toEqual(ALLOWED);
  });

  it('every schema carries its inexpressible checks, by name, in its description', () => {
    for (const [name, schema] of schemas) {
      const checks = inexpressibleChecksOf(schema);
      const description = jsonSchemaOf(name, schema).description as string | undefined;
      if (checks.length === 0) expect(description, name).toBeUndefined();
      for (const c of checks) expect(description, name).toContain(c.name);
    }
  });

  it('docs/json-schemas.md lists every inexpressible check by name', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/json-schemas.md'), 'utf8');
    for (const [schema, names] of Object.entries(ALLOWED)) for (const n of names) expect(doc, n).toContain(`| \`${schema}\` | \`${n}\` |`);
  });

  it('need no format support: no schema uses `format`', () => {
    for (const [name, schema] of schemas) expect(JSON.stringify(jsonSchemaOf(name, schema)), name).not.toContain('"format"');
  });

  it('every value kind is tried: accepted and refused values for every schema', () => {
    for (const [name, schema] of schemas) {
      const verdicts = values.get(name)!.map((v) => schema.safeParse(v).success);
      expect(verdicts.filter(Boolean).length, `${name} accepted`).toBeGreaterThan(0);
      expect(verdicts.filter((v) => !v).length, `${name} refused`).toBeGreaterThan(10);
    }
  });

  it('ajv 8 (draft 2020-12, strict) refuses and accepts as zod does', () => {
    const result = compareAll(ajvVerdicts(jsonSchemaOf));
    report('ajv', result);
    expect(result.unexpected).toEqual([]);
  });

  it.runIf(hasPython)('Python jsonschema (Draft202012Validator, no option) refuses and accepts as zod does', () => {
    const result = compareAll(pythonVerdicts(jsonSchemaOf));
    report('python', result);
    expect(result.unexpected).toEqual([]);
  });
});

/** Loosened copies of shipped schemas, each one of issue 14's bugs: the comparison must catch every one. */
const LOOSENED: [string, string, (json: Json) => void, ('ajv' | 'python')[]][] = [
  [
    'an instant pattern with \\d, $ and no calendar (0.1.0)',
    'InstantSchema',
    (json) => {
      const s = (json.anyOf as Json[])[1]!;
      s.pattern = '^(\\d{4})-(0[1-9]|1[0-2])-(\\d\\d)[Tt ]([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d)(?:[.,](\\d{1,9}))?)?(?:[Zz]|([+-])([01]\\d|2[0-3])(?::?([0-5]\\d))?)$';
      delete s.not;
    },
    ['ajv', 'python'],
  ],
  ['an instant as format: date-time only', 'InstantSchema', (json) => void ((json.anyOf as Json[])[1] = { type: 'string', format: 'date-time' }), ['ajv', 'python']],
  ['the Play Store refinement left out', 'PlayStoreInstallSchema', (json) => void delete json.allOf, ['ajv', 'python']],
  ['the memo retention refinement left out', 'MemoRetentionSchema', (json) => void delete json.allOf, ['ajv', 'python']],
  ['z.undefined() as {}', 'StageOnWorkSchema', (json) => void (((json.oneOf as Json[])[1]!.properties as Json).length = {}), ['ajv', 'python']],
  ['a whole number as multipleOf: 1', 'PlayStoreInstallSchema', (json) => void ((json.properties as Json).accountAge = { type: 'number', minimum: 0, multipleOf: 1 }), ['ajv']],
  [
    'a holiday date as \\d{4}-\\d{2}-\\d{2}',
    'ExtraHolidaySchema',
    (json) => void ((json.properties as Json).date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    ['ajv', 'python'],
  ],
  ['a date without the newline guard', 'ExtraHolidaySchema', (json) => void delete ((json.properties as Json).date as Json).not, ['python']],
];

describe('the comparison catches a loosened schema', () => {
  const loosened = (target: string, loosen: (json: Json) => void) => (name: string, schema: z.ZodType) => {
    const json = jsonSchemaOf(name, schema);
    if (name === target) loosen(json);
    return json;
  };
  it.each(LOOSENED)('%s (%s)', (_, target, loosen, caughtBy) => {
    const verdicts = { ajv: () => ajvVerdicts(loosened(target, loosen), [target]), python: () => pythonVerdicts(loosened(target, loosen), [target]) };
    for (const validator of caughtBy) {
      if (validator === 'python' && !hasPython) continue;
      expect(compareAll(verdicts[validator]()).classes.unexpected, validator).toBeGreaterThan(0);
    }
  });
});
