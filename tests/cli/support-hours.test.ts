import ICAL from 'ical.js';
import { describeBasis, formatHolidays, type SourcedHoliday } from '../../src/cli/support-hours.js';
import * as supportHours from '../../src/support-hours/index.js';
import { koreanPublicHolidays } from '../../src/support-hours/index.js';
import { describe, expect, it } from 'vitest';
import { cliRunner } from './helpers.js';

const NOW = Date.parse('2026-09-25T12:30:00+09:00');

const run = cliRunner(NOW);

describe('kakao-rules agent-chat (support.agent-hours)', () => {
  it('says closed, why and the next opening, exit 1', async () => {
    const r = await run('agent-chat');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      '2026-09-25 12:30:00 KST\nAgent chat is CLOSED (support.public-holidays): public holiday (추석). Next opening: 2026-09-28 10:00:00 KST.\n',
    );
  });

  it('says open with --at, exit 0, and prints JSON', async () => {
    const r = await run('agent-chat', '--at', '2026-09-23T10:00:00+09:00');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Agent chat is OPEN until 2026-09-23 12:00:00 KST.');
    const j = await run('agent-chat', '--at', '2026-09-23T12:10:00+09:00', '--json');
    expect(JSON.parse(j.out)).toEqual({
      at: '2026-09-23T12:10:00.000+09:00',
      ok: false,
      rule: 'support.agent-hours',
      code: 'lunch-break',
      message: {
        en: 'Agent chat is closed for lunch, 12:00-13:00 KST; it opens again at 13:00 (opensAt).',
        ko: '상담원 채팅은 점심시간(12:00-13:00 KST)에 쉽니다. 13:00에 다시 열립니다(opensAt).',
      },
      opensAt: '2026-09-23T13:00:00.000+09:00',
    });
  });

  it('--add gives the SLA deadline in open agent-chat time, exit 0', async () => {
    const r = await run('agent-chat', '--at', '2026-09-23T17:30:00+09:00', '--add', '3h');
    expect(r).toMatchObject({
      code: 0,
      out: '2026-09-23 17:30:00 KST + 3h of open agent-chat time = 2026-09-28 12:00:00 KST\n',
    });
    const j = await run('agent-chat', '--at', '2026-09-23T11:00:00+09:00', '--add', '1h30m', '--json');
    expect(JSON.parse(j.out)).toEqual({
      rule: 'support.agent-hours',
      at: '2026-09-23T11:00:00.000+09:00',
      addMs: 5_400_000,
      deadlineAt: '2026-09-23T13:30:00.000+09:00',
    });
    expect((await run('agent-chat', '--add', '0s')).out).toBe(
      '2026-09-25 12:30:00 KST + 0s of open agent-chat time = 2026-09-25 12:30:00 KST\n',
    );
  });

  it.each([['3'], ['h'], ['3w'], ['1,5h'], ['30m3h'], ['']])('--add %j is a usage error, exit 2', async (d) => {
    const r = await run('agent-chat', '--add', d);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      '--add expects a duration like 90m, 1.5h, 2d, 1h30m or 45s (units d, h, m, s, ms, largest first, each once)',
    );
  });

  it.each([['--at', '2026-09-23T10:00'], ['--at', '1980-01-01T10:00:00Z'], ['--bogus'], ['extra']])(
    'exits 2 on bad arguments %s',
    async (...args) => {
      const r = await run('agent-chat', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('kakao-rules agent-chat --help');
    },
  );
});

