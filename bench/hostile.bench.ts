/**
 * Issue 22's figures, reported (never asserted):
 * 1. Bounded work: each collection-taking export given 10,000,000 elements (a holey array of that
 *    length, and a real one) and 1,000,000-character strings: time of the call and heap growth, against
 *    a baseline measured in the same process, the time to build a real 10,000,000-element array.
 * 2. The CLI in constant memory: `kakao-rules voiceroom replay` of about 200 MB of generated JSONL (a
 *    room whose listeners join and leave, 3 million events), its wall time and maximum resident set
 *    size from /usr/bin/time -v (or from the child's own report where that tool is missing).
 * Run: npm run build && npm run bench -- hostile
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  RuleInputError,
  checkContentReport,
  checkImpersonationReport,
  combineMeasures,
  mostSevereRestriction,
  newAuthorRanking,
  newWorks,
  restrictionRank,
} from '../src/index.js';

const TEN_MILLION = 10_000_000;
const holey = (): unknown[] => {
  const a: unknown[] = [];
  a.length = TEN_MILLION;
  return a;
};
const MILLION = 'x'.repeat(1_000_000);

/** Median time (ms) of `runs` calls of `f`, and the heap growth (MB) of the last one. */
function measure(f: () => unknown, runs = 5): { ms: number; heapMb: number } {
  const times: number[] = [];
  let heapMb = 0;
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const t = performance.now();
    try {
      f();
    } catch (e) {
      if (!(e instanceof RuleInputError)) throw e;
    }
    times.push(performance.now() - t);
    heapMb = (process.memoryUsage().heapUsed - heap) / 2 ** 20;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(runs / 2)]!, heapMb };
}

const real = new Array<unknown>(TEN_MILLION).fill('none');
// built once: setting the length of an array allocates its backing store, a cost of the caller's, not of the call
const hole = holey();
const baseline = measure(() => new Array<unknown>(TEN_MILLION).fill('none'), 3);
const cases: [string, () => unknown][] = [
  ['mostSevereRestriction(holey 1e7)', () => mostSevereRestriction(hole as never)],
  ['mostSevereRestriction(real 1e7)', () => mostSevereRestriction(real as never)],
  ['combineMeasures(holey 1e7)', () => combineMeasures(hole as never)],
  ['combineMeasures(real 1e7)', () => combineMeasures(real as never)],
  ['newWorks(holey 1e7)', () => newWorks(hole as never, 0)],
  ['newWorks(real 1e7)', () => newWorks(real as never, 0)],
  ['newAuthorRanking(real 1e7)', () => newAuthorRanking(real as never, 0)],
  [
    'checkContentReport(episodes 1e7)',
    () => checkContentReport({ postId: 'p', reason: 'r', episodeNumbers: real as never }, []),
  ],
  [
    'checkImpersonationReport(masked 1e7)',
    () => checkImpersonationReport({ messagesReported: true, identityProof: { masked: real as never } }),
  ],
  [
    'mostSevereRestriction(10,000 bad: 100 issues + count)',
    () => mostSevereRestriction(real.slice(0, 10_000).fill('ban') as never),
  ],
  ['restrictionRank(1e6-char string)', () => restrictionRank(MILLION as never)],
  ['newWorks(1e6-char id x 1)', () => newWorks([{ id: MILLION, firstEpisodeAt: 0 }], 0)],
];

console.log(`baseline: building a real 1e7-element array: ${baseline.ms.toFixed(1)} ms\n`);
console.log(`${'case'.padEnd(58)}${'ms'.padStart(10)}${'x baseline'.padStart(12)}${'heap MB'.padStart(10)}`);
for (const [name, f] of cases) {
  const { ms, heapMb } = measure(f);
  console.log(
    `${name.padEnd(58)}${ms.toFixed(3).padStart(10)}${(ms / baseline.ms).toFixed(4).padStart(12)}${heapMb.toFixed(1).padStart(10)}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 2. The CLI streaming 200 MB of JSONL

const bin = join(import.meta.dirname, '../dist/cli/index.js');
if (!existsSync(bin)) {
  console.log('\n(no dist/cli/index.js: npm run build first for the CLI figures)');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-bench-'));
  const file = join(dir, 'room.jsonl');
  const out = createWriteStream(file);
  const OPENED = Date.parse('2026-01-01T10:00:00+09:00');
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`{"roomId":"bench","chat":{"kind":"open-group"},"creatorId":"ann","at":${OPENED}}\n`);
  const EVENTS = 3_000_000;
  for (let i = 0; i < EVENTS; i++) {
    const user = `listener-with-a-long-enough-id-${i % 1000}`;
    const type = Math.floor(i / 1000) % 2 === 0 ? 'join' : 'leave';
    await write(`{"type":"${type}","userId":"${user}","at":${OPENED + 1 + Math.floor(i / 20)}}\n`);
  }
  await new Promise<void>((r) => out.end(() => r()));
  const mb = statSync(file).size / 1e6;
  const timed = existsSync('/usr/bin/time');
  const t = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'voiceroom', 'replay', file, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, [bin, 'voiceroom', 'replay', file, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
  const seconds = (performance.now() - t) / 1000;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')?.[1] ?? Number.NaN);
  const parsedOut = run.status === 0 ? (JSON.parse(run.stdout) as { summary: { participants: number } }) : undefined;
  console.log(
    `\nCLI voiceroom replay of ${mb.toFixed(0)} MB (${EVENTS.toLocaleString('en')} events): exit ${run.status}, ` +
      `${seconds.toFixed(1)} s, ${(mb / seconds).toFixed(1)} MB/s, max RSS ${timed ? `${(rssKb / 1024).toFixed(1)} MB` : 'n/a (no /usr/bin/time)'}` +
      `${parsedOut ? `, final participants ${parsedOut.summary.participants}` : `\n${run.stderr}`}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
