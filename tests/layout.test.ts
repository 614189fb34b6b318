import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// CONTRIBUTING, "Tests: where they live": tests/<path>.test.ts (examples and edges) or
// tests/<path>.prop.test.ts (laws) covers src/<path>.ts, so a maintainer finds a file's tests by its
// name. A file that only declares needs none: zod schemas (`schemas.ts`), generated data
// (`*.generated.ts`), and any file that only declares types or re-exports (every `index.ts` but the
// bin's, every `types.ts`, `core/interval.ts`, `cjs-schemas.ts`), recognised below. Every other file
// without its own test is listed in EXEMPT with the tests that cover it. A new file gets its own test.

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** Every .ts file under `dir`, as a path relative to src/, sorted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory()
        ? sourceFiles(join(dir, d.name))
        : d.name.endsWith('.ts')
          ? [relative(SRC, join(dir, d.name))]
          : [],
    )
    .sort();
}

const withoutComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/**
 * Whether a file only declares: each statement (Biome starts every one at column 0) is a type import,
 * a type or interface, or a re-export; continuation lines start with a space or a closing bracket.
 */
function onlyDeclares(file: string): boolean {
  return withoutComments(readFileSync(join(SRC, file), 'utf8'))
    .split('\n')
    .filter((line) => /^[^\s})\]|&>]/.test(line))
    .every((line) => /^(import type |export (type |interface |\* from |\{))/.test(line));
}

const declaredByName = (file: string): boolean => /(^|\/)schemas\.ts$|\.generated\.ts$/.test(file);

const hasOwnTest = (file: string): boolean =>
  ['.test.ts', '.prop.test.ts'].some((ext) => existsSync(join(ROOT, 'tests', file.replace(/\.ts$/, ext))));

/**
 * The source files without a test file of their own, grouped, each group with the test files that
 * cover it. Theme files that span several sources stay whole: they are not split to match names.
 */
const EXEMPT: readonly { readonly files: readonly string[]; readonly coveredBy: readonly string[] }[] = [
  // The bin's process glue (stdio, colour, EPIPE), which the suite runs only as the built bin.
  { files: ['cli/index.ts'], coveredBy: ['tests/cli/cli.test.ts'] },
  // The CLI's dispatcher, the `rules` command and the JSON-lines reader: every tests/cli/*.test.ts goes
  // through main; the others are tested where their commands are.
  { files: ['cli/main.ts', 'cli/rules.ts'], coveredBy: ['tests/cli/cli.test.ts', 'tests/cli/conventions.test.ts'] },
  { files: ['cli/lines.ts'], coveredBy: ['tests/cli/stream.test.ts'] },
  // Core: the catalogue's types, deepFreeze and defineRules; defineSchema.
  { files: ['core/catalogue.ts'], coveredBy: ['tests/rules.test.ts'] },
  {
    files: ['core/defineSchema.ts'],
    coveredBy: ['tests/core/guards.generated.test.ts', 'tests/packaging/size.test.ts'],
  },
  // The calls checks, one small file each, tested together by function.
  {
    files: ['calls/charges.ts', 'calls/friendsOnly.ts', 'calls/liveTalk.ts', 'calls/trouble.ts'],
    coveredBy: ['tests/calls/calls.test.ts', 'tests/calls/calls.prop.test.ts', 'tests/calls/inputs.test.ts'],
  },
  // KakaoPage: the Stage rules and the store rules, each theme in one file; the refusal tables by mask.
  {
    files: ['kakaopage/contracts.ts', 'kakaopage/stageMessages.ts', 'kakaopage/stageOn.ts'],
    coveredBy: ['tests/kakaopage/stage.test.ts', 'tests/kakaopage/rules.prop.test.ts'],
  },
  {
    files: ['kakaopage/dataCharges.ts', 'kakaopage/purchases.ts', 'kakaopage/report.ts'],
    coveredBy: [
      'tests/kakaopage/store.test.ts',
      'tests/kakaopage/guardPaths.test.ts',
      'tests/kakaopage/rules.prop.test.ts',
    ],
  },
  {
    files: ['kakaopage/reasons.ts'],
    coveredBy: ['tests/kakaopage/newAuthor.test.ts', 'tests/kakaopage/store.test.ts'],
  },
  // Policy: the account and report checks, tested together in account.test.ts.
  {
    files: [
      'policy/election.ts',
      'policy/impersonation.ts',
      'policy/inquiry.ts',
      'policy/memo.ts',
      'policy/memorial.ts',
      'policy/playStore.ts',
    ],
    coveredBy: ['tests/policy/account.test.ts', 'tests/policy/account.prop.test.ts'],
  },
  // Support hours: business days with the deadlines; the calendar and the schedule's refinements with the
  // schedules; the holiday projection with the holidays and the shipped table.
  {
    files: ['support-hours/businessDays.ts'],
    coveredBy: ['tests/support-hours/deadlines.test.ts', 'tests/support-hours/deadlines.prop.test.ts'],
  },
  {
    files: ['support-hours/calendar.ts', 'support-hours/refinements.ts'],
    coveredBy: [
      'tests/support-hours/schedule.test.ts',
      'tests/support-hours/schedule-hours.test.ts',
      'tests/support-hours/agentChat.test.ts',
    ],
  },
  {
    files: ['support-hours/projection.ts'],
    coveredBy: ['tests/support-hours/holidays.test.ts', 'tests/support-hours/holidays.generated.test.ts'],
  },
  // Voice rooms: the reducer's tests are split by theme (events, protocol, transitions, inputs).
  {
    files: ['voiceroom/load.ts'],
    coveredBy: [
      'tests/voiceroom/fastload.test.ts',
      'tests/voiceroom/fixtures.test.ts',
      'tests/voiceroom/protocol.test.ts',
    ],
  },
];