describe('kakao-rules holidays (support.public-holidays)', () => {
  it('prints a table with a header, the weekday and the source', async () => {
    const r = await run('holidays', '2026');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'date        day  source    names',
      '2026-01-01  Thu  official  1월 1일',
    ]);
    expect(r.out).toContain('2026-09-25  Fri  official  추석');
    expect((await run('holidays', '2031')).out).toContain('2031-05-01  Thu  projected  노동절');
    expect((await run('holidays', '2015')).out).toContain('2015-08-14  Fri  historical  임시공휴일');
    expect((await run('holidays', '2025', '--projected')).out).not.toContain('임시공휴일');
  });

  it('takes --json like every command, and says what is wrong with a YEAR that is not one', async () => {
    expect((await run('holidays', '2026', '--json')).out).toBe((await run('holidays', '2026', '--format', 'json')).out);
    const twenty = await run('holidays', 'twenty');
    expect(twenty.code).toBe(2);
    expect(twenty.err).toBe(
      'kakao-rules holidays: expected a four-digit YEAR such as 2026 or a range FIRST..LAST such as 2026..2030; got "twenty"\nSee: kakao-rules holidays --help\n',
    );
    expect((await run('holidays', '2026', '--json', '--format', 'csv')).err).toContain(
      '--json and --format csv disagree',
    );
  });

  it('prints JSON and CSV', async () => {
    expect(JSON.parse((await run('holidays', '2025', '--format', 'json')).out)[5]).toEqual({
      date: '2025-03-01',
      names: ['3ㆍ1절'],
      source: 'official',
    });
    const csv = (await run('holidays', '2025', '--format', 'csv')).out.split('\n');
    expect(csv[0]).toBe('date,names,source');
    expect(csv).toContain('2025-05-05,어린이날 / 부처님 오신 날,official');
  });

  it('prints a valid ICS calendar with CRLF lines and all-day events', async () => {
    const { out, code } = await run('holidays', '2026', '--format', 'ics');
    expect(code).toBe(0);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = out.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(22);
    expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(22);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => l === 'DTSTAMP:20260925T033000Z')).toBe(true);
    const i = lines.indexOf('DTSTART;VALUE=DATE:20260925');
    expect(lines.slice(i - 3, i + 3)).toEqual([
      'BEGIN:VEVENT',
      'UID:20260925-kr-public-holiday@kakao-rules',
      'DTSTAMP:20260925T033000Z',
      'DTSTART;VALUE=DATE:20260925',
      'DTEND;VALUE=DATE:20260926',
      'SUMMARY:추석',
    ]);
  });

  it.each([[], ['1989'], ['2051'], ['20x6'], ['2026', '2027'], ['2026', '--format', 'xml']])(
    'exits 2 on bad arguments %j',
    async (...args) => {
      const r = await run('holidays', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('kakao-rules holidays --help');
    },
  );
});

describe('the overview', () => {
  it('says whether agent chat is open, why, the next opening and the next holiday', async () => {
    const { out } = await run();
    expect(out).toContain(
      '  Agent chat is CLOSED (support.public-holidays): public holiday (추석).\n  Next agent chat opening: 2026-09-28 10:00:00 KST\n  Next public holiday: 2026-09-25 추석 (official)\n',
    );
  });

  it('says when no holiday is left in the calendar, and when now is outside it', async () => {
    const lastWeek = await cliRunner(Date.parse('2050-12-28T11:00:00+09:00'))();
    expect(lastWeek.out).toContain(
      '  Agent chat is OPEN until 2050-12-28 12:00:00 KST.\n  Next public holiday: beyond the calendar\n',
    );
    const after = await cliRunner(Date.parse('2051-01-02T11:00:00+09:00'))();
    expect(after.out).toContain('  The holiday calendar covers 1990-2050; now is outside it.\n');
  });
});

