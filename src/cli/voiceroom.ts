import { createReadStream } from 'node:fs';
import { RuleInputError, formatKst, type Message } from '../core/index.js';
import { jsonLines, type JsonLine } from './lines.js';
import {
  hostIds,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  applyVoiceRoomEvent,
  openVoiceRoom,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
  voiceRoomSchedule,
  type VoiceRoom,
} from '../voiceroom/index.js';
import { UsageError, instantArg, parseCommandArgs, toJson, type CliModule, type Command, type Io } from './command.js';

const USAGE = `Usage: kakao-rules voiceroom replay FILE.jsonl [--skip-refusals] [--skip-bad-lines] [--json]
       kakao-rules voiceroom schedule [--opened ISO] [--json]

replay    Replays a voice-room log: the first line is the opening
          {"roomId","chat":{"kind"},"creatorId","at"}, then one event per line
          (blank lines are skipped); FILE - reads standard input. The log is
          read as a stream, each event applied as it arrives, in constant
          memory; a line is UTF-8 (a leading BOM is accepted) of at most
          1 MiB. Prints the final room, or the first refused event with its
          rule and line number (exit 1); a line that is not valid UTF-8, not
          JSON or not an event is bad input (exit 2, with its line number).
          With --skip-refusals it leaves refused events and bad lines out,
          goes on, and lists each with its line (exit 0 when the opening is
          accepted).
schedule  Prints when a room opened at --opened (default: now) shows its end
          warning (47 h 50 min) and ends (48 h), in KST.

Options:
  --opened ISO      the opening instant, e.g. 2026-01-01T10:00:00+09:00
  --skip-refusals   replay: apply what can be applied, list what was refused,
                    and skip bad lines (as --skip-bad-lines)
  --skip-bad-lines  replay: report each bad line on standard error (its line
                    number and why) and skip it; refusals still stop
  --json            print the result as JSON (instants as ISO 8601 +09:00; the
                    room itself as the stored document, instants in epoch ms)
  -h, --help        show this help

Examples:
  kakao-rules voiceroom replay room.jsonl
  kakao-rules voiceroom replay room.jsonl --skip-refusals
  kakao-rules voiceroom schedule --opened 2026-01-01T10:00:00+09:00`;

/** The bytes of `file` (`-`: standard input) as a stream, never read whole. */
function openInput(file: string, io: Io): AsyncIterable<Uint8Array | string> {
  if (file !== '-') return createReadStream(file);
  if (io.input !== undefined) return io.input();
  const whole = io.stdin;
  if (whole === undefined) throw new UsageError('cannot read standard input: no standard input here');
  return (async function* () {
    yield await whole();
  })();
}

/** How many refused events and skipped lines the answer lists; the rest are counted. */
const LISTED = 1000;

/** The issues of a RuleInputError, one per line, each under `line N` (the argument's name left out). */
function issueLines(e: RuleInputError, line: number): string {
  return e.issues
    .map((i) => {
      const path = i.path[0] === 'event' || i.path[0] === 'opening' ? i.path.slice(1) : i.path;
      return `  - line ${line}${path.length > 0 ? ` ${path.join('.')}` : ''}: ${i.message}`;
    })
    .join('\n');
}

/** Prints a refusal at `line` (`index` -1: the opening) as the replay's answer: exit 1. */
function refusedAt(
  outcome: { readonly ok: false; readonly rule: string; readonly code: string; readonly message: Message },
  line: number,
  index: number,
  json: boolean,
  io: Io,
): number {
  const { ok, rule, code, message, ...extra } = outcome;
  delete (extra as { room?: unknown }).room;
  if (json) io.out(toJson({ ok, line, index, rule, code, message, ...extra }));
  else
    io.out(
      `Refused at line ${line} (${index < 0 ? 'the opening' : `event ${index + 1}`}): ${rule} ${code}\n  ${message.en}\n  ${message.ko}`,
    );
  return 1;
}

