/**
 * kakaopage hot paths: `isNewWork` and `isNewAuthorRankingEligible` against an inline arithmetic
 * comparison on the same inputs, in the same process, and against the same comparison preceded by the
 * validation every accepted epoch-ms value needs (an integer within the Date range), which shows what
 * validation alone costs. Inputs are epoch ms, Dates and ISO strings
 * (1,024 of each, cycled so nothing is constant-folded). Prints mitata's table, then the ratios.
 * Run: npm run bench -- kakaopage
 */
import { bench, do_not_optimize, group, run } from 'mitata';
import { isNewAuthorRankingEligible, isNewWork } from '../src/kakaopage/index.js';

const N = 1024;
const DAY = 86_400_000;
const BASE = Date.parse('2026-01-01T00:00:00+09:00');
let seed = 42;
const rand = (max: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * max;

const firstMs = Array.from({ length: N }, () => BASE + Math.floor(rand(60 * DAY)));
const nickMs = firstMs.map((f) => f - Math.floor(rand(60 * DAY)));
const atMs = firstMs.map((f) => f + Math.floor(rand(70 * DAY)) - 5 * DAY);
const toIso = (ms: number) => new Date(ms + 9 * 3_600_000).toISOString().replace('Z', '+09:00');
const firstDate = firstMs.map((ms) => new Date(ms));
const atDate = atMs.map((ms) => new Date(ms));
const firstIso = firstMs.map(toIso);
const atIso = atMs.map(toIso);
const workMs = firstMs.map((f, i) => ({ nicknameCreatedAt: nickMs[i]!, firstEpisodeAt: f }));
const workDate = workMs.map((w) => ({
  nicknameCreatedAt: new Date(w.nicknameCreatedAt),
  firstEpisodeAt: new Date(w.firstEpisodeAt),
}));
const workIso = workMs.map((w) => ({
  nicknameCreatedAt: toIso(w.nicknameCreatedAt),
  firstEpisodeAt: toIso(w.firstEpisodeAt),
}));

const W30 = 30 * DAY;
const W60 = 60 * DAY;
/** The check every accepted epoch-ms value must pass, written inline: a second baseline that validates as the library must. */
const valid = (v: number) => Math.abs(v) <= 8.64e15 && Math.floor(v) === v;
let i = 0;

group(() => {
  bench('inline: new work (ms)', () => {
    i = (i + 1) & (N - 1);
    const f = firstMs[i]!;
    const a = atMs[i]!;
    do_not_optimize(a >= f && a - f < W30);
  }).baseline(true);
  bench('inline, validating: new work (ms)', () => {
    i = (i + 1) & (N - 1);
    const f = firstMs[i]!;
    const a = atMs[i]!;
    do_not_optimize(valid(f) && valid(a) && a >= f && a - f < W30);
  });
  bench('isNewWork (ms)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewWork(firstMs[i]!, atMs[i]!));
  });
  bench('inline: new work (Date getTime)', () => {
    i = (i + 1) & (N - 1);
    const f = firstDate[i]!.getTime();
    const a = atDate[i]!.getTime();
    do_not_optimize(a >= f && a - f < W30);
  });
  bench('inline, validating: new work (Date getTime)', () => {
    i = (i + 1) & (N - 1);
    const f = firstDate[i]!.getTime();
    const a = atDate[i]!.getTime();
    do_not_optimize(valid(f) && valid(a) && a >= f && a - f < W30);
  });
  bench('isNewWork (Date)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewWork(firstDate[i]!, atDate[i]!));
  });
  bench('inline: new work (Date.parse ISO)', () => {
    i = (i + 1) & (N - 1);
    const f = Date.parse(firstIso[i]!);
    const a = Date.parse(atIso[i]!);
    do_not_optimize(a >= f && a - f < W30);
  });
  bench('isNewWork (ISO)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewWork(firstIso[i]!, atIso[i]!));
  });
});

