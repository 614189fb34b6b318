import { formatDayNumber, formatKst, parseIsoDate, weekdayOfDayNumber } from '../core/index.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
import {
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
  addAgentChatTime,
  checkAgentChat,
  koreanPublicHolidays,
  nextAgentChatOpening,
  type AgentChatOutcome,
  type KoreanPublicHoliday,
} from '../support-hours/index.js';
import { UsageError, instantArg, parseCommandArgs, toJson, type CliModule, type Command } from './command.js';

const AGENT_CHAT_USAGE = `Usage: kakao-rules agent-chat [--at ISO] [--add DURATION] [--json]

Is Kakao's agent (human) chat open? Weekdays 10:00-12:00 and 13:00-18:30 KST, closed on public
holidays. Prints open or closed, why, and the next opening, in KST. Exit code 0 when open, 1 when
closed. With --add, prints instead the instant when DURATION of open agent-chat time has passed
since --at (an SLA deadline in business time), exit code 0.

Options:
  --at ISO          the instant to ask about (ISO-8601 with offset); default: now
  --add DURATION    open time to add, e.g. 3h, 90m, 1h30m, 45s
  --json            print the answer as JSON
  -h, --help        show this help

Examples:
  kakao-rules agent-chat
  kakao-rules agent-chat --at 2026-09-25T11:00:00+09:00
  kakao-rules agent-chat --at 2026-09-23T17:30:00+09:00 --add 3h`;

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000 } as const;

/** Milliseconds of a duration like `3h`, `90m`, `1h30m` or `45s` (each unit at most once, in that order). */
function parseDuration(text: string): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (m === null || text === '')
    throw new UsageError(`--add expects a duration like 3h, 90m, 1h30m or 45s; got ${JSON.stringify(text)}`);
  return Number(m[1] ?? 0) * UNIT_MS.h + Number(m[2] ?? 0) * UNIT_MS.m + Number(m[3] ?? 0) * UNIT_MS.s;
}

const HOLIDAYS_USAGE = `Usage: kakao-rules holidays YEAR [--format table|json|csv|ics] [--json] [--projected]

South Korea's public holidays of YEAR (${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}): the recorded history for 1990-2017
(temporary holidays and designated election days included), the gazette for 2018-2027, and a
projection from the rules after that (no temporary holidays or snap elections). ICS output can be
imported or subscribed to as a calendar.

Options:
  --format F    table (default), json, csv or ics
  --json        the same as --format json
  --projected   use the projection even for a gazetted year
  -h, --help    show this help

Examples:
  kakao-rules holidays 2026
  kakao-rules holidays 2031 --format ics > holidays-2031.ics`;

function describeStatus(s: AgentChatOutcome): string {
  if (s.ok) return `Agent chat is OPEN until ${formatKst(s.value.closesAt)}.`;
  const why = s.code === 'public-holiday' ? `public holiday (${s.holiday.join(', ')})` : s.code.replace('-', ' ');
  return `Agent chat is CLOSED (${s.rule}): ${why}. Next opening: ${formatKst(s.opensAt)}.`;
}

const agentChatCommand: Command = {
  name: 'agent-chat',
  summary: 'is agent chat open now (or --at), why, and the next opening (KST)',
  usage: AGENT_CHAT_USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { at: { type: 'string' }, add: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    if (values.help) return (io.out(AGENT_CHAT_USAGE), 0);
    const at = instantArg(values.at, io);
    if (values.add !== undefined) {
      const ms = parseDuration(values.add);
      const deadline = addAgentChatTime(at, ms);
      io.out(
        values.json
          ? toJson({ rule: 'support.agent-hours', at, addMs: ms, deadlineAt: deadline })
          : `${formatKst(at)} + ${values.add} of open agent-chat time = ${formatKst(deadline)}`,
      );
      return 0;
    }
    const status = checkAgentChat(at);
    io.out(values.json ? toJson({ at, ...status }) : `${formatKst(at)}\n${describeStatus(status)}`);
    return status.ok ? 0 : 1;
  },
};

const csvField = (text: string): string => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const icsText = (text: string): string => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const compactDate = (date: string): string => date.replaceAll('-', '');