describe('kakao-rules holidays FIRST..LAST (issue 23)', () => {
  it('prints one VCALENDAR for a range that ical.js reads: one all-day event per holiday, stable UIDs', async () => {
    const { out, code } = await run('holidays', '2026..2028', '--format', 'ics');
    expect(code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(out));
    expect(calendar.name).toBe('vcalendar');
    expect(out.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('대한민국 공휴일 2026-2028');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const days = [2026, 2027, 2028].flatMap((y) => koreanPublicHolidays(y));
    expect(events).toHaveLength(days.length);
    const chuseok = events.find((e) => e.startDate.toString() === '2026-09-25')!;
    expect(chuseok.summary).toBe('추석');
    expect(chuseok.uid).toBe('20260925-kr-public-holiday@kakao-rules');
    expect(chuseok.startDate.isDate).toBe(true);
    expect(chuseok.endDate.toString()).toBe('2026-09-26');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // The same day has the same UID whatever range it was exported in.
    const single = await run('holidays', '2026', '--format', 'ics');
    expect(single.out).toContain('UID:20260925-kr-public-holiday@kakao-rules');
    expect(events.find((e) => e.startDate.toString() === '2028-01-01')!.description).toBe(
      'projected from the rules (not yet gazetted)',
    );
  });

  it.each([
    ['csv', (out: string) => out.split('\n').filter((l) => l.startsWith('2027-')).length],
    ['json', (out: string) => (JSON.parse(out) as { date: string }[]).filter((h) => h.date.startsWith('2027-')).length],
    ['table', (out: string) => out.split('\n').filter((l) => l.startsWith('2027-')).length],
  ])('prints the range in %s, every year of it', async (format, count2027) => {
    const { out, code } = await run('holidays', '2026..2028', '--format', format);
    expect(code).toBe(0);
    expect(count2027(out)).toBe(koreanPublicHolidays(2027).length);
    expect(out).toContain('2026-09-25');
    expect(out).toContain('2028-');
  });

  it.each([
    ['2027..2026', 'the range 2027..2026 ends before it starts'],
    ['2026..2051', 'YEAR must be within 1990-2050; got 2051'],
    ['2026..', 'expected a four-digit YEAR such as 2026 or a range FIRST..LAST'],
  ])('refuses %s as a usage error (exit 2)', async (arg, message) => {
    const r = await run('holidays', arg);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('kakao-rules business-days (issue 23)', () => {
  it.each([
    [['is', '2026-09-25'], 1, '2026-09-25 is not a Korean business day\n'],
    [['is', '2026-09-23'], 0, '2026-09-23 is a Korean business day\n'],
    [['is', '2028-03-02'], 0, '2028-03-02 is a Korean business day (projected holidays)\n'],
    [['next', '2026-09-23'], 0, '2026-09-28\n'],
    [['add', '2026-09-23', '5'], 0, '2026-10-02\n'],
    [['add', '2026-09-28', '-1'], 0, '2026-09-23\n'],
    [['between', '2026-09-21', '2026-10-01'], 0, '6\n'],
    [
      ['add', '2026-09-23T11:00:00+09:00', '1'],
      0,
      '2026-09-23 11:00:00 KST + 1 business day (same-time) = 2026-09-28 11:00:00 KST\n',
    ],
    [
      ['add', '2026-09-23T11:00:00+09:00', '5', '--time', 'closing-time'],
      0,
      '2026-09-23 11:00:00 KST + 5 business days (closing-time) = 2026-10-02 18:30:00 KST\n',
    ],
  ])('business-days %j exits %d and prints %j', async (args, code, out) => {
    expect(await run('business-days', ...args)).toMatchObject({ code, out });
  });

  it('prints JSON with instants in KST and whether the answer rests on projections', async () => {
    const r = await run('business-days', 'add', '2027-12-30T11:00:00+09:00', '5', '--json');
    expect(JSON.parse(r.out)).toEqual({
      at: '2027-12-30T11:00:00.000+09:00',
      n: 5,
      time: 'same-time',
      deadlineAt: '2028-01-06T11:00:00.000+09:00',
      date: '2028-01-06',
      projected: true,
    });
    expect(JSON.parse((await run('business-days', 'is', '2026-09-25', '--json')).out)).toEqual({
      day: '2026-09-25',
      businessDay: false,
      projected: false,
    });
  });

  it.each([
    [[], 'expected one of is, next, add, between; got none'],
    [['when', '2026-09-23'], 'expected one of is, next, add, between; got "when"'],
    [['add', '2026-09-23'], 'business-days add takes 2 arguments; got 1'],
    [['add', '2026-09-23', '1.5'], 'N must be a whole number of business days'],
    [['add', '2026-09-23', '1', '--time', 'closing-time'], '--time needs an INSTANT'],
    [['is', '2026-09-23', '--time', 'same-time'], '--time goes with business-days add only'],
    [
      ['add', '2026-09-23T11:00:00+09:00', '1', '--time', 'noon'],
      '--time must be same-time or closing-time; got "noon"',
    ],
    [['is', 'tomorrow'], 'DAY must be a date YYYY-MM-DD or an ISO-8601 instant with offset'],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const r = await run('business-days', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('durations wherever a duration is taken (agent-chat --add)', () => {
  it.each([
    ['90m', '2026-09-23 13:30:00 KST'],
    ['1.5h', '2026-09-23 13:30:00 KST'],
    ['1h30m', '2026-09-23 13:30:00 KST'],
    ['5400s', '2026-09-23 13:30:00 KST'],
    ['5400000ms', '2026-09-23 13:30:00 KST'],
    // 2d = 48 h of open time: 09-23 11:00-12:00 and 13:00-18:30 (6.5 h), then 7.5 h a business day:
    // 09-28..10-02 (37.5 h, total 44 h), 10-05 is a holiday, 10-06 10:00-12:00 and 13:00-15:00 (4 h).
    ['2d', '2026-10-06 15:00:00 KST'],
  ])('takes %s', async (duration, deadline) => {
    const r = await run('agent-chat', '--at', '2026-09-23T11:00:00+09:00', '--add', duration);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`2026-09-23 11:00:00 KST + ${duration} of open agent-chat time = ${deadline}\n`);
  });

  it.each([
    ['3x', 'expects a duration like 90m, 1.5h, 2d'],
    ['h', 'expects a duration like 90m, 1.5h, 2d'],
    ['1m1h', 'expects a duration like 90m, 1.5h, 2d'],
    ['1h1h', 'expects a duration like 90m, 1.5h, 2d'],
    ['--add=-1h', 'expects a duration like 90m, 1.5h, 2d'],
    ['1.5', 'expects a duration like 90m, 1.5h, 2d'],
    ['0.0001s', 'is not a whole number of milliseconds'],
    ['999999999999999d', 'is too long'],
  ])('refuses %s with a clear usage error (exit 2)', async (duration, message) => {
    const args = duration.startsWith('--') ? [duration] : ['--add', duration];
    const r = await run('agent-chat', '--at', '2026-09-23T11:00:00+09:00', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--add`);
    expect(r.err).toContain(message);
  });
});

describe('kakao-rules holidays YEAR --sources (issue 23: provenance)', () => {
  const checkedOn = (supportHours as { HOLIDAY_DATA_CHECKED_ON?: string }).HOLIDAY_DATA_CHECKED_ON;

  // The basis data and HOLIDAY_DATA_CHECKED_ON come with the shipped holiday data (branch startup).
  it('prints each day with its basis and the date the gazette copy was last checked, or says the library has none', async () => {
    const table = await run('holidays', '2025', '--sources');
    if (checkedOn === undefined) {
      expect(table.code).toBe(2);
      expect(table.err).toContain('Unrecognized key: "basis"');
      return;
    }
    expect(table.code).toBe(0);
    expect(table.out).toContain(`Holiday data last checked against the gazette on ${checkedOn}.`);
    expect(table.out).toMatch(/^2025-03-01 {2}Sat {2}official {2}3ㆍ1절 {2}\[regulation art\. 2\]$/m);
    const json = JSON.parse((await run('holidays', '2025', '--sources', '--json')).out) as {
      holidayDataCheckedOn: string;
      holidays: { date: string; basis?: { kind: string } }[];
    };
    expect(json.holidayDataCheckedOn).toBe(checkedOn);
    expect(json.holidays.every((h) => h.basis !== undefined)).toBe(true);
  });

  const sourced: SourcedHoliday[] = [
    {
      date: '2025-01-27',
      names: ['임시공휴일'],
      source: 'official',
      basis: {
        kind: 'designation',
        publisher: 'Cabinet',
        title: 'Temporary holiday, 2025-01-27',
        date: '2025-01-08',
        note: 'as reported',
      },
    },
    { date: '2025-03-01', names: ['3ㆍ1절'], source: 'official', basis: { kind: 'regulation', article: 'art. 2' } },
    {
      date: '2025-03-03',
      names: ['대체공휴일(3ㆍ1절)'],
      source: 'official',
      basis: { kind: 'designation', publisher: 'x', title: 'y', date: null },
    },
    { date: '2025-09-23', names: ['창립기념일'], source: 'custom' },
  ];
  const options = { sources: true, checkedOn: '2026-12-01', title: '2025', now: 0 } as const;

  it('describes each basis on one line: its kind, its fields, its note', () => {
    expect(sourced.map((h) => describeBasis(h.basis))).toEqual([
      'designation Cabinet, Temporary holiday, 2025-01-27, 2025-01-08 (as reported)',
      'regulation art. 2',
      'designation x, y',
      '',
    ]);
  });

  it('adds the basis to every format, and the check date to the table and the JSON', () => {
    expect(formatHolidays(sourced, 'table', options).split('\n')).toEqual([
      'date        day  source    names',
      '2025-01-27  Mon  official  임시공휴일  [designation Cabinet, Temporary holiday, 2025-01-27, 2025-01-08 (as reported)]',
      '2025-03-01  Sat  official  3ㆍ1절  [regulation art. 2]',
      '2025-03-03  Mon  official  대체공휴일(3ㆍ1절)  [designation x, y]',
      '2025-09-23  Tue  custom    창립기념일',
      '',
      'Holiday data last checked against the gazette on 2026-12-01.',
    ]);
    expect(formatHolidays(sourced, 'table', { ...options, checkedOn: undefined })).toContain('on an unknown date.');
    expect(formatHolidays(sourced, 'csv', options).split('\n').slice(0, 3)).toEqual([
      'date,names,source,basis',
      '2025-01-27,임시공휴일,official,"designation Cabinet, Temporary holiday, 2025-01-27, 2025-01-08 (as reported)"',
      '2025-03-01,3ㆍ1절,official,regulation art. 2',
    ]);
    expect(JSON.parse(formatHolidays(sourced, 'json', { ...options, checkedOn: undefined })).holidayDataCheckedOn).toBe(
      null,
    );
    const ics = new ICAL.Component(ICAL.parse(formatHolidays(sourced, 'ics', options)));
    expect(new ICAL.Event(ics.getFirstSubcomponent('vevent')!).description).toBe(
      'official (gazette)\nbasis: designation Cabinet, Temporary holiday, 2025-01-27, 2025-01-08 (as reported)',
    );
  });
});
