import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  agentChatIntervals,
  agentChatOpenMs,
  checkAgentChat,
  addAgentChatTime,
  createSupportSchedule,
  koreanBusinessDaysBetween,
  isAgentChatOpen,
  isKoreanPublicHoliday,
  koreanPublicHolidays,
  nextAgentChatOpening,
} from '../../src/support-hours/index.js';
import { RULES } from '../../src/rules.js';

const START = Date.parse('1990-01-01T00:00:00+09:00');
const END = Date.parse('2050-12-20T00:00:00+09:00');
const instant = fc.integer({ min: START, max: END });
// Instants near the edges of the day matter most: bias some towards whole minutes.
const at = fc.oneof(
  instant,
  instant.map((t) => t - (t % 60_000)),
  instant.map((t) => Math.max(START, t - (t % 1_800_000) - 1)),
);
const kstDay = (ms: number) => Math.floor((ms + 32_400_000) / 86_400_000);
const kstMsOfDay = (ms: number) => (ms + 32_400_000) % 86_400_000;
const weekday = (ms: number) => (kstDay(ms) + 4) % 7;

describe('support.agent-hours laws', () => {
  test.prop([at])('isAgentChatOpen(t) equals checkAgentChat(t).ok', (t) => {
    expect(isAgentChatOpen(t)).toBe(checkAgentChat(t).ok);
  });

  test.prop([at])('open means a non-holiday weekday within [10:00, 12:00) or [13:00, 18:30) KST', (t) => {
    const m = kstMsOfDay(t);
    const inHours = (m >= 36_000_000 && m < 43_200_000) || (m >= 46_800_000 && m < 66_600_000);
    expect(isAgentChatOpen(t)).toBe(inHours && weekday(t) !== 0 && weekday(t) !== 6 && !isKoreanPublicHoliday(t));
  });

  test.prop([at])('nextAgentChatOpening(t) is open, not before t, and nothing in [t, next) is open', (t) => {
    const next = nextAgentChatOpening(t);
    expect(next).toBeGreaterThanOrEqual(t);
    expect(isAgentChatOpen(next)).toBe(true);
    expect(agentChatOpenMs(t, next)).toBe(0);
    if (next > t) expect(isAgentChatOpen(next - 1)).toBe(false);
  });

  test.prop([at])(
    'a closed status opens at nextAgentChatOpening; an open one closes at the end of its interval',
    (t) => {
      const s = checkAgentChat(t);
      if (s.ok) {
        expect(isAgentChatOpen(s.value.closesAt - 1)).toBe(true);
        expect(isAgentChatOpen(s.value.closesAt)).toBe(false);
      } else {
        expect(s.opensAt).toBe(nextAgentChatOpening(t));
        // The refusal names its rule, and that rule lists its code.
        expect(RULES[s.rule].codes).toContain(s.code);
        expect(s.rule).toBe(isKoreanPublicHoliday(t) ? 'support.public-holidays' : 'support.agent-hours');
        expect(Object.keys(s.message).sort()).toEqual(['en', 'ko']);
      }
    },
  );

  test.prop([at, fc.integer({ min: 0, max: 40 * 86_400_000 })], { numRuns: 50 })(
    'intervals are disjoint, sorted, inside business days, open throughout, and sum to agentChatOpenMs',
    (from, span) => {
      const to = Math.min(from + span, END);
      const list = agentChatIntervals(from, to);
      let prev = from;
      let total = 0;
      for (const { start, end } of list) {
        const [s, e] = [start, end];
        expect(s).toBeGreaterThanOrEqual(prev);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(to);
        expect(kstDay(s)).toBe(kstDay(e - 1));
        expect(isAgentChatOpen(s) && isAgentChatOpen(e - 1)).toBe(true);
        prev = e;
        total += e - s;
      }
      expect(agentChatOpenMs(from, to)).toBe(total);
    },
  );
});

describe('createSupportSchedule laws', () => {
  let plain: ReturnType<typeof createSupportSchedule> | undefined;

  test.prop([at, fc.integer({ min: 0, max: 10 * 86_400_000 })])(
    'a schedule without edits answers as the module does',
    (t, span) => {
      plain ??= createSupportSchedule();
      const to = Math.min(t + span, END);
      expect(plain.isAgentChatOpen(t)).toBe(isAgentChatOpen(t));
      expect(plain.checkAgentChat(t)).toEqual(checkAgentChat(t));
      expect(plain.addAgentChatTime(t, span % 81_000_000)).toBe(addAgentChatTime(t, span % 81_000_000));
      expect(plain.koreanBusinessDaysBetween(t, to)).toBe(koreanBusinessDaysBetween(t, to));
      expect(plain.nextAgentChatOpening(t)).toEqual(nextAgentChatOpening(t));
      expect(plain.isKoreanPublicHoliday(t)).toBe(isKoreanPublicHoliday(t));
      expect(plain.agentChatIntervals(t, to)).toEqual(agentChatIntervals(t, to));
    },
  );
});

const year = fc.integer({ min: 1990, max: 2050 });

describe('support.substitute-holidays and support.election-days laws (projection)', () => {
  test.prop([year], { numRuns: 30 })('every substitute day is a weekday holding nothing else', (y) => {
    for (const h of koreanPublicHolidays(y, y >= 2018 && y <= 2027 ? { source: 'projected' } : undefined)) {
      if (!h.names.some((n) => n.startsWith('대체공휴일'))) continue;
      const w = new Date(`${h.date}T00:00:00Z`).getUTCDay();
      expect(w).not.toBe(0);
      expect(w).not.toBe(6);
      expect(h.names).toHaveLength(1);
      expect(y).toBeGreaterThanOrEqual(2014);
    }
  });

  test.prop([year], { numRuns: 30 })(
    'a projected election day is a mid-week day whose neighbours are not holidays',
    (y) => {
      const list = koreanPublicHolidays(y, { source: 'projected' });
      const days = new Set(list.map((h) => h.date));
      for (const h of list.filter((x) => x.names.some((n) => n.endsWith('선거')))) {
        const t = Date.parse(`${h.date}T00:00:00Z`);
        expect(new Date(t).getUTCDay()).toBe(y >= 2005 ? 3 : 4);
        expect(h.names).toHaveLength(1);
        for (const d of [t - 86_400_000, t + 86_400_000])
          expect(days.has(new Date(d).toISOString().slice(0, 10))).toBe(false);
      }
    },
  );

  test.prop([year], { numRuns: 30 })('holidays come sorted, once per date, each with names', (y) => {
    const list = koreanPublicHolidays(y);
    const ds = list.map((h) => h.date);
    expect([...ds].sort()).toEqual(ds);
    expect(new Set(ds).size).toBe(ds.length);
    for (const h of list) {
      expect(h.date.startsWith(`${y}-`)).toBe(true);
      expect(h.names.length).toBeGreaterThan(0);
    }
  });
});
