import { describe, expect, it } from 'vitest';
import {
  ALL_RULE_FUNCTIONS_BUDGET,
  CATALOGUE,
  CATALOGUE_BUDGET,
  FUNCTION_BUDGET,
  built,
  bundle,
  entryOf,
  exportedFunctions,
  reexport,
  ruleFunctionsTogether,
} from '../../bench/sizes.js';

// Bundle budgets, measured the way a user's bundler sees the package: the built ESM entry, tree-shaken,
// minified, gzipped (bench/sizes.ts; `npm run bench -- size` prints the same figures as a table).
// Bytes are decimal (1 kB = 1,000 B).
const entry = entryOf('');
const functions = built() ? await exportedFunctions() : [];
const isCatalogue = (name: string): boolean => (CATALOGUE as readonly string[]).includes(name);

// Issue 13's budgets, zod bundled like any dependency: every exported function alone from its subpath
// at most 10 kB, all rule functions together at most 36 kB. Pending: while a bundle still holds zod
// (most rule functions validate with zod today, ~94 kB each), its test is skipped with its size in the
// note, so the summary counts the pending ones; the moment a function stops importing zod its budget
// is enforced, with no edit here. A zod-free bundle over budget fails.
// The catalogue's own functions (explainRule, findRules, isRuleId) carry the catalogue and are held to
// its budget below instead.
describe.runIf(built())('issue 13: every exported function alone, dependencies included', () => {
  it('finds every exported function of every subpath', () => {
    expect(functions.length).toBeGreaterThan(60);
    expect(new Set(functions.map((f) => f.subpath))).toEqual(new Set(['', 'voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage']));
  });

  it.for(functions.filter((f) => !isCatalogue(f.name)).map((f) => ({ ...f, from: `kakao-rules${f.subpath ? `/${f.subpath}` : ''}` })))(
    '$name from $from: at most 10 kB min+gzip',
    async ({ name, subpath }, { skip }) => {
      const { gzip, zod } = await bundle(reexport([name], subpath));
      if (zod && gzip > FUNCTION_BUDGET) skip(`pending the zod-free rule functions: ${gzip} B with zod`);
      expect(gzip, `${name}: ${gzip} B`).toBeLessThanOrEqual(FUNCTION_BUDGET);
      expect(gzip).toBeGreaterThan(0);
    },
  );

  it('all rule functions together (the catalogue aside): at most 36 kB min+gzip', async ({ skip }) => {
    const { gzip, zod } = await bundle(await ruleFunctionsTogether());
    if (zod && gzip > ALL_RULE_FUNCTIONS_BUDGET) skip(`pending the zod-free rule functions: ${gzip} B with zod`);
    expect(gzip).toBeLessThanOrEqual(ALL_RULE_FUNCTIONS_BUDGET);
  });
});

// Issue 7's budgets, and ratchets above the figures measured on 2026-12-01. The build is reproducible
// (tests/packaging/reproducible.test.ts: no hashed chunks, the same bytes in every checkout), so what is
// left to vary is the gzip of the Node that runs the test: each ratchet keeps at least 1% above its
// measured figure for that. The whole library is also measured in two parts: the rules (issue 7's 30 kB)
// and the bilingual rule catalogue, prose for people that no rule needs (see the README's "Size").
// Measured: isAgentChatOpen 4,428 B, isNewWork 989 B, the rules 26,279 B, the catalogue 15,983 B, the whole 41,409 B.
const budgets = [
  { name: 'isAgentChatOpen alone, holiday data included', code: `export { isAgentChatOpen } from ${JSON.stringify(entry)}`, limit: 6_000 },
  { name: 'isNewWork alone', code: `export { isNewWork } from ${JSON.stringify(entry)}`, limit: 1_000 },
];

/** Every export of the root except the rule catalogue (`RULES`, `explainRule`, `findRules`, `isRuleId`). */
async function exportsButCatalogue(): Promise<string> {
  const names = Object.keys(await import(entry)).filter((n) => !isCatalogue(n));
  return `export { ${names.join(', ')} } from ${JSON.stringify(entry)}`;
}

describe.runIf(built())('bundle budgets', () => {
  it.each(budgets)('$name: at most $limit B min+gzip, and no zod', async ({ code, limit }) => {
    const { gzip, zod } = await bundle(code);
    expect(gzip).toBeLessThanOrEqual(limit);
    expect(gzip).toBeGreaterThan(limit / 2); // the bundle still holds what it is named after
    expect(zod).toBe(false);
  });

  it('every export but the rule catalogue, without zod: at most 30 kB min+gzip', async () => {
    const { gzip } = await bundle(await exportsButCatalogue(), ['zod']);
    expect(gzip).toBeLessThanOrEqual(30_000);
  });

  it('the rule catalogue alone: at most 16.5 kB min+gzip', async () => {
    const { gzip } = await bundle(`export { RULES, explainRule, findRules, isRuleId } from ${JSON.stringify(entry)}`);
    expect(gzip).toBeLessThanOrEqual(CATALOGUE_BUDGET);
  });

  it.each(CATALOGUE.filter((n) => n !== 'RULES'))('%s alone: within the catalogue\'s 16.5 kB min+gzip', async (name) => {
    const { gzip } = await bundle(reexport([name], ''));
    expect(gzip).toBeLessThanOrEqual(CATALOGUE_BUDGET);
  });

  it('the whole library without zod: at most 42 kB min+gzip (measured 41.4 kB)', async () => {
    const { gzip } = await bundle(`export * from ${JSON.stringify(entry)}`, ['zod']);
    expect(gzip).toBeLessThanOrEqual(42_000);
  });
});
