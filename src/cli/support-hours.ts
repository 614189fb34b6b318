import { formatDayNumber, formatKst, parseIsoDate, parseIsoInstant, weekdayOfDayNumber } from '../core/index.js';
import * as supportHours from '../support-hours/index.js';
import {
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
  addAgentChatTime,
  addKoreanBusinessDays,
  checkAgentChat,
  isKoreanBusinessDay,
  koreanBusinessDayDeadline,
  koreanBusinessDaysBetween,
  koreanPublicHolidays,
  nextAgentChatOpening,
  nextKoreanBusinessDay,
  restsOnProjection,
  type AgentChatOutcome,
  type KoreanPublicHoliday,
} from '../support-hours/index.js';
import { UsageError, instantArg, parseCommandArgs, toJson, type CliModule, type Command } from './command.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const AGENT_CHAT_USAGE = `Usage: kakao-rules agent-chat [--at ISO] [--add DURATION] [--json]

Is Kakao's agent (human) chat open? Weekdays 10:00-12:00 and 13:00-18:30 KST, closed on public
holidays. Prints open or closed, why, and the next opening, in KST. Exit code 0 when open, 1 when
closed. With --add, prints instead the instant when DURATION of open agent-chat time has passed
since --at (an SLA deadline in business time), exit code 0.

Options:
  --at ISO          the instant to ask about (ISO-8601 with offset); default: now
  --add DURATION    open time to add, e.g. 3h, 90m, 1.5h, 1h30m, 45s, 2d (a day is 24 hours
                    of open time, not a business day: see business-days add)
  --json            print the answer as JSON
  -h, --help        show this help

Examples:
  kakao-rules agent-chat
  kakao-rules agent-chat --at 2026-09-25T11:00:00+09:00
  kakao-rules agent-chat --at 2026-09-23T17:30:00+09:00 --add 3h`;

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
const UNITS = ['d', 'h', 'm', 's', 'ms'] as const;
const DURATION_HINT = 'a duration like 90m, 1.5h, 2d, 1h30m or 45s (units d, h, m, s, ms, largest first, each once)';

/**
 * Milliseconds of a duration: one or more `<number><unit>` parts, units `d` (24 hours), `h`, `m`, `s`
 * and `ms`, largest first, each at most once; a number may have a fraction (`1.5h`) as long as the
 * total is a whole number of milliseconds. Anything else is a usage error naming the flag.
 */
export function parseDuration(text: string, flag = '--add'): number {
  const parts = /^(?:(\d+(?:\.\d+)?)(d|h|ms|m|s))+$/.test(text)
    ? [...text.matchAll(/(\d+(?:\.\d+)?)(d|h|ms|m|s)/g)]
    : [];
  const order = parts.map((p) => UNITS.indexOf(p[2] as (typeof UNITS)[number]));
  if (parts.length === 0 || order.some((o, i) => i > 0 && o <= order[i - 1]!))
    throw new UsageError(`${flag} expects ${DURATION_HINT}; got ${JSON.stringify(text)}`);
  // Each part in integer arithmetic where it can be: 1.5h is 15 tenths of an hour.
  let total = 0;
  for (const [, number, unit] of parts) {
    const [whole, fraction = ''] = number!.split('.');
    const scale = 10 ** fraction.length;
    const ms = (Number(whole) * scale + Number(fraction || 0)) * UNIT_MS[unit as keyof typeof UNIT_MS];
    if (ms % scale !== 0)
      throw new UsageError(`${flag}: ${JSON.stringify(text)} is not a whole number of milliseconds`);
    total += ms / scale;
  }
  if (!Number.isSafeInteger(total)) throw new UsageError(`${flag}: ${JSON.stringify(text)} is too long`);
  return total;
}

const HOLIDAYS_USAGE = `Usage: kakao-rules holidays YEAR|FIRST..LAST [--format table|json|csv|ics] [--json] [--projected] [--sources]

South Korea's public holidays of YEAR, or of every year FIRST..LAST (${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}), in one
table, JSON list, CSV or calendar (ICS: one VCALENDAR, a stable UID per day): the recorded history for 1990-2017
(temporary holidays and designated election days included), the gazette for 2018-2027, and a
projection from the rules after that (no temporary holidays or snap elections). ICS output can be
imported or subscribed to as a calendar.

