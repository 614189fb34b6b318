import { formatKst } from '../core/index.js';
import {
  NEW_WORK_WINDOW_MS,
  STAGE_ON_EPISODE_LIMITS as L,
  checkNewAuthorRanking,
  isNewWork,
  newAuthorRankingWindow,
  newWorkWindow,
  type KakaoPageWindow,
} from '../kakaopage/index.js';
import { UsageError, instantArg, parseCommandArgs, type CliModule, type Command, type Io } from './command.js';

const NEW_WORK_USAGE = `Usage: kakao-rules new-work --first ISO [--at ISO] [--json]

Is a KakaoPage work a new work (신작) at --at (default: now)? A work is new for 30 days of 24 hours
from its first episode: [first, first + 30 days). Exit 0 when new, 1 when not.

Options:
  --first ISO   when the first episode was published (ISO-8601 with offset)
  --at ISO      the instant to ask about (default: now)
  --json        print the answer as JSON
  -h, --help    show this help

Example:
  kakao-rules new-work --first 2026-03-01T12:00:00+09:00 --at 2026-03-31T11:59:59+09:00`;

const NEW_AUTHOR_USAGE = `Usage: kakao-rules new-author --nickname ISO --first ISO [--at ISO] [--json]

Is a work in the KakaoPage new-author ranking (신인작가 랭킹) at --at (default: now)? Both must hold:
the nickname is under 60 days old and the work's first episode under 30 days old. Prints until when,
or every reason it is not. Exit 0 when eligible, 1 when not.

Options:
  --nickname ISO   when the author's nickname was created (ISO-8601 with offset)
  --first ISO      when the work's first episode was registered
  --at ISO         the instant to ask about (default: now)
  --json           print the outcome as JSON
  -h, --help       show this help

Example:
  kakao-rules new-author --nickname 2026-01-01T00:00:00+09:00 --first 2026-02-15T00:00:00+09:00`;

function requiredInstant(value: string | undefined, flag: string, io: Io): number {
  if (value === undefined) throw new UsageError(`${flag} is required (an ISO-8601 instant with offset)`);
  return instantArg(value, io, flag);
}

const windowKst = ({ start, end }: KakaoPageWindow) => ({ start: formatKst(start), end: formatKst(end) });

const newWorkCommand: Command = {
  name: 'new-work',
  summary: 'is a KakaoPage work new (first episode within 30 days)?',
  usage: NEW_WORK_USAGE,
  run(args, io) {
    const { values } = parseCommandArgs(args, { first: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (values.help) return io.out(NEW_WORK_USAGE), 0;
    const first = requiredInstant(values.first, '--first', io);
    const at = instantArg(values.at, io);
    const isNew = isNewWork(first, at);
    const window = newWorkWindow(first);
    const kst = windowKst(window);
    if (values.json) {
      io.out(JSON.stringify({ rule: 'kakaopage.new-work', isNewWork: isNew, at, window, windowKst: kst }, null, 2));
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
      { nickname: { type: 'string' }, first: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean' } },
      false,
    );
    if (values.help) return io.out(NEW_AUTHOR_USAGE), 0;
    const work = { nicknameCreatedAt: requiredInstant(values.nickname, '--nickname', io), firstEpisodeAt: requiredInstant(values.first, '--first', io) };
    const at = instantArg(values.at, io);
    const outcome = checkNewAuthorRanking(work, at);
    const window = newAuthorRankingWindow(work);
    const empty = window.end <= window.start;
    if (values.json) {
      io.out(JSON.stringify({ ...outcome, at, window, windowKst: windowKst(window) }, null, 2));
    } else if (outcome.ok) {
      io.out(`In the new-author ranking (kakaopage.new-author) until ${formatKst(outcome.value.until)}.`);
    } else {
      io.out(
        [
          `Not in the new-author ranking (kakaopage.new-author): ${outcome.reasons.join(', ')}.`,
          outcome.message.en,
          outcome.message.ko,
          empty
            ? 'The work is never eligible: the nickname was 60 or more days old at the first episode.'
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
    'try: kakao-rules new-work --first ISO | kakao-rules new-author --nickname ISO --first ISO',
  ],
};
