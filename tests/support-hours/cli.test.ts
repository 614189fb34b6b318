import { describe, expect, it } from 'vitest';
import { cliRunner } from '../helpers.js';

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

  it.each([['3'], ['h'], ['3d'], ['1.5h'], ['30m3h'], ['']])('--add %j is a usage error, exit 2', async (d) => {
    const r = await run('agent-chat', '--add', d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--add expects a duration like 3h, 90m, 1h30m or 45s');
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
      'kakao-rules holidays: YEAR must be a four-digit year such as 2026; got "twenty"\nSee: kakao-rules holidays --help\n',
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