group(() => {
  bench('inline: new author (ms)', () => {
    i = (i + 1) & (N - 1);
    const w = workMs[i]!;
    const a = atMs[i]!;
    do_not_optimize(
      a >= w.nicknameCreatedAt && a >= w.firstEpisodeAt && a - w.nicknameCreatedAt < W60 && a - w.firstEpisodeAt < W30,
    );
  }).baseline(true);
  bench('inline, validating: new author (ms)', () => {
    i = (i + 1) & (N - 1);
    const w = workMs[i]!;
    const [n, f, a] = [w.nicknameCreatedAt, w.firstEpisodeAt, atMs[i]!];
    do_not_optimize(valid(n) && valid(f) && valid(a) && a >= n && a >= f && a - n < W60 && a - f < W30);
  });
  bench('isNewAuthorRankingEligible (ms)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewAuthorRankingEligible(workMs[i]!, atMs[i]!));
  });
  bench('inline: new author (Date getTime)', () => {
    i = (i + 1) & (N - 1);
    const w = workDate[i]!;
    const n = w.nicknameCreatedAt.getTime();
    const f = w.firstEpisodeAt.getTime();
    const a = atDate[i]!.getTime();
    do_not_optimize(a >= n && a >= f && a - n < W60 && a - f < W30);
  });
  bench('inline, validating: new author (Date getTime)', () => {
    i = (i + 1) & (N - 1);
    const w = workDate[i]!;
    const n = w.nicknameCreatedAt.getTime();
    const f = w.firstEpisodeAt.getTime();
    const a = atDate[i]!.getTime();
    do_not_optimize(valid(n) && valid(f) && valid(a) && a >= n && a >= f && a - n < W60 && a - f < W30);
  });
  bench('isNewAuthorRankingEligible (Date)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewAuthorRankingEligible(workDate[i]!, atDate[i]!));
  });
  bench('inline: new author (Date.parse ISO)', () => {
    i = (i + 1) & (N - 1);
    const w = workIso[i]!;
    const n = Date.parse(w.nicknameCreatedAt);
    const f = Date.parse(w.firstEpisodeAt);
    const a = Date.parse(atIso[i]!);
    do_not_optimize(a >= n && a >= f && a - n < W60 && a - f < W30);
  });
  bench('isNewAuthorRankingEligible (ISO)', () => {
    i = (i + 1) & (N - 1);
    do_not_optimize(isNewAuthorRankingEligible(workIso[i]!, atIso[i]!));
  });
});

const { benchmarks } = await run();
const stats = new Map(benchmarks.map((t) => [t.alias, t.runs[0]?.stats]));
const median = (name: string): number => stats.get(name)?.p50 ?? NaN;
/** How many times the time of `base` `fn` takes (medians): every ratio below reads the same way. */
const times = (fn: string, base: string): string => `${(median(fn) / median(base)).toFixed(2)}x`;
// The target (within 2x) is measured against an inline comparison that validates its input as the
// library must (a check that must refuse garbage is compared with one that does too); the bare
// comparison, which would answer for garbage, is printed beside it for information only.
console.log('\nratios: the time of each check, in times the time of its baseline (medians; lower is faster)');
for (const [kind, fn] of [
  ['new work', 'isNewWork'],
  ['new author', 'isNewAuthorRankingEligible'],
] as const) {
  for (const [input, inline] of [
    ['ms', 'ms'],
    ['Date', 'Date getTime'],
  ] as const) {
    const r = median(`${fn} (${input})`) / median(`inline, validating: ${kind} (${inline})`);
    console.log(
      `  ${`${fn} (${input})`.padEnd(36)} ${r.toFixed(2)}x the validating inline comparison: target within 2x ${r <= 2 ? 'met' : 'NOT met'}` +
        ` (bare inline: ${times(`${fn} (${input})`, `inline: ${kind} (${inline})`)}, for information)`,
    );
  }
  console.log(
    `  ${`${fn} (ISO)`.padEnd(36)} ${times(`${fn} (ISO)`, `inline: ${kind} (Date.parse ISO)`)} an inline Date.parse comparison (no target)`,
  );
}
