/**
 * Compiles every exported zod schema of a module (`src/<module>/schemas.ts`) into a zod-free guard
 * (`src/<module>/guards.generated.ts`): plain data that the guard interpreter, `src/core/guardInterpreter.ts`,
 * runs with zod's semantics.
 * zod stays the single source of truth; the guards are its compiled form, committed, and
 * tests/core/guards.generated.test.ts fails when regenerating would change them.
 *
 *   npx tsx scripts/compile-guards.ts          # write the files
 *   npx tsx scripts/compile-guards.ts --check  # exit 1 if a file is stale
 *
 * Functions inside a schema (a `z.custom` type, a `.refine`, a `refinement(...)` from src/core/schemas.ts,
 * a `.transform`, an `error` function) must be named exports of one of the target's zod-free
 * `functions` files (or of core's): the guard imports the same function, so each is written once.
 * A construct the compiler does not know is an error naming the schema and where in it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One module to compile: its folder, its zod file, and the zod-free files whose functions schemas may use. */
export interface GuardTarget {
  readonly dir: string;
  readonly schemas: string;
  readonly functions: readonly string[];
}

/** Every compiled module, core first (the others import its guards). Apply to a module by adding it here. */
export const GUARD_TARGETS: readonly GuardTarget[] = [
  { dir: 'src/core', schemas: 'schemas.ts', functions: ['instant.ts'] },
  { dir: 'src/voiceroom', schemas: 'schemas.ts', functions: ['refinements.ts'] },
  { dir: 'src/support-hours', schemas: 'schemas.ts', functions: ['refinements.ts'] },
  { dir: 'src/kakaopage', schemas: 'schemas.ts', functions: [] },
  { dir: 'src/calls', schemas: 'schemas.ts', functions: [] },
  { dir: 'src/policy', schemas: 'schemas.ts', functions: ['refinements.ts'] },
];

const ROOT = join(import.meta.dirname, '..');
const OUT = 'guards.generated.ts';

// biome-ignore lint/suspicious/noExplicitAny: zod's internal definitions, read structurally
type Zod = any;
type Fn = (...args: never[]) => unknown;
interface Named {
  readonly name: string;
  readonly file: string;
}

const isSchema = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && '_zod' in v && typeof (v as Zod)._zod?.def?.type === 'string';
const rel = (fromDir: string, file: string): string => {
  const r = relative(fromDir, file).replace(/\.ts$/, '.js');
  return r.startsWith('.') ? r : `./${r}`;
};

