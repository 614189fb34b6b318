import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { RULES } from '../../src/rules.js';
import {
  agentChatIntervals,
  agentChatOpenMs,
  checkAgentChat,
  createSupportSchedule,
  isAgentChatOpen,
  nextAgentChatOpening,
} from '../../src/support-hours/index.js';
import { notInstant, outside } from './issues.js';
import { thrown } from '../helpers.js';

// The refusal messages, written out here (issue 25: not read back from the code under test).
const MESSAGES = {
  weekend: {
    en: 'Agent chat is closed on weekends; it opens again at 10:00 KST on the next business day (opensAt).',
    ko: '상담원 채팅은 주말에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
  },
  'lunch-break': {
    en: 'Agent chat is closed for lunch, 12:00-13:00 KST; it opens again at 13:00 (opensAt).',
    ko: '상담원 채팅은 점심시간(12:00-13:00 KST)에 쉽니다. 13:00에 다시 열립니다(opensAt).',
  },
  'before-hours': {
    en: 'Agent chat opens at 10:00 KST on business days; it is not open yet (opensAt).',
    ko: '상담원 채팅은 영업일 10:00(KST)에 열립니다. 아직 열리지 않았습니다(opensAt).',
  },
  'after-hours': {
    en: 'Agent chat closes at 18:30 KST; it opens again at 10:00 on the next business day (opensAt).',
    ko: '상담원 채팅은 18:30(KST)에 닫힙니다. 다음 영업일 10:00에 다시 열립니다(opensAt).',
  },
  'public-holiday': {
    en: 'Agent chat is closed on public holidays (see holiday); it opens again at 10:00 KST on the next business day (opensAt).',
    ko: '상담원 채팅은 공휴일(holiday 참고)에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
  },
} as const;

const kst = (s: string) => `${s}+09:00`;
const iso = (ms: number) => new Date(ms).toISOString();

describe('support.agent-hours: the edges of a business day (Wednesday 2026-09-23)', () => {
  it.each([
    ['2026-09-23T09:59:59.999', false, 'before-hours', '2026-09-23T01:00:00.000Z'],
    ['2026-09-23T10:00:00.000', true, undefined, '2026-09-23T03:00:00.000Z'],
    ['2026-09-23T11:59:59.999', true, undefined, '2026-09-23T03:00:00.000Z'],
    ['2026-09-23T12:00:00.000', false, 'lunch-break', '2026-09-23T04:00:00.000Z'],
    ['2026-09-23T12:59:59.999', false, 'lunch-break', '2026-09-23T04:00:00.000Z'],
    ['2026-09-23T13:00:00.000', true, undefined, '2026-09-23T09:30:00.000Z'],
    ['2026-09-23T18:29:59.999', true, undefined, '2026-09-23T09:30:00.000Z'],
    ['2026-09-23T18:30:00.000', false, 'after-hours', '2026-09-28T01:00:00.000Z'],
  ])('%s KST: open %s (%s), next change %s', (at, open, reason, change) => {
    expect(isAgentChatOpen(kst(at))).toBe(open);
    const status = checkAgentChat(kst(at));
    expect(status.ok).toBe(open);
    if (status.ok) expect(status).toEqual({ ok: true, value: { closesAt: Date.parse(change) } });
    else {
      expect(status).toEqual({
        ok: false,
        rule: 'support.agent-hours',
        code: reason,
        message: MESSAGES[reason as keyof typeof MESSAGES],
        opensAt: Date.parse(change),
      });
      expect(Object.isFrozen(status)).toBe(true);
    }
  });
});

