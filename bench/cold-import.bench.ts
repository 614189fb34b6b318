/**
 * `npm run bench -- cold-import`: what kakao-rules adds to a fresh Node process, as a serverless function or a
 * CLI pays it (issue 24): for every entry point, in ESM (`import()`) and in CommonJS (`require()`), the import
 * alone, then the import plus the first call of each exported function of a module, one function per process.
 * ESM is measured on what Node's `import` resolves to: the bundled build under the `node` condition (dist/node/).
 * The first call is the function's own `@example` (tests/docs/examples.ts compiles it; its expected values are
 * not evaluated), so the arguments are real and documented. The root is measured with the first call of four
 * functions that touch its heaviest data: the holiday calendar, a voice room, the catalogue.
 *
 * Each figure is the median over interleaved rounds (one process of each kind per round, so load on the machine
 * falls on all alike) of (that process's time - the same round's bare `node` of the same module system).
 * Budgets: a module subpath, imported and first called, <= 25 ms over bare node; the root <= 60 ms; CommonJS
 * 15 ms more. `npm run build` first. ROUNDS=n (default 11); `npm run bench -- cold-import` prints, never asserts.
 *
 * Each process runs a program file, as a user's does (`node -e` would also charge the ESM loader's start-up).
 * Three clocks, the same processes. The default, CLOCK=inprocess, is the wall-clock time the process spends
 * from the first line of its program to the end of the first call (`performance.now()` around the program):
 * everything the library adds, since a bare `node` runs the same start-up before that line and the same exit
 * after it, without the start-up's own jitter, which on a small virtual machine is larger than the budgets
 * (a bare `node` varies by +-20 ms from one spawn to the next). CLOCK=wall is spawn to exit, what a user
 * waits, minus the same round's bare `node`: right on a quiet machine with many rounds, noisy elsewhere.
 * CLOCK=cpu is each process's CPU time (user + system, all threads, `process.cpuUsage()` at its end) minus
 * the bare one's: what the others on a shared machine disturb least, but it counts the work of threads that
 * run in parallel with the main one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectExamples, compileExample } from '../tests/docs/examples.js';

const DIST = join(import.meta.dirname, '../dist');
const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'] as const;
const ROUNDS = Number(process.env.ROUNDS ?? 11);
const ROOT_CALLS = ['isAgentChatOpen', 'koreanPublicHolidays', 'applyVoiceRoomEvent', 'explainRule'];
const CJS_EXTRA = 15;
const CLOCK = process.env.CLOCK ?? 'inprocess';
if (!['inprocess', 'wall', 'cpu'].includes(CLOCK)) throw new Error(`CLOCK=${CLOCK}: inprocess, wall or cpu`);
// Every program runs between these two lines, so the three clocks time the same work.
const HEAD = 'const __start = performance.now();\n';
const TAIL = '\n;console.log(JSON.stringify({ ...process.cpuUsage(), inprocess: performance.now() - __start }));';

interface Entry {
  readonly name: string;
  /** The entry's file in dist/ without extension: `.cjs` is what `require` loads. */
  readonly base: string;
  readonly goal: number;
}
/** What Node's `import` loads for an entry: the `node` condition's bundled build (package.json, tsup.config.ts). */
const esmFile = (entry: Entry): string => `${join(DIST, 'node', relative(DIST, entry.base))}.js`;
const allEntries: Entry[] = [
  { name: 'kakao-rules', base: join(DIST, 'index'), goal: 60 },
  ...MODULES.map((m) => ({ name: `kakao-rules/${m}`, base: join(DIST, m, 'index'), goal: 25 })),
  // The schemas entries load zod by design: reported, no budget.
  { name: 'kakao-rules/schemas', base: join(DIST, 'schemas'), goal: Number.NaN },
  ...MODULES.map((m) => ({ name: `kakao-rules/${m}/schemas`, base: join(DIST, m, 'schemas'), goal: Number.NaN })),
];
// ENTRY=kakao-rules/support-hours measures that entry alone (with the bare node it is compared with).
const entries = allEntries.filter((e) => process.env.ENTRY === undefined || e.name === process.env.ENTRY);
if (!allEntries.every((e) => existsSync(esmFile(e)) && existsSync(`${e.base}.cjs`))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

/** One kind of process: what it loads, the code it runs after, and its budget. */
interface Job {
  readonly entry: Entry;
  readonly fn: string | undefined;
  readonly body: string;
}
const examples = collectExamples();
const firstCall = (fn: string): string => {
  const example = examples.find((e) => e.name === fn);
  if (example === undefined) throw new Error(`cold-import: ${fn} has no @example`);
  return compileExample(example.code);
};
const jobs: Job[] = [];
for (const entry of entries) {
  jobs.push({ entry, fn: undefined, body: '' });
  if (Number.isNaN(entry.goal)) continue;
  const names = Object.entries((await import(pathToFileURL(esmFile(entry)).href)) as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);
  for (const fn of entry.name === 'kakao-rules' ? ROOT_CALLS : names) jobs.push({ entry, fn, body: firstCall(fn) });
}
// For scale, not a goal: zod alone.
const zod = fileURLToPath(import.meta.resolve('zod'));

// The example runs with the entry's exports in scope; `__check` and `__throws` evaluate the call only.
const STUBS = 'const __check = (_, f) => { f(); }; const __throws = (_, f) => { try { f(); } catch {} };';
function program(job: Job, esm: boolean): string {
  const load = esm
    ? `const m = await import(${JSON.stringify(pathToFileURL(esmFile(job.entry)).href)});`
    : `const m = require(${JSON.stringify(`${job.entry.base}.cjs`)});`;
  if (job.fn === undefined) return load;
  return `${load} const { ${Object.keys(jobNames(job)).join(', ')} } = m; ${STUBS}\n${job.body}`;
}
const namesCache = new Map<string, Record<string, true>>();
function jobNames(job: Job): Record<string, true> {
  let names = namesCache.get(job.entry.base);
  if (names === undefined) {
    const out = spawnSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(`${job.entry.base}.cjs`)}))))`],
      {
        encoding: 'utf8',
      },
    );
    names = Object.fromEntries((JSON.parse(out.stdout) as string[]).map((n) => [n, true as const]));
    namesCache.set(job.entry.base, names);
  }
  return names;
}

/** Milliseconds one fresh `node` running `code` takes, on the chosen clock. */
// Each program is a file, as a user's is: `node -e` would charge the ESM loader's own start-up (about 5 ms
// here, paid before the first line of any ESM program file) to the first `import()`.
const programs = mkdtempSync(join(tmpdir(), 'kakao-rules-cold-'));
process.on('exit', () => rmSync(programs, { recursive: true, force: true }));
const files = new Map<string, string>();
function programFile(code: string, esm: boolean): string {
  const text = HEAD + code + TAIL;
  let file = files.get(text + esm);
  if (file === undefined) {
    file = join(programs, `${files.size}.${esm ? 'mjs' : 'cjs'}`);
    writeFileSync(file, text);
    files.set(text + esm, file);
  }
  return file;
}
function time(code: string, esm: boolean): number {
  const file = programFile(code, esm);
  const start = process.hrtime.bigint();
  const { status, stderr, stdout } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (status !== 0) throw new Error(`node ${file} failed (${esm ? 'ESM' : 'CJS'}):\n${code}\n${stderr}`);
  if (CLOCK === 'wall') return ms;
  const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { user: number; system: number; inprocess: number };
  return CLOCK === 'cpu' ? (out.user + out.system) / 1000 : out.inprocess;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const key = (job: Job, esm: boolean) => `${esm ? 'esm' : 'cjs'} ${job.entry.name} ${job.fn ?? ''}`;
const extra = new Map<string, number[]>();
const bare = { esm: [] as number[], cjs: [] as number[] };
const zodExtra: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const esm of [true, false]) {
    const base = time('', esm);
    bare[esm ? 'esm' : 'cjs'].push(base);
    for (const job of jobs) {
      const k = key(job, esm);
      if (!extra.has(k)) extra.set(k, []);
      extra.get(k)!.push(time(program(job, esm), esm) - base);
    }
    if (esm) zodExtra.push(time(`await import(${JSON.stringify(pathToFileURL(zod).href)})`, true) - base);
  }
}

const fmt = (ms: number) => ms.toFixed(0);
const verdict = (ms: number, goal: number) => (Number.isNaN(goal) ? '' : ms <= goal ? 'yes' : 'NO');
console.log(
  `Cold start of the built package in a fresh node ${process.version}, ${ROUNDS} interleaved rounds, ` +
    `${CLOCK === 'cpu' ? 'CPU time (CLOCK=cpu)' : CLOCK === 'wall' ? 'spawn to exit (CLOCK=wall)' : 'first line to end of the first call (CLOCK=inprocess)'}; bare node: ESM median ${fmt(median(bare.esm))} ms, ` +
    `CommonJS ${fmt(median(bare.cjs))} ms. Figures: ms over bare node (median).\n`,
);
console.log(
  '| entry | ESM import | ESM import + slowest first call | CJS import | CJS import + slowest first call | goal ESM / CJS | met |',
);
console.log('|---|---:|---:|---:|---:|---:|---|');
let misses = 0;
const detail: string[] = [];
for (const entry of entries) {
  const row = (esm: boolean) => {
    const own = jobs.filter((j) => j.entry === entry);
    const imp = median(extra.get(key(own[0]!, esm))!);
    const calls = own.slice(1).map((j) => ({ fn: j.fn!, ms: median(extra.get(key(j, esm))!) }));
    const worst = calls.reduce((a, b) => (b.ms > a.ms ? b : a), { fn: '', ms: Number.NEGATIVE_INFINITY });
    return { imp, calls, worst };
  };
  const e = row(true);
  const c = row(false);
  const goalC = entry.goal + CJS_EXTRA;
  const met =
    Number.isNaN(entry.goal) || (Math.max(e.imp, e.worst.ms) <= entry.goal && Math.max(c.imp, c.worst.ms) <= goalC);
  if (!met) misses++;
  const worst = (w: { fn: string; ms: number }) => (w.fn ? `${fmt(w.ms)} (${w.fn})` : '');
  console.log(
    `| ${entry.name} | ${fmt(e.imp)} | ${worst(e.worst)} | ${fmt(c.imp)} | ${worst(c.worst)} | ${Number.isNaN(entry.goal) ? 'none (loads zod)' : `<= ${entry.goal} / <= ${goalC}`} | ${Number.isNaN(entry.goal) ? '' : met ? 'yes' : 'NO'} |`,
  );
  for (const [i, call] of e.calls.entries())
    detail.push(
      `| ${call.fn} | ${entry.name} | ${fmt(call.ms)} ${verdict(call.ms, entry.goal)} | ${fmt(c.calls[i]!.ms)} ${verdict(c.calls[i]!.ms, goalC)} |`,
    );
}
console.log(`| zod alone (reference) | ${fmt(median(zodExtra))} | | | | | |`);
console.log(`\n${misses === 0 ? 'Every budget met.' : `${misses} entries over budget.`}\n`);
console.log('Import plus the first call of each function (its @example), ms over bare node, within budget?\n');
console.log('| function | entry | ESM | CommonJS |\n|---|---|---:|---:|');
for (const line of detail) console.log(line);
