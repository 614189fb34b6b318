/**
 * `npm run bench -- cold-import`: what importing kakao-rules adds to a fresh Node process (issue 13).
 * Each run is a new `node` process that imports one built ESM entry (dist/, `npm run build` first);
 * the baseline is a bare `node --input-type=module -e ''`, the same process with nothing imported.
 * Runs are interleaved (one of each per round, so load on the machine falls on all alike), and each
 * figure is the median over rounds of (entry's time - that round's baseline). Goals: each subpath
 * <= 25 ms extra, the root <= 60 ms. ROUNDS=n sets the number of rounds (default 21). Reports, never asserts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = join(import.meta.dirname, '../dist');
const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'];
const ROUNDS = Number(process.env.ROUNDS ?? 21);
const targets = [
  { name: 'kakao-rules', file: join(DIST, 'index.js'), goal: 60 },
  ...MODULES.map((m) => ({ name: `kakao-rules/${m}`, file: join(DIST, m, 'index.js'), goal: 25 })),
];
// For reference, not a goal: zod alone, what every entry pays while its rule functions import it.
const reference = { name: 'zod alone (reference)', file: fileURLToPath(import.meta.resolve('zod')), goal: Number.NaN };
if (!targets.every((t) => existsSync(t.file))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

/** Milliseconds from spawn to exit of one fresh `node` evaluating `code` as ESM. */
function time(code: string): number {
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (status !== 0) throw new Error(`node -e ${code} failed: ${stderr}`);
  return ms;
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const bare: number[] = [];
const extra = new Map([...targets, reference].map((t) => [t.name, [] as number[]]));
for (let round = 0; round < ROUNDS; round++) {
  const base = time('');
  bare.push(base);
  for (const t of [...targets, reference])
    extra.get(t.name)!.push(time(`await import(${JSON.stringify(pathToFileURL(t.file).href)})`) - base);
}

console.log(
  `Cold import of the built ESM entry in a fresh node ${process.version}, ${ROUNDS} interleaved rounds; bare node: median ${median(bare).toFixed(0)} ms.\n`,
);
console.log('| entry | extra ms (median) | goal | met |\n|---|---:|---:|---|');
for (const t of [...targets, reference]) {
  const ms = median(extra.get(t.name)!);
  console.log(
    `| ${t.name} | ${ms.toFixed(0)} | ${Number.isNaN(t.goal) ? '' : `<= ${t.goal}`} | ${Number.isNaN(t.goal) ? '' : ms <= t.goal ? 'yes' : 'no'} |`,
  );
}