const exempted = new Map(EXEMPT.flatMap((e) => e.files.map((f) => [f, e.coveredBy] as const)));
const files = sourceFiles(SRC);

describe('tests beside what they test (CONTRIBUTING, "Tests: where they live")', () => {
  it('every source file has its same-named test file, only declares, or is exempted with its tests', () => {
    const missing = files.filter((f) => !hasOwnTest(f) && !declaredByName(f) && !onlyDeclares(f) && !exempted.has(f));
    expect(missing, 'add tests/<path>.test.ts for each (or, for a theme file, an EXEMPT entry)').toEqual([]);
  });

  it('every exemption is still needed, and names test files that exist', () => {
    const stale = [...exempted].flatMap(([file, tests]) => [
      ...(files.includes(file) ? [] : [`${file}: no such source file`]),
      ...(hasOwnTest(file) ? [`${file}: has its own test now`] : []),
      ...(files.includes(file) && onlyDeclares(file) ? [`${file}: only declares`] : []),
      ...tests.filter((t) => !existsSync(join(ROOT, t))).map((t) => `${file}: ${t} does not exist`),
    ]);
    expect(stale).toEqual([]);
  });

  it('recognises what only declares, and what does not', () => {
    expect(files.filter((f) => !declaredByName(f) && onlyDeclares(f))).toEqual([
      'calls/index.ts',
      'cjs-schemas.ts',
      'core/index.ts',
      'core/interval.ts',
      'index.ts',
      'kakaopage/index.ts',
      'kakaopage/types.ts',
      'policy/index.ts',
      'support-hours/index.ts',
      'support-hours/types.ts',
      'voiceroom/index.ts',
      'voiceroom/types.ts',
    ]);
  });
});

describe('a rule keeps its refusals (CONTRIBUTING, "Names")', () => {
  it("a refusal type is declared in its module's rules.ts, never in types.ts or beside a function", () => {
    const elsewhere = files
      .filter((f) => !f.startsWith('core/') && !f.endsWith('/rules.ts'))
      .flatMap((f) =>
        [
          ...withoutComments(readFileSync(join(SRC, f), 'utf8')).matchAll(/^export type (\w+)[^=;]*=[^;]*\bRefusal</gm),
        ].map(([, name]) => `${f}: ${name}`),
      );
    expect(elsewhere).toEqual([]);
  });
});