describe('support.agent-hours: closed all day on weekends and public holidays', () => {
  it.each([
    ['2026-02-17T11:00', 'public-holiday', ['설날'], 'Seollal'],
    ['2026-09-25T11:00', 'public-holiday', ['추석'], 'Chuseok'],
    ['2026-09-26T11:00', 'public-holiday', ['추석 다음 날'], 'a Saturday Chuseok day'],
    ['2026-09-27T11:00', 'weekend', undefined, 'Sunday'],
    ['2024-02-12T11:00', 'public-holiday', ['대체공휴일(설날)'], 'substitute'],
    ['2025-05-06T11:00', 'public-holiday', ['대체공휴일(부처님 오신 날)'], 'substitute'],
    ['2025-10-08T11:00', 'public-holiday', ['대체공휴일(추석)'], 'substitute'],
    ['2017-10-06T11:00', 'public-holiday', ['대체공휴일(추석)'], 'substitute (projected year)'],
    ['2026-06-03T11:00', 'public-holiday', ['전국동시지방선거'], 'election day'],
    ['2024-04-10T11:00', 'public-holiday', ['제22대국회의원선거'], 'election day'],
    ['2026-05-01T11:00', 'public-holiday', ['노동절'], 'Labor Day 2026'],
  ])('%s KST is closed: %s %s (%s)', (at, reason, holiday, _why) => {
    expect(isAgentChatOpen(kst(at))).toBe(false);
    const status = checkAgentChat(kst(at));
    const rule = reason === 'public-holiday' ? 'support.public-holidays' : 'support.agent-hours';
    const message = MESSAGES[reason as keyof typeof MESSAGES];
    expect(status).toEqual({
      ok: false,
      rule,
      code: reason,
      message,
      opensAt: nextAgentChatOpening(kst(at)),
      ...(holiday ? { holiday } : {}),
    });
    expect(RULES[rule].codes).toContain(reason);
  });

  it.each([
    ['2025-05-01T11:00', 'Labor Day 2025 was not a public holiday'],
    ['2026-09-28T10:00', 'no substitute for the Saturday Chuseok day 2026-09-26'],
    ['2025-07-17T11:00', 'Constitution Day 2025 was not a public holiday'],
  ])('%s KST is open: %s', (at) => {
    expect(isAgentChatOpen(kst(at))).toBe(true);
  });

  it('the next opening after Chuseok 2025 skips the substitute day and Hangeul Day', () => {
    expect(iso(nextAgentChatOpening(kst('2025-10-03T12:00')))).toBe('2025-10-10T01:00:00.000Z');
  });

  it('the next opening is `at` itself when open', () => {
    expect(iso(nextAgentChatOpening(kst('2026-09-23T10:00:00.000')))).toBe('2026-09-23T01:00:00.000Z');
    expect(nextAgentChatOpening(Date.parse('2026-09-23T02:15:00.001Z'))).toBe(Date.parse('2026-09-23T02:15:00.001Z'));
  });
});

describe('support.agent-hours: the next opening from each part of a business day', () => {
  it.each([
    ['2026-09-22T00:00:00.000', '2026-09-22T01:00:00.000Z', 'midnight: 10:00 the same day'],
    ['2026-09-22T09:59:59.999', '2026-09-22T01:00:00.000Z', 'before hours: 10:00 the same day'],
    ['2026-09-22T10:00:00.000', '2026-09-22T01:00:00.000Z', 'open: itself'],
    ['2026-09-22T11:59:59.999', '2026-09-22T02:59:59.999Z', 'open: itself'],
    ['2026-09-22T12:00:00.000', '2026-09-22T04:00:00.000Z', 'lunch: 13:00'],
    ['2026-09-22T12:59:59.999', '2026-09-22T04:00:00.000Z', 'lunch: 13:00'],
    ['2026-09-22T13:00:00.000', '2026-09-22T04:00:00.000Z', 'open: itself'],
    ['2026-09-22T18:29:59.999', '2026-09-22T09:29:59.999Z', 'open: itself'],
    ['2026-09-22T18:30:00.000', '2026-09-23T01:00:00.000Z', 'after hours: 10:00 the next business day'],
    ['2026-09-22T23:59:59.999', '2026-09-23T01:00:00.000Z', 'after hours: 10:00 the next business day'],
    ['2026-09-19T11:00:00.000', '2026-09-21T01:00:00.000Z', 'Saturday: Monday 10:00'],
    ['2026-09-24T09:00:00.000', '2026-09-28T01:00:00.000Z', 'Chuseok eve: after Chuseok and the weekend'],
  ])('from %s KST the next opening is %s (%s)', (at, next) => {
    expect(iso(nextAgentChatOpening(kst(at)))).toBe(next);
  });

  it("the next opening of the calendar's last business day, 2050-12-30, is refused after hours", () => {
    expect(iso(nextAgentChatOpening('2050-12-30T18:29:59.999+09:00'))).toBe('2050-12-30T09:29:59.999Z');
    expect(checkAgentChat('2050-12-30T13:00:00+09:00')).toEqual({
      ok: true,
      value: { closesAt: Date.parse('2050-12-30T09:30:00.000Z') },
    });
    const issues = [
      {
        path: ['at'],
        code: 'year-out-of-range',
        message: 'agent chat does not open again before the holiday calendar ends (2050-12-31 KST)',
      },
    ];
    expect(thrown(() => nextAgentChatOpening('2050-12-30T18:30:00+09:00'))).toEqual({
      fn: 'nextAgentChatOpening',
      issues,
    });
    expect(thrown(() => checkAgentChat('2050-12-31T11:00:00+09:00'))).toEqual({ fn: 'checkAgentChat', issues });
  });
});

