import { readFileSync, statSync } from 'node:fs';
import { formatKst } from '../core/index.js';
import {
  NEW_WORK_WINDOW_MS,
  STAGE_ON_EPISODE_LIMITS as L,
  checkNewAuthorRanking,
  isNewWork,
  newAuthorRanking,
  newAuthorRankingWindow,
  newWorkWindow,
  type KakaoPageClock,
  type Interval,
} from '../kakaopage/index.js';
import { UsageError, instantArg, parseCommandArgs, toJson, type CliModule, type Command, type Io } from './command.js';

const NEW_WORK_USAGE = `Usage: kakao-rules new-work --first ISO [--at ISO] [--clock CLOCK] [--json]

Is a KakaoPage work a new work (신작) at --at (default: now)? A work is new for 30 days of 24 hours
from its first episode: [first, first + 30 days). Exit 0 when new, 1 when not.

Options:
  --first ISO   when the first episode was published (ISO-8601 with offset)
  --at ISO      the instant to ask about (default: now)
  --clock C     elapsed (default: 30 x 24 h) or kst-calendar-days (through the end of day 30 KST)
  --json        print the answer as JSON
  -h, --help    show this help

Example:
  kakao-rules new-work --first 2026-03-01T12:00:00+09:00 --at 2026-03-31T11:59:59+09:00`;

const NEW_AUTHOR_USAGE = `Usage: kakao-rules new-author --nickname ISO --first ISO [--registered ISO] [--at ISO] [--clock CLOCK] [--json]
       kakao-rules new-author --batch works.json [--at ISO] [--clock CLOCK]

Is a work in the KakaoPage new-author ranking (신인작가 랭킹) at --at (default: now)? Both must hold:
the nickname is under 60 days old and the work's first episode was registered under 30 days ago.
Prints until when, or every reason it is not. Exit 0 when eligible, 1 when not.
With --batch, reads a JSON array of works ({ id, nicknameCreatedAt, firstEpisodeAt,
firstEpisodeRegisteredAt? }) and prints, as JSON, the eligible ids and changesAt, the instant the
set next changes (epoch ms, or null). Exit 0.

Options:
  --nickname ISO     when the author's nickname was created (ISO-8601 with offset)
  --first ISO        when the work's first episode was published
  --registered ISO   when it was registered (default: --first)
  --batch FILE       a JSON file with an array of works
  --at ISO           the instant to ask about (default: now)
  --clock C          elapsed (default: days of 24 h) or kst-calendar-days
  --json             print the outcome as JSON
  -h, --help         show this help

Examples:
  kakao-rules new-author --nickname 2026-01-01T00:00:00+09:00 --first 2026-02-15T00:00:00+09:00
  kakao-rules new-author --batch works.json --at 2026-02-15T00:00:00+09:00`;

const CLOCKS: readonly KakaoPageClock[] = ['elapsed', 'kst-calendar-days'];

/** The `{ clock }` option of a --clock argument (none when absent). */
function clockOption(value: string | undefined): { clock: KakaoPageClock } | undefined {
  if (value === undefined) return undefined;
  if (!(CLOCKS as readonly string[]).includes(value))
    throw new UsageError(`--clock must be one of ${CLOCKS.join(', ')}; got ${JSON.stringify(value)}`);
  return { clock: value as KakaoPageClock };
}

/** The largest --batch file read: 64 MiB (100,000 works, the batch cap, take about 10 MB). */
const MAX_BATCH_FILE_BYTES = 64 << 20;

/**
 * The parsed JSON of a --batch file: a regular file of at most {@link MAX_BATCH_FILE_BYTES}, strict
 * UTF-8 (a leading BOM is accepted). Anything else is bad input, found before the file is read whole.
 */
