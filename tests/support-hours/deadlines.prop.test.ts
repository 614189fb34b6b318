import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  addAgentChatTime,
  addKoreanBusinessDays,
  agentChatOpenMs,
  createSupportSchedule,
  isAgentChatOpen,
  isKoreanBusinessDay,
  isKoreanPublicHoliday,
  koreanBusinessDaysBetween,
  nextKoreanBusinessDay,
} from '../../src/support-hours/index.js';
import { addBusinessDayNumber, walkBusinessDays } from '../../src/support-hours/businessDays.js';
import { CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, defaultHolidayCalendar } from '../../src/support-hours/calendar.js';
import { RuleInputError } from '../../src/core/index.js';

const DAY = 86_400_000;
const START = Date.parse('1990-01-01T00:00:00+09:00');
const END = Date.parse('2050-11-01T00:00:00+09:00');
const instant = fc.oneof(
  fc.integer({ min: START, max: END }),
  fc.integer({ min: START, max: END }).map((t) => t - (t % 1_800_000)),
);
const iso = (t: number) => new Date(t + 9 * 3_600_000).toISOString().slice(0, 10);
const day = instant.map(iso);
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const company = createSupportSchedule({
  extraHolidays: [
    { date: '2026-09-22', name: '창립기념일' },
    { date: '2030-03-04', name: '휴무' },
  ],
});

describe('support.agent-hours: addAgentChatTime laws', () => {
  test.prop([instant, fc.integer({ min: 0, max: 20 * 27_000_000 })])(
    'agentChatOpenMs(at, addAgentChatTime(at, ms)) === ms, and no earlier instant gives ms',
    (at, ms) => {
      const t = addAgentChatTime(at, ms);
      expect(agentChatOpenMs(at, t)).toBe(ms);
      if (ms > 0) {
        expect(agentChatOpenMs(at, t - 1)).toBe(ms - 1);
        expect(isAgentChatOpen(t - 1)).toBe(true);
      } else expect(t).toBe(at);
    },
  );

  test.prop([instant, fc.integer({ min: 0, max: 5 * 27_000_000 }), fc.integer({ min: 0, max: 5 * 27_000_000 })])(
    'adding in two steps is adding once',
    (at, a, b) => {
      expect(addAgentChatTime(addAgentChatTime(at, a), b)).toBe(addAgentChatTime(at, a + b));
    },
  );

  test.prop([
    fc.integer({ min: Date.parse('2026-09-01T00:00:00+09:00'), max: Date.parse('2026-10-01T00:00:00+09:00') }),
    fc.integer({ min: 0, max: 10 * 27_000_000 }),
  ])('on a schedule with a company day off, the same law holds', (at, ms) => {
    const t = company.addAgentChatTime(at, ms);
    expect(company.agentChatOpenMs(at, t)).toBe(ms);
    if (ms > 0) expect(company.agentChatOpenMs(at, t - 1)).toBe(ms - 1);
  });
});

describe('support.public-holidays: business-day laws', () => {
  test.prop([
    fc.integer({ min: START + 800 * DAY, max: END - 800 * DAY }).map(iso),
    fc.integer({ min: -400, max: 400 }),
  ])('adding then counting gives n back, and the result is a business day', (d, n) => {
    const r = addKoreanBusinessDays(d, n);
    expect(koreanBusinessDaysBetween(d, r)).toBe(n);
    expect(isKoreanBusinessDay(r)).toBe(true);
  });

  test.prop([day])('weekends and holidays are never business days; other days always are', (d) => {
    const w = weekday(d);
    expect(isKoreanBusinessDay(d)).toBe(w !== 0 && w !== 6 && !isKoreanPublicHoliday(d));
  });

  test.prop([day])('the next business day is after the day, and nothing between is one', (d) => {
    const next = nextKoreanBusinessDay(d);
    expect(next > d).toBe(true);
    expect(isKoreanBusinessDay(next)).toBe(true);
    expect(koreanBusinessDaysBetween(d, next)).toBe(isKoreanBusinessDay(d) ? 1 : 0);
  });

  test.prop([day, day, day])('counts add up and are antisymmetric', (a, b, c) => {
    expect(koreanBusinessDaysBetween(a, b) + koreanBusinessDaysBetween(b, c)).toBe(koreanBusinessDaysBetween(a, c));
    expect(koreanBusinessDaysBetween(b, a) + koreanBusinessDaysBetween(a, b)).toBe(0);
  });

  test.prop([day, fc.integer({ min: 0, max: 40 })])(
    'a count is the number of business days in [from, to), one by one',
    (d, span) => {
      const from = Date.parse(`${d}T00:00:00+09:00`);
      let count = 0;
      for (let i = 0; i < span; i++) if (isKoreanBusinessDay(from + i * DAY)) count++;
      expect(koreanBusinessDaysBetween(d, from + span * DAY)).toBe(count);
    },
  );

  test.prop([
    fc.integer({ min: Date.parse('2026-01-01T00:00:00+09:00'), max: Date.parse('2031-01-01T00:00:00+09:00') }).map(iso),
    fc.integer({ min: -30, max: 30 }),
  ])('on a schedule: the laws hold and a company day off is no business day', (d, n) => {
    const r = company.addKoreanBusinessDays(d, n);
    expect(company.koreanBusinessDaysBetween(d, r)).toBe(n);
    expect(company.isKoreanBusinessDay(r)).toBe(true);
    expect(company.isKoreanBusinessDay('2026-09-22')).toBe(false);
  });
});

describe('support.public-holidays: a few business days away, the walk answers as the prefix sums do', () => {
  // addBusinessDayNumber walks the closed days for |n| <= 64 until the calendar's sums are built, then sums.
  // The day, or the issues of the error (path, code and message), to compare the two ways whole.
  const answer = (f: () => number): number | string => {
    try {
      return f();
    } catch (e) {
      if (e instanceof RuleInputError) return JSON.stringify(e.issues);
      throw e;
    }
  };
  test.prop([fc.integer({ min: CALENDAR_FIRST_DAY, max: CALENDAR_LAST_DAY }), fc.integer({ min: -64, max: 64 })])(
    'walkBusinessDays(d, n) === the sums answer, near both ends of the calendar too',
    (d, n) => {
      const cal = defaultHolidayCalendar();
      koreanBusinessDaysBetween('2026-01-01', '2026-01-02'); // builds the built-in calendar's sums
      const viaSums = answer(() => addBusinessDayNumber(cal, d, n, 'f'));
      expect(answer(() => walkBusinessDays(cal, d, n, 'f'))).toBe(viaSums);
      const near = n < 0 ? CALENDAR_FIRST_DAY + (d % 90) : CALENDAR_LAST_DAY - (d % 90);
      expect(answer(() => walkBusinessDays(cal, near, n, 'f'))).toBe(
        answer(() => addBusinessDayNumber(cal, near, n, 'f')),
      );
    },
  );
});