describe('support.agent-hours: intervals and open time', () => {
  it('lists the Chuseok week 2026 (Mon-Wed open, Thu-Sat holidays)', () => {
    const got = agentChatIntervals(kst('2026-09-21T00:00'), kst('2026-09-28T00:00')).map((i) => [
      iso(i.start),
      iso(i.end),
    ]);
    expect(got).toEqual([
      ['2026-09-21T01:00:00.000Z', '2026-09-21T03:00:00.000Z'],
      ['2026-09-21T04:00:00.000Z', '2026-09-21T09:30:00.000Z'],
      ['2026-09-22T01:00:00.000Z', '2026-09-22T03:00:00.000Z'],
      ['2026-09-22T04:00:00.000Z', '2026-09-22T09:30:00.000Z'],
      ['2026-09-23T01:00:00.000Z', '2026-09-23T03:00:00.000Z'],
      ['2026-09-23T04:00:00.000Z', '2026-09-23T09:30:00.000Z'],
    ]);
    expect(agentChatOpenMs(kst('2026-09-21T00:00'), kst('2026-09-28T00:00'))).toBe(81_000_000);
  });

  it('clips to [from, to)', () => {
    const got = agentChatIntervals(kst('2026-09-23T11:30'), kst('2026-09-23T13:15')).map((i) => [
      iso(i.start),
      iso(i.end),
    ]);
    expect(got).toEqual([
      ['2026-09-23T02:30:00.000Z', '2026-09-23T03:00:00.000Z'],
      ['2026-09-23T04:00:00.000Z', '2026-09-23T04:15:00.000Z'],
    ]);
    expect(agentChatIntervals(kst('2026-09-23T12:00'), kst('2026-09-23T12:00'))).toEqual([]);
  });

  it('spans years: 2026 has 245 business days of 7.5 h (261 weekdays, 16 of them holidays)', () => {
    expect(agentChatOpenMs(kst('2026-01-01T00:00'), kst('2027-01-01T00:00'))).toBe(245 * 27_000_000);
    expect(agentChatIntervals(kst('2026-01-01T00:00'), kst('2027-01-01T00:00'))).toHaveLength(490);
  });
});

