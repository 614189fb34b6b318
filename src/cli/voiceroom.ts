import { readFileSync } from 'node:fs';
import { RuleInputError, formatKst } from '../core/index.js';
import {
  hostIds,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  replayVoiceRoom,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
  voiceRoomSchedule,
  type VoiceRoom,
  type VoiceRoomSkippedEvent,
} from '../voiceroom/index.js';
import { UsageError, instantArg, parseCommandArgs, toJson, type CliModule, type Command, type Io } from './command.js';

const USAGE = `Usage: kakao-rules voiceroom replay FILE.jsonl [--skip-refusals] [--json]
       kakao-rules voiceroom schedule [--opened ISO] [--json]

replay    Replays a voice-room log: the first line is the opening
          {"roomId","chat":{"kind"},"creatorId","at"}, then one event per line
          (blank lines are skipped); FILE - reads standard input. Prints the final room, or the first refused
          event with its rule and line number (exit 1). With --skip-refusals it
          leaves refused events out, goes on, and lists each with its line
          (exit 0 when the opening is accepted).
schedule  Prints when a room opened at --opened (default: now) shows its end
          warning (47 h 50 min) and ends (48 h), in KST.

Options:
  --opened ISO      the opening instant, e.g. 2026-01-01T10:00:00+09:00
  --skip-refusals   replay: apply what can be applied, list what was refused
  --json            print the result as JSON (instants as ISO 8601 +09:00; the
                    room itself as the stored document, instants in epoch ms)
  -h, --help        show this help

Examples:
  kakao-rules voiceroom replay room.jsonl
  kakao-rules voiceroom replay room.jsonl --skip-refusals
  kakao-rules voiceroom schedule --opened 2026-01-01T10:00:00+09:00`;

/** The non-blank lines of a JSONL file, parsed, with their 1-based line numbers. */
async function readJsonl(file: string, io: Io): Promise<{ line: number; value: unknown }[]> {
  let text: string;
  try {
    if (file === '-' && io.stdin === undefined) throw new Error('no standard input here');
    text = file === '-' ? await io.stdin!() : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return text.split(/\r?\n/).flatMap((raw, i) => {
    if (raw.trim() === '') return [];
    try {
      return [{ line: i + 1, value: JSON.parse(raw) as unknown }];
    } catch {
      throw new UsageError(`${file} line ${i + 1} is not JSON: ${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}`);
    }
  });
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

async function replay(file: string, json: boolean, skip: boolean, io: Io): Promise<number> {
  const [opening, ...events] = await readJsonl(file, io);
  if (opening === undefined) throw new UsageError(`${file} is empty: its first line must be the opening`);
  let result: ReturnType<typeof replayVoiceRoom>;
  try {
    result = replayVoiceRoom(opening.value as never, events.map((e) => e.value) as never, {
      onRefusal: skip ? 'skip' : 'stop',
    });
  } catch (e) {
    if (!(e instanceof RuleInputError)) throw e;
    const where = ([head, i, ...path]: readonly (string | number)[]) =>
      head === 'events'
        ? `line ${events[i as number]!.line}${path.length > 0 ? ` ${path.join('.')}` : ''}`
        : `line ${opening.line} ${[i, ...path].join('.')}`;
    throw new UsageError(
      `${file} has malformed lines:\n${e.issues.map((i) => `  - ${where(i.path)}: ${i.message}`).join('\n')}`,
    );
  }
  if (!result.ok) {
    const line = result.index < 0 ? opening.line : events[result.index]!.line;
    const { ok, rule, code, message, index, ...extra } = result;
    if (json) io.out(toJson({ ok, line, index, rule, code, message, ...extra }));
    else
      io.out(
        `Refused at line ${line} (${result.index < 0 ? 'the opening' : `event ${index + 1}`}): ${rule} ${code}\n  ${message.en}\n  ${message.ko}`,
      );
    return 1;
  }
  const s = summary(result.value);
  const skipped =
    'refusals' in result
      ? result.refusals.map(({ index, refusal }: VoiceRoomSkippedEvent) => ({
          line: events[index]!.line,
          index,
          rule: refusal.rule,
          code: refusal.code,
          message: refusal.message,
        }))
      : undefined;
  if (json)
    io.out(toJson({ ok: true, summary: s, ...(skipped && { refused: skipped }), room: result.value }, ['room']));
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
    const head =
      skipped === undefined || skipped.length === 0
        ? `Room ${s.roomId}: ${events.length} events replayed, all accepted.`
        : `Room ${s.roomId}: ${events.length} events replayed, ${events.length - skipped.length} accepted, ${skipped.length} refused and skipped:`;
    const refusedRows = (skipped ?? []).map(
      (r) => `  line ${r.line} (event ${r.index + 1}): ${r.rule} ${r.code}: ${r.message.en}`,
    );
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
    });
    if (values.help) return (io.out(USAGE), 0);
    const [sub, ...rest] = positionals;
    if (sub === 'replay') {
      if (rest.length !== 1) throw new UsageError('replay needs exactly one FILE.jsonl');
      if (values.opened !== undefined) throw new UsageError('--opened belongs to schedule, not replay');
      return replay(rest[0]!, values.json === true, values['skip-refusals'] === true, io);
    }
    if (sub === 'schedule') {
      if (rest.length > 0)
        throw new UsageError(`schedule takes no positional arguments; got ${JSON.stringify(rest.join(' '))}`);
      if (values['skip-refusals'] !== undefined)
        throw new UsageError('--skip-refusals belongs to replay, not schedule');
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