Options:
  --format F    table (default), json, csv or ics
  --json        the same as --format json
  --projected   use the projection even for a gazetted year
  --sources     add each day's basis (the article, law or designation it rests on) and the date
                the gazette copy was last checked
  -h, --help    show this help

Examples:
  kakao-rules holidays 2026
  kakao-rules holidays 2026..2030 --format ics > holidays.ics
  kakao-rules holidays 2025 --sources`;

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
    const at = instantArg(values.at, io);
    if (values.add !== undefined) {
      const ms = parseDuration(values.add, '--add');
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

/** A holiday as `--sources` prints it: with its basis, when the library gives one. */
export type SourcedHoliday = KoreanPublicHoliday & { readonly basis?: Readonly<Record<string, unknown>> };

/** One line for a basis: its kind and fields, e.g. `regulation art. 2` or `designation <publisher>, <title>, 2025-01-08`. */
export function describeBasis(basis: SourcedHoliday['basis']): string {
  if (basis === undefined) return '';
  const { kind, note, ...fields } = basis;
  const text = [
    String(kind),
    Object.values(fields)
      .filter((v) => v !== null)
      .join(', '),
  ]
    .join(' ')
    .trim();
  return typeof note === 'string' ? `${text} (${note})` : text;
}

/**
 * `koreanPublicHolidays(year, { basis: true })` and `HOLIDAY_DATA_CHECKED_ON`, read through the
 * module object: the holiday data's provenance (issue 23) is added beside this CLI, and a library
 * without it refuses the option as bad input, which the CLI reports.
 */
function holidaysWithSources(year: number, projected: boolean): SourcedHoliday[] {
  const list = supportHours.koreanPublicHolidays as (y: number, o: object) => SourcedHoliday[];
  return list(year, { ...(projected && { source: 'projected' }), basis: true });
}
const dataCheckedOn = (): string | undefined =>
  (supportHours as { readonly HOLIDAY_DATA_CHECKED_ON?: string }).HOLIDAY_DATA_CHECKED_ON;

function toIcs(title: string, list: readonly SourcedHoliday[], now: number): string {
  const stamp = `${new Date(now).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kakao-rules//support-hours//KO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`대한민국 공휴일 ${title}`)}`,
    ...list.flatMap((h) => [
      'BEGIN:VEVENT',
      // Stable: the same day has the same UID in every export, whatever range it came in.
      `UID:${compactDate(h.date)}-kr-public-holiday@kakao-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(h.date)}`,
      `DTEND;VALUE=DATE:${compactDate(formatDayNumber(parseIsoDate(h.date)! + 1))}`,
      `SUMMARY:${icsText(h.names.join(' / '))}`,
      `DESCRIPTION:${icsText(
        [
          h.source === 'projected'
            ? 'projected from the rules (not yet gazetted)'
            : h.source === 'official'
              ? 'official (gazette)'
              : h.source === 'historical'
                ? 'historical record'
                : 'custom',
          ...(h.basis === undefined ? [] : [`basis: ${describeBasis(h.basis)}`]),
        ].join('\n'),
      )}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  // RFC 5545 wants CRLF after every line; io.out adds the final "\n".
  return `${lines.join('\r\n')}\r`;
}

const FORMATS = ['table', 'json', 'csv', 'ics'] as const;

/** `[first, last]` of `YEAR` or `FIRST..LAST`, or a usage error. */
function yearRange(text: string): [number, number] {
  const m = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(text);
  if (m === null)
    throw new UsageError(
      `expected a four-digit YEAR such as 2026 or a range FIRST..LAST such as 2026..2030; got ${JSON.stringify(text)}`,
    );
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  for (const year of [first, last])
    if (year < HOLIDAY_FIRST_YEAR || year > HOLIDAY_LAST_YEAR)
      throw new UsageError(`YEAR must be within ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}; got ${year}`);
  if (last < first) throw new UsageError(`the range ${text} ends before it starts; write FIRST..LAST`);
  return [first, last];
}

/**
 * The holidays in one of the formats; with `sources`, each day's basis and the date the gazette copy
 * was last checked (`checkedOn`).
 */
export function formatHolidays(
  list: readonly SourcedHoliday[],
  format: (typeof FORMATS)[number],
  options: {
    readonly sources: boolean;
    readonly checkedOn: string | undefined;
    readonly title: string;
    readonly now: number;
  },
): string {
  const { sources, checkedOn } = options;
  if (format === 'json') return toJson(sources ? { holidayDataCheckedOn: checkedOn ?? null, holidays: list } : list);
  if (format === 'csv') {
    const header = sources ? 'date,names,source,basis' : 'date,names,source';
    const row = (h: SourcedHoliday) =>
      [h.date, h.names.join(' / '), h.source, ...(sources ? [describeBasis(h.basis)] : [])].map(csvField).join(',');
    return [header, ...list.map(row)].join('\n');
  }
  if (format === 'ics') return toIcs(options.title, list, options.now);
  const rows = list.map(
    (h) =>
      [
        h.date,
        WEEKDAYS[weekdayOfDayNumber(parseIsoDate(h.date)!)]!,
        h.source,
        h.names.join(', ') + (sources && h.basis !== undefined ? `  [${describeBasis(h.basis)}]` : ''),
      ] as const,
  );
  const widths = [10, 3, Math.max(6, ...rows.map((r) => r[2].length))];
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c))
      .join('  ')
      .trimEnd();
  const table = [line(['date', 'day', 'source', 'names']), ...rows.map(line)];
  if (sources) table.push('', `Holiday data last checked against the gazette on ${checkedOn ?? 'an unknown date'}.`);
  return table.join('\n');
}

const holidaysCommand: Command = {
  name: 'holidays',
  summary: `South Korean public holidays of a year or a range of years (${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}), as a table, JSON, CSV or ICS`,
  usage: HOLIDAYS_USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      projected: { type: 'boolean' },
      sources: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (positionals.length !== 1)
      throw new UsageError(
        `expected one YEAR or FIRST..LAST, e.g. kakao-rules holidays 2026; got ${positionals.length === 0 ? 'none' : positionals.length}`,
      );
    const [first, last] = yearRange(positionals[0]!);
    if (values.json && values.format !== undefined && values.format !== 'json')
      throw new UsageError(`--json and --format ${values.format} disagree; give one`);
    const format = values.json ? 'json' : (values.format ?? 'table');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got ${JSON.stringify(format)}`);
    const checkedOn = values.sources ? dataCheckedOn() : undefined;
    const list: SourcedHoliday[] = [];
    for (let year = first; year <= last; year++)
      list.push(
        ...(values.sources
          ? holidaysWithSources(year, values.projected === true)
          : koreanPublicHolidays(year, values.projected ? { source: 'projected' } : undefined)),
      );
    const title = first === last ? String(first) : `${first}-${last}`;
    io.out(
      formatHolidays(list, format as (typeof FORMATS)[number], {
        sources: values.sources === true,
        checkedOn,
        title,
        now: io.now(),
      }),
    );
    return 0;
  },
};