function readBatchFile(path: string): unknown {
  let text: string;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_BATCH_FILE_BYTES) throw new Error(`larger than ${MAX_BATCH_FILE_BYTES} bytes`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    throw new UsageError(`--batch: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--batch: ${path} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function requiredInstant(value: string | undefined, flag: string, io: Io): number {
  if (value === undefined) throw new UsageError(`${flag} is required (an ISO-8601 instant with offset)`);
  return instantArg(value, io, flag);
}

const windowKst = ({ start, end }: Interval) => ({ start: formatKst(start), end: formatKst(end) });

const newWorkCommand: Command = {
  name: 'new-work',
  summary: 'is a KakaoPage work new (first episode within 30 days)?',
  usage: NEW_WORK_USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { first: { type: 'string' }, at: { type: 'string' }, clock: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    const first = requiredInstant(values.first, '--first', io);
    const at = instantArg(values.at, io);
    const options = clockOption(values.clock);
    const isNew = isNewWork(first, at, options);
    const window = newWorkWindow(first, options);
    const kst = windowKst(window);
    if (values.json) {
      io.out(toJson({ rule: 'kakaopage.new-work', isNewWork: isNew, at, clock: options?.clock ?? 'elapsed', window }));
    } else if (isNew) {
      io.out(`New work (kakaopage.new-work): yes, until ${kst.end} (first episode ${kst.start}).`);
    } else {
      io.out(
        at < first
          ? `Not a new work yet (kakaopage.new-work): the first episode is at ${kst.start}; new until ${kst.end}.`
          : `Not a new work (kakaopage.new-work): new from ${kst.start} until ${kst.end}.`,
      );
    }
    return isNew ? 0 : 1;
  },
};

const newAuthorCommand: Command = {
  name: 'new-author',
  summary: 'is a work in the KakaoPage new-author ranking (nickname < 60 days, first episode < 30 days)?',
  usage: NEW_AUTHOR_USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        nickname: { type: 'string' },
        first: { type: 'string' },
        registered: { type: 'string' },
        batch: { type: 'string' },
        at: { type: 'string' },
        clock: { type: 'string' },
        json: { type: 'boolean' },
      },
      false,
    );
    const options = clockOption(values.clock);
    if (values.batch !== undefined) {
      if (values.nickname !== undefined || values.first !== undefined || values.registered !== undefined) {
        throw new UsageError('--batch reads the works from the file; leave out --nickname, --first and --registered');
      }
      const at = instantArg(values.at, io);
      const works = readBatchFile(values.batch) as Parameters<typeof newAuthorRanking>[0];
      const result = newAuthorRanking(works, at, options);
      io.out(toJson({ rule: 'kakaopage.new-author', at, ...result }));
      return 0;
    }
    const work = {
      nicknameCreatedAt: requiredInstant(values.nickname, '--nickname', io),
      firstEpisodeAt: requiredInstant(values.first, '--first', io),
      ...(values.registered === undefined
        ? {}
        : { firstEpisodeRegisteredAt: instantArg(values.registered, io, '--registered') }),
    };
    const at = instantArg(values.at, io);
    const outcome = checkNewAuthorRanking(work, at, options);
    const window = newAuthorRankingWindow(work, options);
    const empty = window.end <= window.start;
    if (values.json) {
      io.out(toJson({ ...outcome, at, window }));
    } else if (outcome.ok) {
      io.out(`In the new-author ranking (kakaopage.new-author) until ${formatKst(outcome.value.until)}.`);
    } else {
      io.out(
        [
          `Not in the new-author ranking (kakaopage.new-author): ${outcome.reasons.join(', ')}.`,
          outcome.message.en,
          outcome.message.ko,
          empty
            ? "The work is never eligible: the nickname's 60-day window was over at the first episode's registration."
            : `Ranking window: ${formatKst(window.start)} until ${formatKst(window.end)} (end excluded).`,
        ].join('\n'),
      );
    }
    return outcome.ok ? 0 : 1;
  },
};

/** The `kakaopage` module's CLI commands (`new-work`, `new-author`) and overview lines. */
export const cli: CliModule = {
  commands: [newWorkCommand, newAuthorCommand],
  overview: (now) => [
    `new work: first episode within 30 days, [first, first + 30 x 24 h); a work first published now is new until ${formatKst(now + NEW_WORK_WINDOW_MS)}`,
    'new-author ranking: nickname under 60 days and first episode under 30 days old, both at once',
    `StageON limits: fantasy, martial arts, modern fantasy, romance fantasy ${L.fantasy}; romance/BL mid ${L.romance.mid}, long ${L.romance.long}; free genre ${L.free}`,
    'try: kakao-rules new-work --first ISO | kakao-rules new-author --nickname ISO --first ISO | kakao-rules new-author --batch works.json',
  ],
};
