import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

// Issue 22 against the installed package, ESM and CommonJS copies loaded in one process: errors
// recognised across copies, every exported constant deeply frozen and mutation-proof, and every name
// the README and the CHANGELOG promise exported (issue 21: INPUT_ISSUE_CODES was not).
const root = join(import.meta.dirname, '../..');
const dir = inject('consumerDir');
const installed = join(dir, 'node_modules/kakao-rules');
const require = createRequire(join(dir, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const specifiers = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && !k.includes('*'))
  .map((k) => k.replace(/^\./, 'kakao-rules'));

type Module = Record<string, unknown>;
/** The installed ESM file of `spec`, read from the package's exports map, imported by its path. */
const esm = async (spec: string): Promise<Module> => {
  const entry = pkg.exports[spec.replace(/^kakao-rules/, '.')] as { import: { default: string } };
  return (await import(pathToFileURL(join(installed, entry.import.default)).href)) as Module;
};
const cjs = (spec: string): Module => require(spec) as Module;

/** A zod schema: left as zod builds it (zod fills its caches lazily, so a frozen schema would break). */
const isSchema = (v: unknown): boolean => typeof v === 'object' && v !== null && '_zod' in v;

/** The path to the first object reachable from `value` that is not frozen, or undefined. */
function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value) || isSchema(value)) return undefined;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Reflect.ownKeys(value)) {
    const found = unfrozen((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('the ESM and CommonJS copies in one process', () => {
  it('a RuleInputError thrown by either copy is an instance of both copies’ class (0.2.0: of its own only)', async () => {
    const m = await esm('kakao-rules');
    const c = cjs('kakao-rules');
    expect(m.RuleInputError).not.toBe(c.RuleInputError);
    const thrownBy = (lib: Module): unknown => {
      try {
        (lib.mostSevereRestriction as (x: unknown) => unknown)(['no-such-level']);
      } catch (e) {
        return e;
      }
      throw new Error('did not throw');
    };
    for (const error of [thrownBy(m), thrownBy(c)]) {
      expect(error).toBeInstanceOf(m.RuleInputError as never);
      expect(error).toBeInstanceOf(c.RuleInputError as never);
      expect(error).toBeInstanceOf(Error);
    }
    // a look-alike without the brand is not one
    expect({ name: 'RuleInputError', issues: [] }).not.toBeInstanceOf(m.RuleInputError as never);
    expect(new Error('x')).not.toBeInstanceOf(c.RuleInputError as never);
  });
});

describe('every exported constant, of every entry point, is deeply frozen', () => {
  it.each(specifiers)('%s', async (spec) => {
    for (const lib of [await esm(spec), cjs(spec)]) {
      const found = Object.entries(lib)
        .filter(([, v]) => typeof v !== 'function')
        .map(([name, v]) => unfrozen(v, name))
        .filter((p) => p !== undefined);
      expect(found).toEqual([]);
    }
  });

  it('trying to change every exported array changes no answer (0.2.0: RESTRICTION_LEVELS.sort() did)', async () => {
    const lib = await esm('kakao-rules');
    const ask = (): unknown[] => [
      (lib.mostSevereRestriction as (x: unknown) => unknown)(['user-protection', 'permanent-restriction']),
      (lib.restrictionRank as (x: unknown) => unknown)('temporary-restriction'),
      (lib.combineMeasures as (x: unknown) => unknown)(['temporary-measure', 'none']),
      (lib.assessViolation as (x: unknown) => unknown)({ kind: 'spam', context: 'open-chat', count: 1 }),
      (lib.checkCall as (x: unknown) => unknown)({ kind: 'voice', areFriends: true }),
    ];
    const before = JSON.stringify(ask());
    for (const [name, value] of Object.entries(lib)) {
      if (!Array.isArray(value)) continue;
      const snapshot = JSON.stringify(value);
      for (const attempt of [
        (a: unknown[]) => a.sort(),
        (a: unknown[]) => a.reverse(),
        (a: unknown[]) => a.push('x'),
        (a: unknown[]) => a.fill('x'),
        (a: unknown[]) => {
          a[0] = 'x';
        },
        (a: unknown[]) => {
          a.length = 0;
        },
      ]) {
        try {
          attempt(value);
        } catch {
          // a frozen array refuses (a TypeError); what matters is that nothing changed
        }
        expect(JSON.stringify(value), name).toBe(snapshot);
      }
    }
    expect(JSON.stringify(ask())).toBe(before);
    expect(before).toContain('"permanent-restriction"');
  });
});

// Names in backticks that look like exports: `fn(...)`, `UPPER_CASE` constants, `PascalCase` types.
// Not exports: the environment variable and the REPL helper the README names, and the left column of
// the CHANGELOG's migration tables (the names a release removed or renamed).
const NOT_EXPORTS = new Set(['NO_COLOR', 'now']);
function promisedNames(): { values: string[]; types: string[] } {
  const values = new Set<string>();
  const types = new Set<string>();
  for (const file of ['README.md', 'CHANGELOG.md']) {
    for (const line of readFileSync(join(root, file), 'utf8').split('\n')) {
      const text = line.startsWith('|') && file === 'CHANGELOG.md' ? line.split('|').slice(2).join('|') : line;
      for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) {
        const call = /^([a-z][A-Za-z0-9]*)\(/.exec(span!)?.[1];
        const constant = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/.exec(span!)?.[1];
        const type = /^([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)$/.exec(span!)?.[1];
        if (call !== undefined) values.add(call);
        else if (constant !== undefined) values.add(constant);
        else if (type !== undefined && !(type in globalThis)) types.add(type);
      }
    }
  }
  return { values: [...values].filter((n) => !NOT_EXPORTS.has(n)), types: [...types] };
}

describe('every name the README and the CHANGELOG promise is exported by the built package', () => {
  const { values, types } = promisedNames();
  it('finds the names, INPUT_ISSUE_CODES and InputIssueCode among them', () => {
    expect(values).toContain('INPUT_ISSUE_CODES');
    expect(types).toContain('InputIssueCode');
    expect(values.length + types.length).toBeGreaterThan(30);
  });
  it('every value from the root or kakao-rules/schemas, ESM and CommonJS', async () => {
    const exported = new Set([
      ...Object.keys(await esm('kakao-rules')),
      ...Object.keys(await esm('kakao-rules/schemas')),
    ]);
    const required = new Set([...Object.keys(cjs('kakao-rules')), ...Object.keys(cjs('kakao-rules/schemas'))]);
    expect(values.filter((n) => !exported.has(n))).toEqual([]);
    expect(values.filter((n) => !required.has(n))).toEqual([]);
  });
  it('every type from the root or kakao-rules/schemas declarations', () => {
    const declarations = ['index.d.ts', 'schemas.d.ts'].map((f) => readFileSync(join(installed, 'dist', f), 'utf8'));
    // each entry's declarations declare a name or re-export it by name from a shared chunk
    const exportedByEntry = (name: string) => declarations.some((d) => new RegExp(`\\b${name}\\b`).test(d));
    expect(types.filter((n) => !exportedByEntry(n))).toEqual([]);
  });
});