const BUSINESS_DAYS_USAGE = `Usage: kakao-rules business-days is DAY [--json]
       kakao-rules business-days next DAY [--json]
       kakao-rules business-days add DAY|INSTANT N [--time same-time|closing-time] [--json]
       kakao-rules business-days between FROM TO [--json]

Korean business days (neither a Saturday, a Sunday nor a public holiday), ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR}. DAY is a
KST date YYYY-MM-DD (or an instant: its KST date). \`add\` with a DAY gives the business day N business
days later (N may be negative); with an INSTANT (ISO-8601 with offset) it gives the deadline as an
instant: the start moves to the next agent-chat opening (day 0), then N business days later at the
same KST time (default) or at the day's closing time (18:30 KST). Answers that rest on projected
holidays (2028 on) say so. Exit code: 0, or 1 when \`is\` answers no.

Options:
  --time T      for add with an INSTANT: same-time (default) or closing-time
  --json        print the answer as JSON
  -h, --help    show this help

Examples:
  kakao-rules business-days is 2026-09-25
  kakao-rules business-days next 2026-09-23
  kakao-rules business-days add 2026-09-23 5
  kakao-rules business-days add 2026-09-23T11:00:00+09:00 5 --time closing-time
  kakao-rules business-days between 2026-09-21 2026-10-01`;

const SUBCOMMANDS = ['is', 'next', 'add', 'between'] as const;