/** The source text of every target's generated file, by path relative to the repository. */
export async function compileGuards(): Promise<Map<string, string>> {
  const functions = new Map<Fn, Named>();
  const exported = new Map<unknown, Named>(); // schema -> its guard's name and file, over all targets
  const out = new Map<string, string>();
  for (const target of GUARD_TARGETS) {
    for (const f of target.functions) {
      const file = join(target.dir, f);
      const mod = (await import(pathToFileURL(join(ROOT, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod).sort(([a], [b]) => (a < b ? -1 : 1)))
        if (typeof value === 'function' && !functions.has(value as Fn)) functions.set(value as Fn, { name, file });
    }
    const schemasFile = join(target.dir, target.schemas);
    const mod = (await import(pathToFileURL(join(ROOT, schemasFile)).href)) as Record<string, unknown>;
    const outFile = join(target.dir, OUT);
    // sorted: a module namespace lists its exports in an order that depends on the loader
    const names = Object.entries(mod)
      .filter(([name, v]) => name.endsWith('Schema') && isSchema(v))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [name, schema] of names)
      if (!exported.has(schema)) exported.set(schema, { name: name.replace(/Schema$/, 'Guard'), file: outFile });
    out.set(outFile, emit(target, schemasFile, outFile, names, functions, exported));
  }
  return out;
}

function emit(
  target: GuardTarget,
  schemasFile: string,
  outFile: string,
  names: [string, unknown][],
  functions: Map<Fn, Named>,
  exported: Map<unknown, Named>,
): string {
  const imports = new Map<string, Set<string>>(); // file -> names
  const use = (n: Named): string => {
    if (n.file !== outFile) {
      if (!imports.has(n.file)) imports.set(n.file, new Set());
      imports.get(n.file)!.add(n.name);
    }
    return n.name;
  };
  // Schemas met more than once (and not exported) become one local const each.
  const seen = new Map<unknown, number>();
  const count = (s: Zod): void => {
    seen.set(s, (seen.get(s) ?? 0) + 1);
    if (seen.get(s)! > 1 || (exported.has(s) && exported.get(s)!.file !== outFile)) return;
    for (const child of children(s)) count(child);
  };
  for (const [, s] of names) count(s);
  const locals = new Map<unknown, string>();
  const decls: string[] = [];
  const done = new Set<unknown>();

  const fn = (f: unknown, where: string): string => {
    const named = functions.get(f as Fn);
    if (!named)
      throw new Error(
        `${schemasFile}: ${where} uses a function that is not a named export of ${target.functions.join(', ')} (or core's): write it there once`,
      );
    return use(named);
  };
  const message = (e: unknown, where: string): string | undefined => {
    if (e === undefined) return undefined;
    if (functions.has(e as Fn)) return fn(e, where);
    // zod wraps a string `error` in a function of no argument
    if (typeof e === 'function' && e.length === 0) {
      const text = (e as () => unknown)();
      if (typeof text === 'string') return JSON.stringify(text);
    }
    return fn(e, where);
  };
  const obj = (fields: [string, string | undefined][]): string =>
    `{ ${fields
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${/^[a-z]\w*$/i.test(k) ? k : JSON.stringify(k)}: ${v}`)
      .join(', ')} }`;
  const lit = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

  const checks = (list: Zod[] | undefined, where: string): string[] =>
    (list ?? []).map((ch, i) => {
      const d = ch._zod.def;
      const at = `${where}.checks[${i}]`;
      const e = message(d.error, at);
      const a = d.abort ? 'true' : undefined;
      switch (d.check) {
        case 'min_length':
          return obj([
            ['k', "'min'"],
            ['n', lit(d.minimum)],
            ['e', e],
            ['a', a],
          ]);
        case 'max_length':
          return obj([
            ['k', "'max'"],
            ['n', lit(d.maximum)],
            ['e', e],
            ['a', a],
          ]);
        case 'length_equals':
          return obj([
            ['k', "'len'"],
            ['n', lit(d.length)],
            ['e', e],
            ['a', a],
          ]);
        case 'greater_than':
          return obj([
            ['k', d.inclusive ? "'ge'" : "'gt'"],
            ['n', lit(d.value)],
            ['e', e],
            ['a', a],
          ]);
        case 'less_than':
          return obj([
            ['k', d.inclusive ? "'le'" : "'lt'"],
            ['n', lit(d.value)],
            ['e', e],
            ['a', a],
          ]);
        case 'string_format':
          if (d.format !== 'regex') break;
          return obj([
            ['k', "'regex'"],
            ['re', `/${d.pattern.source}/${d.pattern.flags}`],
            ['e', e],
            ['a', a],
          ]);
        case 'custom':
          if (d.guard)
            return obj([
              ['k', "'super'"],
              ['f', fn(d.guard, at)],
            ]);
          if (d.fn) {
            // Without a code the issue would say 'custom', which no caller can switch on (INPUT_ISSUE_CODES).
            if (typeof d.params?.code !== 'string')
              throw new Error(`compile-guards: ${at}: a .refine() names its issue code (params: { code })`);
            return obj([
              ['k', "'refine'"],
              ['f', fn(d.fn, at)],
              ['e', e],
              ['a', a],
              ['code', lit(d.params.code)],
              ['p', d.path?.length ? lit(d.path) : undefined],
              ['w', d.when ? fn(d.when, `${at}.when`) : undefined],
            ]);
          }
          break;
      }
      throw new Error(
        `${schemasFile}: ${at}: the compiler does not know the check ${d.check}${d.format ? ` (${d.format})` : ''}`,
      );
    });

  const node = (s: Zod, where: string): string => {
    const ext = exported.get(s);
    if (ext && (ext.file !== outFile || done.has(s))) return use(ext);
    if (locals.has(s)) return locals.get(s)!;
    const text = build(s, where);
    if (ext) {
      decls.push(
        `${docOf(ext.name)}export const ${ext.name}: Guard<z.output<typeof ${ext.name.replace(/Guard$/, 'Schema')}>> = ${text};`,
      );
      done.add(s);
      return ext.name;
    }
    if ((seen.get(s) ?? 0) > 1) {
      const name = `g${locals.size}`;
      decls.push(`const ${name}: Guard = ${text};`);
      locals.set(s, name);
      return name;
    }
    return text;
  };

  const build = (s: Zod, where: string): string => {
    const d = s._zod.def;
    const e = message(d.error, where);
    const oi = s._zod.optin === 'optional' ? "'optional'" : undefined;
    const oo = s._zod.optout === 'optional' ? "'optional'" : undefined;
    let c = checks(d.checks, where);
    const base = (k: string, fields: [string, string | undefined][] = []): string => {
      const list = c.length ? `[${c.join(', ')}]` : undefined;
      return obj([['k', `'${k}'`], ...fields, ['c', list], ['e', e], ['oi', oi], ['oo', oo]]);
    };
    switch (d.type) {
      case 'string':
      case 'boolean':
      case 'undefined':
        return base(d.type);
      case 'number':
        if (d.check === 'number_format') {
          if (d.format !== 'safeint')
            throw new Error(`${schemasFile}: ${where}: the compiler knows z.int() only, not ${d.format}`);
          c = [
            obj([
              ['k', "'int'"],
              ['e', e],
            ]),
            ...c,
          ];
        }
        return base('number');
      case 'enum':
      case 'literal':
        return base('values', [['v', `[${Array.from(s._zod.values as Set<unknown>, lit).join(', ')}]`]]);
      case 'object': {
        const catchall = d.catchall?._zod.def.type;
        if (catchall !== undefined && catchall !== 'never')
          throw new Error(`${schemasFile}: ${where}: the compiler knows z.object and z.strictObject only`);
        const shape = Object.keys(d.shape).map((k) => [k, node(d.shape[k], `${where}.${k}`)] as [string, string]);
        return base('object', [
          ['s', obj(shape)],
          ['strict', catchall === 'never' ? 'true' : undefined],
        ]);
      }
      case 'array':
        return base('array', [['el', node(d.element, `${where}[]`)]]);
      case 'optional':
      case 'nullable':
      case 'readonly':
        return base(d.type, [['in', node(d.innerType, where)]]);
      case 'union':
        if (d.discriminator !== undefined) {
          const m = (d.options as Zod[]).flatMap((o, i) =>
            Array.from(
              o._zod.propValues[d.discriminator] as Set<unknown>,
              (v) => `[${lit(v)}, ${node(o, `${where}|${i}`)}]`,
            ),
          );
          return base('du', [
            ['d', lit(d.discriminator)],
            ['m', `[${m.join(', ')}]`],
          ]);
        }
        if (d.inclusive === false) throw new Error(`${schemasFile}: ${where}: the compiler does not know z.xor`);
        return base('union', [['o', `[${(d.options as Zod[]).map((o, i) => node(o, `${where}|${i}`)).join(', ')}]`]]);
      case 'custom':
        c = [
          obj([
            ['k', "'refine'"],
            ['f', fn(d.fn, where)],
            ['e', e],
            ['a', d.abort ? 'true' : undefined],
          ]),
          ...c,
        ];
        return obj([
          ['k', "'any'"],
          ['c', `[${c.join(', ')}]`],
          ['oi', oi],
          ['oo', oo],
        ]);
      case 'intersection':
        // zod reports a root unknown key only when both sides refuse it; the guard knows intersections without strict objects only
        if (rejectsKeys(d.left) || rejectsKeys(d.right))
          throw new Error(`${schemasFile}: ${where}: the compiler knows z.intersection of non-strict objects only`);
        return base('and', [
          ['l', node(d.left, `${where}&0`)],
          ['r', node(d.right, `${where}&1`)],
        ]);
      case 'pipe':
        return base('pipe', [
          ['in', node(d.in, where)],
          ['out', node(d.out, `${where}>`)],
        ]);
      case 'transform':
        return base('transform', [['f', fn(d.transform, where)]]);
    }
    throw new Error(`${schemasFile}: ${where}: the compiler does not know z.${d.type}`);
  };

  for (const [name, s] of names) node(s, name);
  const typeNames = names
    .map(([n]) => n)
    .filter((n) => exported.get(names.find(([m]) => m === n)![1])!.file === outFile);
  const dir = dirname(outFile);
  const lines = [
    `// Generated by scripts/compile-guards.ts from ${schemasFile}: do not edit. Regenerate: npx tsx scripts/compile-guards.ts`,
    '/**',
    ` * The zod-free compiled form of every schema of ${schemasFile}, run by the guard interpreter`,
    ' * (src/core/guardInterpreter.ts): what the rule functions validate with, so that only code asking for a',
    ' * schema loads zod.',
    ' * @module',
    ' */',
    "import type { z } from 'zod';",
    `import type { Guard } from '${rel(dir, 'src/core/guardInterpreter.ts')}';`,
    `import type { ${typeNames.join(', ')} } from '${rel(dir, schemasFile)}';`,
    ...[...imports]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, ns]) => `import { ${[...ns].sort().join(', ')} } from '${rel(dir, file)}';`),
    '',
    ...decls.flatMap((d) => [d, '']),
  ];
  return lines.join('\n').replace(/\n+$/, '\n');
}

