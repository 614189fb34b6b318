/**
 * support-hours benchmarks: `npm run bench -- support-hours`.
 * Baselines in this file: a hand-written integer check (Set of holiday day numbers, fixed +9 h), a
 * straightforward date-fns-tz implementation, and opening_hours evaluating the same rule with the
 * holidays as date exceptions. Prints mitata's table, then ratios from timed loops.
 */
process.env.TZ = 'Asia/Seoul'; // opening_hours reads local time fields: give it Seoul's.

import { formatInTimeZone } from 'date-fns-tz';
import { bench, group, run } from 'mitata';
import OpeningHours from 'opening_hours';
import {
  checkAgentChat,
  isAgentChatOpen,
  koreanPublicHolidays,
  nextAgentChatOpening,
} from '../src/support-hours/index.js';

const YEARS = [2024, 2025, 2026, 2027, 2028];
const HOLIDAY_DATES = YEARS.flatMap((y) => koreanPublicHolidays(y).map((h) => h.date));
const DAY = 86_400_000;
const HOLIDAY_DAYS = new Set(HOLIDAY_DATES.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY));
const HOLIDAY_STRINGS = new Set(HOLIDAY_DATES);

/** The baseline: the rule by hand in integers. */
function handWritten(ms: number): boolean {
  const wall = ms + 32_400_000;
  const day = Math.floor(wall / DAY);
  const wd = (day + 4) % 7;
  if (wd === 0 || wd === 6 || HOLIDAY_DAYS.has(day)) return false;
  const t = wall - day * DAY;
  return t >= 36_000_000 && t < 66_600_000 && (t < 43_200_000 || t >= 46_800_000);
}

/** What one would write with date-fns-tz. */
function withDateFnsTz(ms: number): boolean {
  const [date, weekday, hhmm] = formatInTimeZone(ms, 'Asia/Seoul', 'yyyy-MM-dd i HH:mm').split(' ') as [
    string,
    string,
    string,
  ];
  if (weekday === '6' || weekday === '7' || HOLIDAY_STRINGS.has(date)) return false;
  return (hhmm >= '10:00' && hhmm < '12:00') || (hhmm >= '13:00' && hhmm < '18:30');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ohRule = `Mo-Fr 10:00-12:00,13:00-18:30; ${HOLIDAY_DATES.map((d) => `${d.slice(0, 4)} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(8)} off`).join('; ')}`;
const oh = new OpeningHours(ohRule);

const N = 4096;
const start = Date.parse('2024-01-01T00:00:00+09:00');
const span = Date.parse('2029-01-01T00:00:00+09:00') - start;
let seed = 42;
const instants = Array.from(
  { length: N },
  () => start + Math.floor(((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * span),
);
const dates = instants.map((t) => new Date(t));

// The implementations must agree before they are timed.
for (let i = 0; i < N; i++) {
  const t = instants[i]!;
  const want = isAgentChatOpen(t);
  if (handWritten(t) !== want || withDateFnsTz(t) !== want || oh.getState(dates[i]) !== want)
    throw new Error(`implementations disagree at ${new Date(t).toISOString()}`);
}

let i = 0;
let sink = 0;
group(() => {
  bench('isAgentChatOpen (kakao-rules)', () => void (sink += isAgentChatOpen(instants[i++ & (N - 1)]!) ? 1 : 0));
  bench('hand-written integer check (baseline)', () => void (sink += handWritten(instants[i++ & (N - 1)]!) ? 1 : 0));
  bench('date-fns-tz implementation', () => void (sink += withDateFnsTz(instants[i++ & (N - 1)]!) ? 1 : 0));
  bench('opening_hours getState (peer)', () => void (sink += oh.getState(dates[i++ & (N - 1)]) ? 1 : 0));
});
bench('checkAgentChat', () => void (sink += checkAgentChat(instants[i++ & (N - 1)]!).ok ? 1 : 0));
bench('nextAgentChatOpening', () => void (sink += nextAgentChatOpening(instants[i++ & (N - 1)]!) & 1));
await run();

/** Calls per second of `f` over the instants, timed for about `ms` milliseconds. */
function rate(f: (k: number) => unknown, ms = 400): number {
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    for (let k = 0; k < N; k++) f(k);
    calls += N;
    t = performance.now();
  }
  return (calls / (t - t0)) * 1000;
}

const fmt = (n: number) => `${(n / 1e6).toFixed(2)} M calls/s`;
const ours = rate((k) => isAgentChatOpen(instants[k]!));
const hand = rate((k) => handWritten(instants[k]!));
const dfns = rate((k) => withDateFnsTz(instants[k]!), 300);
const peer = rate((k) => oh.getState(dates[k]), 300);
const status = rate((k) => checkAgentChat(instants[k]!));
const next = rate((k) => nextAgentChatOpening(instants[k]!));
// Every ratio reads one way: the time one call of the first takes, in times the time of the second.
console.log(`\nsupport-hours (timed loops, ${N} random instants 2024-2028; ratios are times, lower is faster):`);
console.log(`  isAgentChatOpen       ${fmt(ours)}`);
console.log(
  `  isAgentChatOpen       ${(hand / ours).toFixed(2)}x the time of a hand-written integer check (target <= 2x; hand-written ${fmt(hand)})`,
);
console.log(
  `  date-fns-tz version   ${(ours / dfns).toFixed(0)}x the time of isAgentChatOpen (target >= 100x; ${fmt(dfns)})`,
);
console.log(`  opening_hours         ${(ours / peer).toFixed(0)}x the time of isAgentChatOpen (${fmt(peer)})`);
console.log(`  checkAgentChat        ${fmt(status)} (target >= 1 M/s)`);
console.log(`  nextAgentChatOpening  ${fmt(next)} (target >= 1 M/s)`);
if (sink === -1) console.log(sink);
