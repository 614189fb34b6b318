import { describe, expect } from 'vitest';
import {
  addAgentChatTime,
  checkAgentChat,
  createSupportSchedule,
  isAgentChatOpen,
  koreanBusinessDayDeadline,
  nextAgentChatOpening,
  type SupportSchedule,
} from '../../src/support-hours/index.js';
import { fc, test } from '../prop.js';

const H = 3_600_000;
const START = Date.parse('2024-01-01T00:00:00+09:00');
const END = Date.parse('2032-01-01T00:00:00+09:00');
const instant = fc.oneof(
  fc.integer({ min: START, max: END }),
  fc.integer({ min: START, max: END }).map((t) => t - (t % 1_800_000)),
);
const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Up to three ordered, disjoint intervals of a day, on a 30-minute grid. */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 48 }), { minLength: 0, maxLength: 6 })
  .map((cuts) => cuts.sort((a, b) => a - b))
  .map((cuts) => {
    const out: { from: string; to: string }[] = [];
    for (let i = 0; i + 1 < cuts.length; i += 2) out.push({ from: hhmm(cuts[i]! * 30), to: hhmm(cuts[i + 1]! * 30) });
    return out;
  });
const weeklyHours = fc.record(
  {
    monday: dayHours,
    tuesday: dayHours,
    wednesday: dayHours,
    thursday: dayHours,
    friday: dayHours,
    saturday: dayHours,
  },
  { requiredKeys: [] },
);
const closure = fc
  .tuple(fc.integer({ min: START, max: END }), fc.integer({ min: 1, max: 72 }))
  .map(([from, halfHours]) => ({ from, to: from + halfHours * 1_800_000, name: `c${from % 97}` }));
const scheduleOptions = fc.record(
  { closures: fc.array(closure, { maxLength: 40 }), weeklyHours },
  { requiredKeys: ['closures'] },
);

/** Whether `t` is open on `s`, by its own answer: the law's notion of "inside the hours, outside every closure". */
const openOn = (s: SupportSchedule, t: number) => s.isAgentChatOpen(t);

describe('deadlines on a schedule (laws, issue 23)', () => {
  test.prop([scheduleOptions, instant, fc.integer({ min: 0, max: 30 })], { numRuns: 150 })(
    'a business-day deadline is never inside a closure or outside the hours: same-time is open, closing-time ends an open interval',
    (options, at, n) => {
      const s = createSupportSchedule(options);
      let same: number;
      try {
        same = s.koreanBusinessDayDeadline(at, n).deadlineAt;
      } catch {
        return; // a schedule whose hours never open again before 2051: bad input, not a deadline
      }
      expect(openOn(s, same)).toBe(true);
      const closing = s.koreanBusinessDayDeadline(at, n, { time: 'closing-time' }).deadlineAt;
      expect(openOn(s, closing - 1)).toBe(true);
      for (const c of options.closures) expect(same >= c.from && same < c.to).toBe(false);
    },
  );

  test.prop([scheduleOptions, instant, fc.integer({ min: 1, max: 40 * H })], { numRuns: 150 })(
    'an SLA deadline (addAgentChatTime) ends an open stretch: the millisecond before it is open',
    (options, at, ms) => {
      const s = createSupportSchedule(options);
      let d: number;
      try {
        d = s.addAgentChatTime(at, ms);
      } catch {
        return;
      }
      expect(openOn(s, d - 1)).toBe(true);
      expect(s.agentChatOpenMs(at, d)).toBe(ms);
    },
  );

  const recurring = createSupportSchedule({ recurringHolidays: [{ date: '03-15', name: 'Founding day' }] });
  test.prop([instant, fc.integer({ min: -60, max: 60 })], { numRuns: 300 })(
    'adding then subtracting n business days returns to the first open instant (default calendar and a recurring holiday)',
    (at, n) => {
      for (const [deadline, next] of [
        [koreanBusinessDayDeadline, nextAgentChatOpening],
        [recurring.koreanBusinessDayDeadline, recurring.nextAgentChatOpening],
      ] as const) {
        const there = deadline(at, n).deadlineAt;
        expect(deadline(there, -n).deadlineAt).toBe(next(at));
      }
    },
  );

  test.prop(
    [
      fc.array(
        fc.record({
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 29 }),
          from: fc.integer({ min: 1990, max: 2050 }),
          span: fc.integer({ min: 0, max: 60 }),
        }),
        { maxLength: 4 },
      ),
      fc.array(instant, { minLength: 1, maxLength: 20 }),
    ],
    { numRuns: 60 },
  )('recurring holidays equal their expansion into extraHolidays, in every answer', (rules, instants) => {
    const recurringHolidays = rules.map((r, i) => ({
      date: `${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      name: `r${i}`,
      fromYear: r.from,
      toYear: Math.min(2050, r.from + r.span),
    }));
    const extraHolidays = recurringHolidays.flatMap((r) =>
      Array.from({ length: r.toYear - r.fromYear + 1 }, (_, k) => r.fromYear + k)
        // February 29 only in leap years; every other generated day exists in every month.
        .filter((y) => r.date !== '02-29' || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))
        .map((y) => ({ date: `${y}-${r.date}`, name: r.name })),
    );
    const a = createSupportSchedule({ recurringHolidays });
    const b = createSupportSchedule({ extraHolidays });
    for (const year of [2024, 2026, 2028, 2031])
      expect(a.koreanPublicHolidays(year)).toEqual(b.koreanPublicHolidays(year));
    for (const t of instants) {
      expect(a.checkAgentChat(t)).toEqual(b.checkAgentChat(t));
      expect(a.isKoreanBusinessDay(t)).toBe(b.isKoreanBusinessDay(t));
      expect(a.koreanBusinessDayDeadline(t, 7)).toEqual(b.koreanBusinessDayDeadline(t, 7));
    }
  });

  // A closure outside the calendar changes nothing but sends every answer down the general path.
  const general = createSupportSchedule({ closures: [{ from: 0, to: 1, name: 'epoch' }] });
  test.prop([instant, fc.integer({ min: 0, max: 30 * H })], { numRuns: 300 })(
    'the general path (hours minus closures) answers as the fast path on Kakao hours',
    (at, ms) => {
      expect(general.isAgentChatOpen(at)).toBe(isAgentChatOpen(at));
      expect(general.checkAgentChat(at)).toEqual(checkAgentChat(at));
      expect(general.nextAgentChatOpening(at)).toBe(nextAgentChatOpening(at));
      expect(general.addAgentChatTime(at, ms)).toBe(addAgentChatTime(at, ms));
      expect(general.agentChatIntervals(at, at + 3 * 86_400_000)).toEqual(
        createSupportSchedule().agentChatIntervals(at, at + 3 * 86_400_000),
      );
    },
  );
});
