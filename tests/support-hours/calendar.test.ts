import { describe, expect, it } from 'vitest';
import { dayNumberFromDate } from '../../src/core/index.js';
import { buildHolidayCalendar, KAKAO_DAY_HOURS } from '../../src/support-hours/calendar.js';
import { createSupportSchedule, isAgentChatOpen } from '../../src/support-hours/index.js';
import { thrown } from '../helpers.js';
import { outside } from './issues.js';

const kst = (text: string) => Date.parse(`${text}+09:00`);
const day = (text: string) =>
  dayNumberFromDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
const H = 3_600_000;

describe('the holiday calendar: an instant outside it', () => {
  it("is named as toISOString writes it up to a Date's last instant, on the KST clock past it (never a RangeError)", () => {
    // 8.64e15 ms is the last instant a Date holds: +275760-09-13T00:00:00.000Z.
    expect(thrown(() => isAgentChatOpen(8.64e15)).issues).toEqual([
      { path: ['at'], code: 'year-out-of-range', message: outside('+275760-09-13T00:00:00.000Z') },
    ]);
    // One millisecond later no Date holds it: 09:00 KST that day (the millisecond is below the clock's second).
    expect(thrown(() => isAgentChatOpen(8.64e15 + 1)).issues).toEqual([
      { path: ['at'], code: 'year-out-of-range', message: outside('+275760-09-13 09:00:00 KST') },
    ]);
    // And before the first: -271821-04-20T00:00:00.000Z less 1 ms is 08:59:59.999 KST on -271821-04-20.
    expect(thrown(() => isAgentChatOpen(-8.64e15 - 1)).issues).toEqual([
      { path: ['at'], code: 'year-out-of-range', message: outside('-271821-04-20 08:59:59 KST') },
    ]);
  });
});

describe("the holiday calendar of a schedule's edits (buildHolidayCalendar, not memoized)", () => {
  it("looks a day up with the caller's edits: an extra day is custom, an extra name joins a holiday's own", () => {
    const cal = buildHolidayCalendar(
      new Map([
        [day('2026-09-16'), ['Company day']],
        [day('2026-09-25'), ['회사 휴무']],
      ]),
      new Set([day('2026-09-24')]),
    );
    expect(cal.holidayOn(day('2026-09-16'))).toEqual({ names: ['Company day'], source: 'custom' });
    // 2026-09-25 is 추석 in the gazette (2018-2027): the added name comes after it, and the day stays official.
    expect(cal.holidayOn(day('2026-09-25'))).toEqual({ names: ['추석', '회사 휴무'], source: 'official' });
    expect(cal.holidayOn(day('2026-09-24'))).toBeUndefined(); // 추석 전날, removed
    expect(cal.holidayOn(day('2026-09-17'))).toBeUndefined();
  });

  it("closes all day the weekdays without hours: Kakao's weekends, or a schedule's days without its own hours", () => {
    const first = day('1990-01-01');
    // 2026-09-16 is a Wednesday, 09-19 a Saturday, 09-20 a Sunday; none is a holiday.
    const kakao = buildHolidayCalendar(new Map(), new Set());
    expect([day('2026-09-16'), day('2026-09-19'), day('2026-09-20')].map((d) => kakao.closed[d - first])).toEqual([
      0, 1, 1,
    ]);
    const saturdays = buildHolidayCalendar(new Map(), new Set(), [[], [], [], [], [], [], KAKAO_DAY_HOURS]);
    expect([day('2026-09-16'), day('2026-09-19'), day('2026-09-20')].map((d) => saturdays.closed[d - first])).toEqual([
      1, 0, 1,
    ]);
  });
});

describe('closures on one day (Wednesday 2026-09-16: open 10:00-12:00 and 13:00-18:30 KST)', () => {
  const closure = (from: string, to: string, name: string) => ({
    from: `2026-09-16T${from}:00+09:00`,
    to: `2026-09-16T${to}:00+09:00`,
    name,
  });
  const openMs = (s: ReturnType<typeof createSupportSchedule>) =>
    s.agentChatOpenMs(kst('2026-09-16T00:00:00'), kst('2026-09-17T00:00:00'));

  it('a closure inside another that ends before the afternoon opens keeps the afternoon closed to the outer end', () => {
    // 10:00-17:00 holds 11:00-11:30: only 17:00-18:30 is open.
    const s = createSupportSchedule({
      closures: [closure('10:00', '17:00', 'Outer'), closure('11:00', '11:30', 'Inner')],
    });
    expect(openMs(s)).toBe(1.5 * H);
    expect(s.isAgentChatOpen(kst('2026-09-16T13:30:00'))).toBe(false);
    expect(s.checkAgentChat(kst('2026-09-16T13:30:00'))).toMatchObject({
      code: 'closure',
      closure: 'Outer',
      opensAt: kst('2026-09-16T17:00:00'),
    });
    expect(s.agentChatIntervals(kst('2026-09-16T00:00:00'), kst('2026-09-17T00:00:00'))).toEqual([
      { start: kst('2026-09-16T17:00:00'), end: kst('2026-09-16T18:30:00') },
    ]);
  });

  it('closures apart stay apart: the time between them is open', () => {
    // 7.5 h less 10:30-11:00 and 14:00-15:00.
    const s = createSupportSchedule({ closures: [closure('10:30', '11:00', 'A'), closure('14:00', '15:00', 'B')] });
    expect(openMs(s)).toBe(6 * H);
    expect(s.isAgentChatOpen(kst('2026-09-16T11:00:00'))).toBe(true);
    expect(s.isAgentChatOpen(kst('2026-09-16T13:30:00'))).toBe(true);
    expect(s.isAgentChatOpen(kst('2026-09-16T14:30:00'))).toBe(false);
  });

  it('of two closures that begin together, the one that ends first is named, in whichever order they come', () => {
    const long = closure('14:00', '16:00', 'Long');
    const short = closure('14:00', '15:00', 'Short');
    for (const closures of [
      [long, short],
      [short, long],
    ]) {
      const s = createSupportSchedule({ closures });
      expect(s.checkAgentChat(kst('2026-09-16T14:30:00'))).toMatchObject({ code: 'closure', closure: 'Short' });
      expect(s.checkAgentChat(kst('2026-09-16T15:30:00'))).toMatchObject({ code: 'closure', closure: 'Long' });
      expect(openMs(s)).toBe(5.5 * H);
    }
  });
});