/** A DAY argument: `YYYY-MM-DD` as given, or an instant (ISO with offset, or epoch ms). */
function dayArg(text: string, io: Parameters<Command['run']>[1], what: string): string | number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  if (/^-?\d+$/.test(text) || parseIsoInstant(text) !== undefined) return instantArg(text, io, what);
  throw new UsageError(
    `${what} must be a date YYYY-MM-DD or an ISO-8601 instant with offset; got ${JSON.stringify(text)}`,
  );
}

const businessDaysCommand: Command = {
  name: 'business-days',
  summary: 'Korean business days: is, next, add (dates, or deadlines as instants), between',
  usage: BUSINESS_DAYS_USAGE,
  run(args, io) {
    // A negative N (`add 2026-09-28 -1`) is a number, not an option: parseArgs would read it as one.
    const NEGATIVE = '\u0000';
    const { values, positionals: raw } = parseCommandArgs(
      args.map((a) => (/^-\d+$/.test(a) ? NEGATIVE + a : a)),
      { time: { type: 'string' }, json: { type: 'boolean' } },
    );
    const positionals = raw.map((p) => (p.startsWith(NEGATIVE) ? p.slice(1) : p));
    const [sub, ...rest] = positionals;
    if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new UsageError(
        `expected one of ${SUBCOMMANDS.join(', ')}; got ${sub === undefined ? 'none' : JSON.stringify(sub)}`,
      );
    const arity = sub === 'add' || sub === 'between' ? 2 : 1;
    if (rest.length !== arity)
      throw new UsageError(`business-days ${sub} takes ${arity} argument${arity === 1 ? '' : 's'}; got ${rest.length}`);
    if (values.time !== undefined && sub !== 'add') throw new UsageError('--time goes with business-days add only');
    if (values.time !== undefined && values.time !== 'same-time' && values.time !== 'closing-time')
      throw new UsageError(`--time must be same-time or closing-time; got ${JSON.stringify(values.time)}`);
    const show = (json: object, text: string) => io.out(values.json ? toJson(json) : text);
    if (sub === 'is') {
      const day = dayArg(rest[0]!, io, 'DAY');
      const yes = isKoreanBusinessDay(day);
      const projected = restsOnProjection(day);
      const date = typeof day === 'string' ? day : formatKst(day).slice(0, 10);
      show(
        { day: date, businessDay: yes, projected },
        `${date} is ${yes ? '' : 'not '}a Korean business day${projected ? ' (projected holidays)' : ''}`,
      );
      return yes ? 0 : 1;
    }
    if (sub === 'next') {
      const day = dayArg(rest[0]!, io, 'DAY');
      const next = nextKoreanBusinessDay(day);
      const projected = restsOnProjection(day, next);
      show({ next, projected }, `${next}${projected ? ' (projected holidays)' : ''}`);
      return 0;
    }
    if (sub === 'between') {
      const from = dayArg(rest[0]!, io, 'FROM');
      const to = dayArg(rest[1]!, io, 'TO');
      const count = koreanBusinessDaysBetween(from, to);
      const projected = restsOnProjection(from, to);
      show({ businessDays: count, projected }, `${count}${projected ? ' (projected holidays)' : ''}`);
      return 0;
    }
    const start = dayArg(rest[0]!, io, 'DAY');
    if (!/^-?\d+$/.test(rest[1]!))
      throw new UsageError(`N must be a whole number of business days; got ${JSON.stringify(rest[1])}`);
    const n = Number(rest[1]);
    if (typeof start === 'string') {
      if (values.time !== undefined) throw new UsageError('--time needs an INSTANT to start from, not a DATE');
      const day = addKoreanBusinessDays(start, n);
      const projected = restsOnProjection(start, day);
      show({ day, projected }, `${day}${projected ? ' (projected holidays)' : ''}`);
      return 0;
    }
    const time = values.time === 'closing-time' ? 'closing-time' : 'same-time';
    const r = koreanBusinessDayDeadline(start, n, { time });
    show(
      { at: start, n, time, ...r },
      `${formatKst(start)} + ${n} business day${Math.abs(n) === 1 ? '' : 's'} (${time}) = ${formatKst(r.deadlineAt)}${r.projected ? ' (projected holidays)' : ''}`,
    );
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
  commands: [agentChatCommand, holidaysCommand, businessDaysCommand],
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