function summary(room: VoiceRoom) {
  const { warnAt, endsAt } = voiceRoomSchedule(room.openedAt);
  return {
    roomId: room.roomId,
    openedAt: room.openedAt,
    lastEventAt: room.lastEventAt,
    warnAt,
    endsAt,
    participants: participantCount(room),
    talkers: talkerCount(room),
    hosts: hostIds(room),
    speakers: voiceRoomParticipants(room).flatMap((p) => (p.role === 'speaker' ? [p.userId] : [])),
    pendingSpeakRequests: pendingSpeakRequests(room).map((r) => r.userId),
    pendingHostInvites: pendingHostInvites(room),
    voiceData: voiceDataDisposition(room),
  };
}

interface Skipped {
  readonly line: number;
  readonly index: number;
  readonly rule: string;
  readonly code: string;
  readonly message: { readonly en: string; readonly ko: string };
}

/**
 * Replays a voice-room log as it streams: the opening, then each event applied to the room one by one
 * ({@link applyVoiceRoomEvent}), so memory stays that of one room and one line whatever the log's size.
 */
async function replay(file: string, json: boolean, skip: boolean, skipBad: boolean, io: Io): Promise<number> {
  const name = file === '-' ? 'standard input' : file;
  let room: VoiceRoom | undefined;
  let events = 0;
  const refused: Skipped[] = [];
  let refusedCount = 0;
  let badCount = 0;
  const bad = (line: number, why: string): void => {
    if (!skipBad) throw new UsageError(`${name} line ${line} ${why}`);
    badCount++;
    io.err(`kakao-rules voiceroom: skipped ${name} line ${line}: ${why}`);
  };
  let lines: AsyncIterable<JsonLine>;
  try {
    lines = jsonLines(openInput(file, io));
    for await (const l of lines) {
      if (!l.ok) {
        if (room !== undefined) events++;
        bad(l.line, l.error);
        continue;
      }
      if (room === undefined) {
        let opened: ReturnType<typeof openVoiceRoom>;
        try {
          opened = openVoiceRoom(l.value as never);
        } catch (e) {
          if (!(e instanceof RuleInputError)) throw e;
          throw new UsageError(`${name} has a malformed opening:\n${issueLines(e, l.line)}`);
        }
        if (!opened.ok) return refusedAt(opened, l.line, -1, json, io);
        room = opened.value;
        continue;
      }
      const index = events++;
      let outcome: ReturnType<typeof applyVoiceRoomEvent>;
      try {
        outcome = applyVoiceRoomEvent(room, l.value as never);
      } catch (e) {
        if (!(e instanceof RuleInputError)) throw e;
        if (!skipBad) throw new UsageError(`${name} has malformed lines:\n${issueLines(e, l.line)}`);
        bad(l.line, `is not an event: ${e.issues.map((i) => i.message).join('; ')}`);
        continue;
      }
      if (outcome.ok) {
        room = outcome.value;
        continue;
      }
      if (!skip) return refusedAt(outcome, l.line, index, json, io);
      // a refusal of a numbered event can carry the room to store (its seq taken): go on from it
      const carried = (outcome as { room?: unknown }).room;
      if (carried !== undefined) room = carried as VoiceRoom;
      if (refusedCount++ < LISTED)
        refused.push({ line: l.line, index, rule: outcome.rule, code: outcome.code, message: outcome.message });
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof RuleInputError) throw e;
    throw new UsageError(`cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (room === undefined) throw new UsageError(`${name} is empty: its first line must be the opening`);
  const result = {
    value: room,
    ...(skip || skipBad ? { refusals: refused } : {}),
  };
  const s = summary(result.value);
  const skipped = result.refusals;
  const counts = {
    ...(refusedCount > refused.length && { refusedNotListed: refusedCount - refused.length }),
    ...(skipBad && { skippedLines: badCount }),
  };
  if (json)
    io.out(
      toJson({ ok: true, summary: s, ...(skipped && { refused: skipped }), ...counts, room: result.value }, ['room']),
    );
  else {
    const list = (xs: readonly string[]) => (xs.length === 0 ? '(none)' : xs.join(', '));
    const rows: [string, string][] = [
      ['opened', formatKst(s.openedAt)],
      ['last event', formatKst(s.lastEventAt)],
      ['end warning', formatKst(s.warnAt)],
      ['ends', formatKst(s.endsAt)],
      ['participants', `${s.participants} (${s.talkers} talking)`],
      ['hosts', s.hosts.length === 0 ? '(none: the room is host-less, no role can change)' : s.hosts.join(', ')],
      ['speakers', list(s.speakers)],
      ['asking to speak', list(s.pendingSpeakRequests)],
      ['invited to host', list(s.pendingHostInvites.map((i) => `${i.userId} (by ${i.hostId})`))],
      [
        'voice data',
        s.voiceData === 'send-to-report-server'
          ? 'sent to the report server (the room was reported)'
          : 'deleted when the room ends (no report)',
      ],
    ];
    const lost = refusedCount + badCount;
    const head =
      lost === 0
        ? `Room ${s.roomId}: ${events} events replayed, all accepted.`
        : `Room ${s.roomId}: ${events} events replayed, ${events - lost} accepted, ${refusedCount} refused and skipped${badCount > 0 ? `, ${badCount} malformed lines skipped` : ''}${refusedCount > 0 ? ':' : '.'}`;
    const refusedRows = (skipped ?? []).map(
      (r) => `  line ${r.line} (event ${r.index + 1}): ${r.rule} ${r.code}: ${r.message.en}`,
    );
    if (refusedCount > refused.length) refusedRows.push(`  ... and ${refusedCount - refused.length} more refused`);
    io.out([head, ...refusedRows, ...rows.map(([k, v]) => `  ${k.padEnd(16)}${v}`)].join('\n'));
  }
  return 0;
}

const voiceroomCommand: Command = {
  name: 'voiceroom',
  summary: 'replay a voice-room log, or show when a room warns and ends (KST)',
  usage: USAGE,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      opened: { type: 'string' },
      'skip-refusals': { type: 'boolean' },
      'skip-bad-lines': { type: 'boolean' },
    });
    const [sub, ...rest] = positionals;
    if (sub === 'replay') {
      if (rest.length !== 1) throw new UsageError('replay needs exactly one FILE.jsonl');
      if (values.opened !== undefined) throw new UsageError('--opened belongs to schedule, not replay');
      const skip = values['skip-refusals'] === true;
      return replay(rest[0]!, values.json === true, skip, skip || values['skip-bad-lines'] === true, io);
    }
    if (sub === 'schedule') {
      if (rest.length > 0)
        throw new UsageError(`schedule takes no positional arguments; got ${JSON.stringify(rest.join(' '))}`);
      if (values['skip-refusals'] !== undefined || values['skip-bad-lines'] !== undefined)
        throw new UsageError('--skip-refusals and --skip-bad-lines belong to replay, not schedule');
      const { openedAt, warnAt, endsAt } = voiceRoomSchedule(instantArg(values.opened, io, '--opened'));
      if (values.json) io.out(toJson({ openedAt, warnAt, endsAt }));
      else
        io.out(
          `opened       ${formatKst(openedAt)}\nend warning  ${formatKst(warnAt)} (47 h 50 min after opening)\nends         ${formatKst(endsAt)} (48 h after opening; no event is accepted from then)`,
        );
      return 0;
    }
    throw new UsageError(
      sub === undefined
        ? 'say replay or schedule'
        : `unknown subcommand ${JSON.stringify(sub)}; say replay or schedule`,
    );
  },
};

/** The `voiceroom` module's CLI commands and overview lines. */
export const cli: CliModule = {
  commands: [voiceroomCommand],
  overview: (now) => {
    const { warnAt, endsAt } = voiceRoomSchedule(now);
    return [
      `a voice room opened now warns at ${formatKst(warnAt)} and ends at ${formatKst(endsAt)}`,
      'kakao-rules voiceroom replay FILE.jsonl [--skip-refusals] | voiceroom schedule --opened ISO',
    ];
  },
};
