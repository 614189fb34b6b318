/**
 * What each export costs a user's bundle (issue 13), measured the way a bundler sees the package: the
 * built ESM entry of its subpath, tree-shaken, minified and gzipped (level 9), with every dependency
 * bundled (zod included). Shared by `npm run bench -- size` (bench/size.bench.ts) and the size test
 * (tests/packaging/size.test.ts). Bytes are decimal (1 kB = 1,000 B).
 *
 * esbuild's default ASCII charset is kept: it writes each Hangul character as `\uXXXX`, where Rollup,
 * webpack and terser emit UTF-8. That is what an esbuild user ships, and an upper bound for the others
 * (the gzipped difference is 0.1-0.3 kB per bundle: the holiday names are stored once, and gzip folds the
 * repeated escapes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const DIST = join(import.meta.dirname, '../dist');
export const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'] as const;
/** The rule catalogue's exports: prose for people, which no rule function needs. */
export const CATALOGUE = ['RULES', 'explainRule', 'findRules', 'isRuleId'] as const;
/** The budgets of issue 13, in bytes min+gzip. */
export const FUNCTION_BUDGET = 10_000;
/**
 * createSupportSchedule returns every support-hours function, so it is the whole module and is held to a
 * budget of its own: measured 12,459 B on 2026-12-06 (9,900 B in 0.2.0, plus the calendar shipped day by day
 * for 1990-2050, issue 24: no projection at start-up, +1.5 kB; and each day's basis, issue 23, +1.1 kB), then
 * 15,078 B with issue 23's schedules (own weekly hours, part-day closures, recurring holidays, business-day
 * deadlines as instants, Temporal dates), plus 2% for the gzip of the Node that runs it.
 */
export const SCHEDULE_BUDGET = 15_400;
/**
 * applyVoiceRoomEvents is a batch: the whole delivery protocol of issue 21 (receipts, seq gaps and conflicts),
 * the batch reader that checks its cap before reading an element, and the error that explains malformed events.
 * Measured 10,263 B on 2026-12-06, plus 2%.
 */
export const BATCH_BUDGET = 10_500;
/** The functions held to a budget of their own instead of FUNCTION_BUDGET. */
export const budgetOf = (name: string): number =>
  (CATALOGUE as readonly string[]).includes(name)
    ? CATALOGUE_BUDGET
    : name === 'createSupportSchedule'
      ? SCHEDULE_BUDGET
      : name === 'applyVoiceRoomEvents'
        ? BATCH_BUDGET
        : FUNCTION_BUDGET;
/** Every rule function together: 41,569 B on 2026-12-06 (0.3.0's delivery protocol and schedules), plus 2%. */
export const ALL_RULE_FUNCTIONS_BUDGET = 42_400;
/**
 * The catalogue's ratchet, which its own functions (explainRule, findRules, isRuleId) carry: measured
 * 19,069 B on 2026-12-01 (0.2.0 added every entry's codes and the revised interpretations; issue 7's
 * 16.5 kB was set before), plus 1.2% for the gzip of the Node that runs it (issue 17). 0.3.0 (issue 22)
 * measured 19,476 B: RuleInputError's cross-copy brand and 100-issue cap and describeValue's cut of any
 * value (+206 B), the KakaoPage batch cap in two entries' limits; then 19,824 B with the new codes and functions
 * the entries name (seq-gap, seq-conflict, seq-forgotten, closure, outside-hours, koreanBusinessDayDeadline); the
 * budget keeps 2% over that.
 */
export const CATALOGUE_BUDGET = 20_200;

/** The built ESM entry of a subpath: '' for the root, or a module name. */
export const entryOf = (subpath: string): string => join(DIST, subpath, 'index.js');
export const built = (): boolean => existsSync(entryOf(''));

export interface Bundle {
  /** Bytes of the minified bundle, gzipped at level 9. */
  readonly gzip: number;
  /** Bytes of the minified bundle. */
  readonly minified: number;
  /** Whether any of zod's files contributes bytes. */
  readonly zod: boolean;
}

/** Bundles `export { names } from entry` (or any ESM source) with its dependencies, minified. */
export async function bundle(code: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: DIST, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const contents = result.outputFiles[0]!.contents;
  // Modules that contribute bytes (one reached but shaken away to nothing does not count).
  const used = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([name]) => name),
  );
  return {
    gzip: gzipSync(contents, { level: 9 }).length,
    minified: contents.length,
    zod: used.some((i) => i.includes('node_modules/zod/')),
  };
}

export const reexport = (names: readonly string[], subpath: string): string =>
  `export { ${names.join(', ')} } from ${JSON.stringify(entryOf(subpath))};`;

export interface ExportedFunction {
  readonly name: string;
  /** '' for the root; otherwise the module subpath it is measured from (`kakao-rules/<subpath>`). */
  readonly subpath: string;
}

/**
 * Every exported function of the package (classes included; schemas and constants are not functions),
 * each with the subpath a user imports it from: its module's, or the root for what only the root exports.
 */
export async function exportedFunctions(): Promise<ExportedFunction[]> {
  const functionsOf = async (subpath: string): Promise<string[]> =>
    Object.entries((await import(entryOf(subpath))) as Record<string, unknown>)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
  const found: ExportedFunction[] = [];
  for (const m of MODULES) for (const name of await functionsOf(m)) found.push({ name, subpath: m });
  const inModules = new Set(found.map((f) => f.name));
  for (const name of await functionsOf('')) if (!inModules.has(name)) found.push({ name, subpath: '' });
  return found;
}

/** Every exported function but the catalogue's, as one re-export of the root. */
export async function ruleFunctionsTogether(): Promise<string> {
  const names = (await exportedFunctions())
    .map((f) => f.name)
    .filter((n) => !(CATALOGUE as readonly string[]).includes(n));
  return reexport(names.sort(), '');
}

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export interface Packed {
  /** Bytes of the tarball `npm pack` would publish (gzipped). */
  readonly size: number;
  /** Bytes of its files, unpacked. */
  readonly unpackedSize: number;
  readonly files: number;
}

/** What `npm publish` would upload: `npm pack --dry-run` of the repository (dist/ built). */
export function packed(): Packed {
  const [p] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: join(DIST, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { size: number; unpackedSize: number; entryCount: number }[];
  return { size: p!.size, unpackedSize: p!.unpackedSize, files: p!.entryCount };
}