function toIcs(year: number, list: readonly KoreanPublicHoliday[], now: number): string {
  const stamp = `${new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kakao-rules//support-hours//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`대한민국 공휴일 ${year}`)}`,
    ...list.flatMap((h) => [
      'BEGIN:VEVENT',
      `UID:${compactDate(h.date)}-kr-public-holiday@kakao-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(h.date)}`,
      `DTEND;VALUE=DATE:${compactDate(formatDayNumber(parseIsoDate(h.date)! + 1))}`,
      `SUMMARY:${icsText(h.names.join(' / '))}`,
      `DESCRIPTION:${icsText(h.source === 'projected' ? 'projected from the rules (not yet gazetted)' : h.source === 'official' ? 'official (gazette)' : h.source === 'historical' ? 'historical record' : 'custom')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  // RFC 5545 wants CRLF after every line; io.out adds the final "\n".
  return `${lines.join('\r\n')}\r`;
}

const FORMATS = ['table', 'json', 'csv', 'ics'] as const;

const holidaysCommand: Command = {
  name: 'holidays',
  summary: `South Korean public holidays of a year (${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}), as a table, JSON, CSV or ICS`,
  usage: HOLIDAYS_USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      projected: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (values.help) return (io.out(HOLIDAYS_USAGE), 0);
    if (positionals.length !== 1)
      throw new UsageError(
        `expected one YEAR, e.g. kakao-rules holidays 2026; got ${positionals.length === 0 ? 'none' : positionals.length}`,
      );
    if (!/^\d{4}$/.test(positionals[0]!))
      throw new UsageError(`YEAR must be a four-digit year such as 2026; got ${JSON.stringify(positionals[0])}`);
    const year = Number(positionals[0]);
    if (year < HOLIDAY_FIRST_YEAR || year > HOLIDAY_LAST_YEAR)
      throw new UsageError(`YEAR must be within ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}; got ${year}`);
    if (values.json && values.format !== undefined && values.format !== 'json')
      throw new UsageError(`--json and --format ${values.format} disagree; give one`);
    const format = values.json ? 'json' : (values.format ?? 'table');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(format)}`);
    const list = koreanPublicHolidays(year, values.projected ? { source: 'projected' } : undefined);
    if (format === 'json') io.out(toJson(list));
    else if (format === 'csv')
      io.out(
        ['date,names,source', ...list.map((h) => [h.date, h.names.join(' / '), h.source].map(csvField).join(','))].join(
          '\n',
        ),
      );
    else if (format === 'ics') io.out(toIcs(year, list, io.now()));
    else {
      const rows = list.map(
        (h) => [h.date, WEEKDAYS[weekdayOfDayNumber(parseIsoDate(h.date)!)]!, h.source, h.names.join(', ')] as const,
      );
      const widths = [10, 3, Math.max(6, ...rows.map((r) => r[2].length))];
      const line = (cells: readonly string[]) =>
        cells
          .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c))
          .join('  ')
          .trimEnd();
      io.out([line(['date', 'day', 'source', 'names']), ...rows.map(line)].join('\n'));
    }
    return 0;
  },
};

function nextHoliday(now: number): KoreanPublicHoliday | undefined {
  const today = new Date(now + 32_400_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    if (y < HOLIDAY_FIRST_YEAR || y > HOLIDAY_LAST_YEAR) continue;
    const found = koreanPublicHolidays(y).find((h) => h.date >= today);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The `support-hours` module's CLI commands and overview lines. */
export const cli: CliModule = {
  commands: [agentChatCommand, holidaysCommand],
  overview(now) {
    try {
      const status = checkAgentChat(now);
      const next = status.ok ? undefined : nextAgentChatOpening(now);
      const holiday = nextHoliday(now);
      return [
        describeStatus(status).replace(/ Next opening: .*$/, ''),
        ...(next !== undefined ? [`Next agent chat opening: ${formatKst(next)}`] : []),
        holiday
          ? `Next public holiday: ${holiday.date} ${holiday.names.join(', ')} (${holiday.source})`
          : 'Next public holiday: beyond the calendar',
      ];
    } catch {
      return [`The holiday calendar covers ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}; now is outside it.`];
    }
  },
};