const docOf = (name: string): string => `/** The compiled {@link ${name.replace(/Guard$/, 'Schema')}}. */\n`;

/** Whether `s` can refuse an unknown key at its root (a strict object, or one reached without a key). */
function rejectsKeys(s: Zod): boolean {
  const d = s._zod.def;
  if (d.type === 'object') return d.catchall?._zod.def.type === 'never';
  if (d.type === 'intersection') return rejectsKeys(d.left) || rejectsKeys(d.right);
  if (d.type === 'pipe') return rejectsKeys(d.in) || rejectsKeys(d.out);
  if (d.innerType) return rejectsKeys(d.innerType);
  if (d.options) return (d.options as Zod[]).some(rejectsKeys);
  return false;
}

function children(s: Zod): Zod[] {
  const d = s._zod.def;
  const out: Zod[] = [];
  if (d.type === 'object') out.push(...Object.values(d.shape));
  if (d.element) out.push(d.element);
  if (d.innerType) out.push(d.innerType);
  // a discriminated option with several tag values is met once per value: it becomes one local const
  if (d.options)
    for (const o of d.options as Zod[])
      out.push(
        ...(d.discriminator === undefined
          ? [o]
          : Array.from(o._zod.propValues[d.discriminator] as Set<unknown>, () => o)),
      );
  if (d.type === 'pipe') out.push(d.in, d.out);
  if (d.type === 'intersection') out.push(d.left, d.right);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of await compileGuards()) {
    const path = join(ROOT, file);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // a new target
    }
    if (old === text) continue;
    if (check) {
      stale++;
      console.error(`${file} is stale: run npx tsx scripts/compile-guards.ts`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${file}`);
    }
  }
  if (stale) process.exit(1);
}
