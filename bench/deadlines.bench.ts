/**
 * Business-day deadlines as instants (issue 23): `npm run bench -- deadlines`.
 * The job of the issue: 10,000 tickets opened 2018-2028, "resolution due in 5 Korean business days"
 * at the same KST time. Baseline in this process: the 0.2.0 way, `addKoreanBusinessDays` (a date
 * string) parsed back and rebuilt with `kstInstant`. Also timed: the same deadline on a schedule with
 * part-day closures (the general path) and the 3-hour SLA of `addAgentChatTime`. Prints ms per 10,000
 * and ratios against the baseline; asserts nothing about time.
 */
import { kstInstant } from '../src/core/index.js';
import {
  addAgentChatTime,
  addKoreanBusinessDays,
  createSupportSchedule,
  koreanBusinessDayDeadline,
  nextAgentChatOpening,
} from '../src/support-hours/index.js';

const N = 10_000;
const start = Date.parse('2018-01-01T00:00:00+09:00');
const span = Date.parse('2029-01-01T00:00:00+09:00') - start;
let seed = 7;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
// Tickets at open instants, so that both ways mean the same deadline.
const tickets = Array.from({ length: N }, () => nextAgentChatOpening(start + Math.floor(random() * span)));

/** The 0.2.0 way: a date string, parsed, rebuilt as an instant at the same KST time. */
function viaDateString(at: number): number {
  const day = addKoreanBusinessDays(at, 5);
  const wall = new Date(at + 32_400_000);
  return kstInstant(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)),
    Number(day.slice(8, 10)),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

const schedule = createSupportSchedule({
  closures: Array.from({ length: 200 }, (_, i) => {
    const from = start + Math.floor((i / 200) * span);
    return { from, to: from + 7_200_000, name: `maintenance ${i}` };
  }),
});

for (const at of tickets)
  if (koreanBusinessDayDeadline(at, 5).deadlineAt !== viaDateString(at))
    throw new Error(`the two ways disagree for ${new Date(at).toISOString()}`);

function time(label: string, f: (at: number) => unknown): number {
  for (let w = 0; w < 3; w++) for (const at of tickets) f(at); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    for (const at of tickets) f(at);
    runs.push(performance.now() - t0);
  }
  const median = runs.sort((a, b) => a - b)[3]!;
  console.log(`${label.padEnd(62)} ${median.toFixed(2).padStart(8)} ms / ${N}`);
  return median;
}

const base = time('baseline: addKoreanBusinessDays + parse + kstInstant', viaDateString);
const direct = time('koreanBusinessDayDeadline(at, 5)', (at) => koreanBusinessDayDeadline(at, 5));
const closing = time("koreanBusinessDayDeadline(at, 5, { time: 'closing-time' })", (at) =>
  koreanBusinessDayDeadline(at, 5, { time: 'closing-time' }),
);
const onSchedule = time('schedule with 200 closures: koreanBusinessDayDeadline(at, 5)', (at) =>
  schedule.koreanBusinessDayDeadline(at, 5),
);
const sla = time('addAgentChatTime(at, 3 h)', (at) => addAgentChatTime(at, 3 * 3_600_000));
console.log(
  `\nratios against the baseline (lower is faster): deadline ${(direct / base).toFixed(2)}, closing-time ${(closing / base).toFixed(2)}, on a schedule ${(onSchedule / base).toFixed(2)}, SLA ${(sla / base).toFixed(2)}`,
);