describe('createSupportSchedule: callers add and remove days (support.public-holidays)', () => {
  it('adds a day off and removes a holiday, without leaking into the module or other schedules', () => {
    const company = createSupportSchedule({
      extraHolidays: [{ date: '2026-09-23', name: '창립기념일' }],
      removedHolidays: ['2026-10-09'],
    });
    const other = createSupportSchedule({ extraHolidays: [{ date: '2026-09-22', name: '워크숍' }] });
    expect(company.isAgentChatOpen(kst('2026-09-23T10:00'))).toBe(false);
    expect(company.checkAgentChat(kst('2026-09-23T10:00'))).toMatchObject({
      rule: 'support.public-holidays',
      code: 'public-holiday',
      holiday: ['창립기념일'],
    });
    expect(company.isAgentChatOpen(kst('2026-10-09T10:00'))).toBe(true);
    expect(company.isKoreanPublicHoliday('2026-10-09')).toBe(false);
    expect(company.koreanPublicHolidays(2026).find((h) => h.date === '2026-09-23')).toEqual({
      date: '2026-09-23',
      names: ['창립기념일'],
      source: 'custom',
    });
    expect(company.isAgentChatOpen(kst('2026-09-22T10:00'))).toBe(true);
    expect(other.isAgentChatOpen(kst('2026-09-22T10:00'))).toBe(false);
    expect(other.isAgentChatOpen(kst('2026-09-23T10:00'))).toBe(true);
    expect(other.isAgentChatOpen(kst('2026-10-09T10:00'))).toBe(false);
    expect(isAgentChatOpen(kst('2026-09-23T10:00'))).toBe(true);
    expect(isAgentChatOpen(kst('2026-10-09T10:00'))).toBe(false);
    expect(iso(company.nextAgentChatOpening(kst('2026-09-22T19:00')))).toBe('2026-09-28T01:00:00.000Z');
    expect(company.agentChatOpenMs(kst('2026-09-21T00:00'), kst('2026-09-28T00:00'))).toBe(54_000_000);
    expect(
      company
        .agentChatIntervals(kst('2026-09-22T11:00'), kst('2026-09-24T00:00'))
        .map((i) => [iso(i.start), iso(i.end)]),
    ).toEqual([
      ['2026-09-22T02:00:00.000Z', '2026-09-22T03:00:00.000Z'],
      ['2026-09-22T04:00:00.000Z', '2026-09-22T09:30:00.000Z'],
    ]);
  });

  it('appends an extra name on an existing holiday and accepts a temporary holiday after release', () => {
    const s = createSupportSchedule({
      extraHolidays: [
        { date: '2026-09-25', name: '회사 휴무' },
        { date: '2031-03-04', name: '임시공휴일' },
      ],
    });
    expect(s.koreanPublicHolidays(2026).find((h) => h.date === '2026-09-25')).toEqual({
      date: '2026-09-25',
      names: ['추석', '회사 휴무'],
      source: 'official',
    });
    expect(s.isKoreanPublicHoliday('2031-03-04')).toBe(true);
    expect(s.supportChannels(kst('2031-03-04T10:00')).agentChat.available).toBe(false);
  });

  it('does not mutate deep-frozen options', () => {
    const options = Object.freeze({
      extraHolidays: Object.freeze([Object.freeze({ date: '2026-09-23', name: 'x' })]),
      removedHolidays: Object.freeze(['2026-10-09']),
    });
    const copy = JSON.parse(JSON.stringify(options));
    createSupportSchedule(options as never);
    expect(options).toEqual(copy);
  });

  it('lists every bad date', () => {
    try {
      createSupportSchedule({
        extraHolidays: [
          { date: '2026-02-30', name: 'x' },
          { date: '2060-01-01', name: 'y' },
        ],
        removedHolidays: ['1980-01-01'],
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([
        ['options.extraHolidays.0.date', 'invalid-date'],
        ['options.extraHolidays.1.date', 'year-out-of-range'],
        ['options.removedHolidays.0', 'year-out-of-range'],
      ]);
    }
  });

  it.each([
    null,
    5,
    'x',
    [],
    { extraHolidays: ['2026-01-01'] },
    { extraHolidays: [{ date: '2026-01-01' }] },
    { removedHolidays: [20260101] },
    { extra: [] },
  ])('garbage options %j throw RuleInputError', (bad) => {
    expect(() => createSupportSchedule(bad as never)).toThrow(RuleInputError);
  });
});

describe('agent chat inputs', () => {
  const fns = [
    ['isAgentChatOpen', (v: unknown) => isAgentChatOpen(v as never)],
    ['checkAgentChat', (v: unknown) => checkAgentChat(v as never)],
    ['nextAgentChatOpening', (v: unknown) => nextAgentChatOpening(v as never)],
    ['agentChatIntervals', (v: unknown) => agentChatIntervals(v as never, kst('2026-01-01T00:00'))],
    ['agentChatOpenMs', (v: unknown) => agentChatOpenMs(kst('2026-01-01T00:00'), v as never)],
  ] as const;
  const garbage = [
    null,
    undefined,
    NaN,
    1.5,
    Infinity,
    '2026-09-23T10:00:00',
    '2026-09-23',
    new Date(Number.NaN),
    {},
    [],
    { __proto__: null },
    Symbol('x'),
    10n,
  ];

  it.each(fns)('%s throws RuleInputError for every kind of garbage, never another error', (_, f) => {
    for (const bad of garbage) {
      try {
        f(bad);
        expect.unreachable(String(typeof bad));
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
        expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['1989-12-31T23:59:59.999+09:00', 'year-out-of-range'],
    ['2051-01-01T00:00:00+09:00', 'year-out-of-range'],
  ])('%s is outside the calendar: %s, never a silent "closed"', (at, code) => {
    for (const [, f] of fns.slice(0, 3)) {
      try {
        f(at);
        expect.unreachable();
      } catch (e) {
        expect((e as RuleInputError).issues[0]!.code).toBe(code);
      }
    }
  });

  it('the first and last instants of the calendar are accepted', () => {
    expect(isAgentChatOpen('1990-01-01T00:00:00+09:00')).toBe(false);
    expect(isAgentChatOpen('2050-12-30T10:00:00+09:00')).toBe(true);
    expect(() => nextAgentChatOpening('2050-12-30T19:00:00+09:00')).toThrow(
      /does not open again before the holiday calendar ends/,
    );
    expect(agentChatOpenMs('2050-12-30T00:00:00+09:00', '2051-01-01T00:00:00+09:00')).toBe(27_000_000);
  });

  it('refuses a span that ends before it starts, listing every problem', () => {
    try {
      agentChatIntervals(kst('2026-01-02T00:00'), kst('2026-01-01T00:00'));
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.code)).toEqual(['invalid-span']);
    }
    try {
      agentChatOpenMs('nope', 'nope');
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join())).toEqual(['from', 'to']);
    }
  });

  it.each([
    ['isAgentChatOpen', () => isAgentChatOpen('2026-09-23T10:00' as never), 'at', '"2026-09-23T10:00"'],
    ['checkAgentChat', () => checkAgentChat(Number.NaN), 'at', 'NaN'],
    ['nextAgentChatOpening', () => nextAgentChatOpening(null as never), 'at', 'null'],
  ] as const)('%s names itself and the bad instant', (fn, call, path, got) => {
    expect(thrown(call)).toEqual({ fn, issues: [{ path: [path], code: 'invalid-instant', message: notInstant(got) }] });
  });

  it.each([
    ['isAgentChatOpen', (at: string) => isAgentChatOpen(at)],
    ['checkAgentChat', (at: string) => checkAgentChat(at)],
    ['nextAgentChatOpening', (at: string) => nextAgentChatOpening(at)],
  ] as const)('%s names the instant outside the calendar, on either side', (fn, call) => {
    expect(thrown(() => call('1989-12-31T23:59:59.999+09:00'))).toEqual({
      fn,
      issues: [{ path: ['at'], code: 'year-out-of-range', message: outside('1989-12-31T14:59:59.999Z') }],
    });
    expect(thrown(() => call('2051-01-01T00:00:00+09:00'))).toEqual({
      fn,
      issues: [{ path: ['at'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
  });

  it.each([
    ['agentChatIntervals', (from: unknown, to: unknown) => agentChatIntervals(from as never, to as never)],
    ['agentChatOpenMs', (from: unknown, to: unknown) => agentChatOpenMs(from as never, to as never)],
  ] as const)('%s lists every problem of a span, naming itself', (fn, call) => {
    expect(thrown(() => call('x', 1.5))).toEqual({
      fn,
      issues: [
        { path: ['from'], code: 'invalid-instant', message: notInstant('"x"') },
        { path: ['to'], code: 'invalid-instant', message: notInstant('1.5') },
      ],
    });
    expect(thrown(() => call(kst('2026-01-02T00:00'), kst('2026-01-01T00:00')))).toEqual({
      fn,
      issues: [{ path: ['to'], code: 'invalid-span', message: 'to must not be before from' }],
    });
    expect(thrown(() => call('x', kst('2026-01-01T00:00'))).issues.map((i) => i.code)).toEqual(['invalid-instant']);
    expect(thrown(() => call(kst('2026-01-01T00:00'), 'x')).issues.map((i) => i.code)).toEqual(['invalid-instant']);
    // The calendar's end may end a span but not start one; a span may start at the calendar's start.
    expect(thrown(() => call('2051-01-01T00:00:00+09:00', '2051-01-01T00:00:00+09:00'))).toEqual({
      fn,
      issues: [{ path: ['from'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
    expect(thrown(() => call('2050-12-30T00:00:00+09:00', '2051-01-01T00:00:00.001+09:00'))).toEqual({
      fn,
      issues: [{ path: ['to'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.001Z') }],
    });
    expect(thrown(() => call('1989-12-31T23:59:59.999+09:00', '1990-01-01T00:00:00+09:00'))).toEqual({
      fn,
      issues: [{ path: ['from'], code: 'year-out-of-range', message: outside('1989-12-31T14:59:59.999Z') }],
    });
    expect(thrown(() => call('2051-01-02T00:00:00+09:00', '1989-01-01T00:00:00+09:00'))).toEqual({
      fn,
      issues: [
        { path: ['from'], code: 'year-out-of-range', message: outside('2051-01-01T15:00:00.000Z') },
        { path: ['to'], code: 'year-out-of-range', message: outside('1988-12-31T15:00:00.000Z') },
        { path: ['to'], code: 'invalid-span', message: 'to must not be before from' },
      ],
    });
  });

  it("a span may start at the calendar's first instant (1990-01-01, a holiday, as is 01-02)", () => {
    expect(agentChatIntervals('1990-01-01T00:00:00+09:00', '1990-01-04T00:00:00+09:00')).toEqual([
      { start: Date.parse('1990-01-03T01:00:00.000Z'), end: Date.parse('1990-01-03T03:00:00.000Z') },
      { start: Date.parse('1990-01-03T04:00:00.000Z'), end: Date.parse('1990-01-03T09:30:00.000Z') },
    ]);
    expect(agentChatOpenMs('1990-01-01T00:00:00+09:00', '1990-01-04T00:00:00+09:00')).toBe(27_000_000);
    expect(agentChatOpenMs('2050-12-30T14:00:00+09:00', '2050-12-30T14:00:00+09:00')).toBe(0);
  });

  it('does not mutate a frozen Date', () => {
    const at = Object.freeze(new Date('2026-09-23T01:00:00Z'));
    expect(isAgentChatOpen(at)).toBe(true);
    expect(checkAgentChat(at).ok).toBe(true);
    expect(at.toISOString()).toBe('2026-09-23T01:00:00.000Z');
  });
});

describe("the general path: a schedule's closures at the edges of the hours (Wednesday 2026-09-16)", () => {
  // 2026-09-16 and 09-17 are a plain Wednesday and Thursday: open 10:00-12:00 and 13:00-18:30 KST.
  const at = (time: string) => Date.parse(`2026-09-16T${time}:00+09:00`);
  const closure = (from: string, to: string, name: string) => ({ from: at(from), to: at(to), name });
  const day = (s: ReturnType<typeof createSupportSchedule>) => s.agentChatIntervals(at('00:00'), at('23:59'));
  const H = 3_600_000;

  it('a closure to the close of the day ends it there: the next opening is the next morning, no empty interval', () => {
    const s = createSupportSchedule({ closures: [closure('17:00', '18:30', 'Early close')] });
    expect(day(s)).toEqual([
      { start: at('10:00'), end: at('12:00') },
      { start: at('13:00'), end: at('17:00') },
    ]);
    expect(s.nextAgentChatOpening(at('17:30'))).toBe(Date.parse('2026-09-17T10:00:00+09:00'));
    // Closing time of a business day is the end of its last open interval.
    expect(s.koreanBusinessDayDeadline('2026-09-15T11:00:00+09:00', 1, { time: 'closing-time' }).deadlineAt).toBe(
      at('17:00'),
    );
  });

  it('a closure that starts as the afternoon opens moves the opening to its end, with no empty interval', () => {
    const s = createSupportSchedule({ closures: [closure('13:00', '14:00', 'Late lunch')] });
    expect(day(s)).toEqual([
      { start: at('10:00'), end: at('12:00') },
      { start: at('14:00'), end: at('18:30') },
    ]);
    expect(s.nextAgentChatOpening(at('12:30'))).toBe(at('14:00'));
    expect(s.checkAgentChat(at('12:30'))).toMatchObject({ code: 'lunch-break', opensAt: at('14:00') });
  });

  it('a closure that starts as the day opens is named at that very instant', () => {
    const s = createSupportSchedule({ closures: [closure('10:00', '11:00', 'Standup')] });
    expect(s.checkAgentChat(at('10:00'))).toEqual({
      ok: false,
      rule: 'support.agent-hours',
      code: 'closure',
      message: {
        en: 'Closed for a closure (see closure) until opensAt.',
        ko: '임시 휴무(closure 참고) 중입니다(opensAt까지).',
      },
      opensAt: at('11:00'),
      closure: 'Standup',
    });
  });

  it('two closures in one afternoon both close, and the time between them is open', () => {
    const s = createSupportSchedule({ closures: [closure('14:00', '14:30', 'A'), closure('15:00', '15:30', 'B')] });
    expect(day(s)).toEqual([
      { start: at('10:00'), end: at('12:00') },
      { start: at('13:00'), end: at('14:00') },
      { start: at('14:30'), end: at('15:00') },
      { start: at('15:30'), end: at('18:30') },
    ]);
    expect(s.isAgentChatOpen(at('15:10'))).toBe(false);
    expect(s.agentChatOpenMs(at('00:00'), at('23:59'))).toBe(6.5 * H);
  });

  it('of back-to-back closures, the one that begins at an instant is named there, not the one that ends there', () => {
    const s = createSupportSchedule({ closures: [closure('13:00', '14:00', 'A'), closure('14:00', '15:00', 'B')] });
    expect(s.checkAgentChat(at('13:30'))).toMatchObject({ code: 'closure', closure: 'A', opensAt: at('15:00') });
    expect(s.checkAgentChat(at('14:00'))).toMatchObject({ code: 'closure', closure: 'B', opensAt: at('15:00') });
  });

  it('refuses an opening that closures push past 2050, saying so', () => {
    const s = createSupportSchedule({
      closures: [{ from: '2050-12-01T00:00:00+09:00', to: '2051-01-01T00:00:00+09:00', name: 'Wind-down' }],
    });
    expect(thrown(() => s.nextAgentChatOpening('2050-12-05T11:00:00+09:00'))).toEqual({
      fn: 'nextAgentChatOpening',
      issues: [
        {
          path: ['at'],
          code: 'year-out-of-range',
          message: 'agent chat does not open again before the holiday calendar ends (2050-12-31 KST)',
        },
      ],
    });
  });

  it("opens on the calendar's last day, Saturday 2050-12-31, when the schedule's hours do", () => {
    const saturdays = createSupportSchedule({ weeklyHours: { saturday: [{ from: '09:00', to: '13:00' }] } });
    const friday = Date.parse('2050-12-30T12:00:00+09:00');
    expect(saturdays.nextAgentChatOpening(friday)).toBe(Date.parse('2050-12-31T09:00:00+09:00'));
    expect(saturdays.checkAgentChat(friday)).toMatchObject({
      code: 'outside-hours',
      opensAt: Date.parse('2050-12-31T09:00:00+09:00'),
    });
    expect(saturdays.addAgentChatTime(friday, H)).toBe(Date.parse('2050-12-31T10:00:00+09:00'));
    expect(saturdays.addAgentChatTime(friday, 4 * H)).toBe(Date.parse('2050-12-31T13:00:00+09:00'));
  });
});

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
