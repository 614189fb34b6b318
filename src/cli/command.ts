import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DAY_MS, MAX_INSTANT_MS, formatDayNumber, kstOffsetMs, parseIsoInstant } from '../core/index.js';

/** Where a command writes, and the one clock the CLI may read. Tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Current instant in epoch ms (the CLI's only clock; library functions never read one). */
  readonly now: () => number;
  /** Whether to colour the output (a TTY, and no `NO_COLOR`). Off when absent. */
  readonly color?: boolean;
  /** The terminal's width, for wrapping prose; no wrapping when absent. */
  readonly columns?: number;
  /** Standard input as a stream of bytes, for `-` file arguments (read as it arrives, never whole). */
  readonly input?: () => AsyncIterable<Uint8Array | string>;
  /** Standard input as text, for `-` file arguments where no {@link Io.input} is given (tests). */
  readonly stdin?: () => Promise<string>;
}

export interface Command {
  /** The word after `kakao-rules`, e.g. `'rules'` or `'voiceroom'`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  /** Runs the command; returns the exit code. Throw {@link UsageError} for bad arguments (exit 2). */
  readonly run: (args: readonly string[], io: Io) => number | Promise<number>;
}

/** A module's contribution to the CLI: its commands and its lines in `npm start`'s overview. */
export interface CliModule {
  readonly commands: readonly Command[];
  /** What the module answers right now, a few lines for the overview. */
  readonly overview?: (now: number) => readonly string[];
}

/** Bad command-line arguments: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * `node:util` parseArgs, strict, with its errors turned into {@link UsageError}. `--help`/`-h` is
 * added to every command's options.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  allowPositionals = true,
) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Reads an `--at`-style argument, defaulting to `io.now()`: an ISO-8601 instant with offset, or epoch
 * milliseconds (the library accepts both).
 */
export function instantArg(value: string | undefined, io: Io, flag = '--at'): number {
  if (value === undefined) return io.now();
  const ms =
    /^-?\d+$/.test(value) && Math.abs(Number(value)) <= MAX_INSTANT_MS ? Number(value) : parseIsoInstant(value);
  if (ms === undefined) {
    throw new UsageError(
      `${flag} needs an ISO-8601 instant with offset (2026-09-25T12:30:00+09:00) or epoch milliseconds; got ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

/** `'2026-09-25T12:30:00.000+09:00'`: an instant as ISO 8601 on Seoul's clock, the CLI's one time format in JSON. */
export function isoKst(ms: number): string {
  const offset = kstOffsetMs(ms);
  const wall = ms + offset;
  const day = Math.floor(wall / DAY_MS);
  const t = wall - day * DAY_MS;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const off = Math.abs(offset) / 60_000;
  return `${formatDayNumber(day)}T${pad(Math.floor(t / 3_600_000))}:${pad(Math.floor(t / 60_000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}${offset < 0 ? '-' : '+'}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** Keys whose numbers are instants (epoch ms) in the library's outputs: `at`, `start`, `end`, `until`, `…At`. */
export const INSTANT_KEY = /^(at|start|end|until|.*At)$/;

/**
 * JSON for the CLI: indented, every instant (a Date, or epoch ms under an instant key) as {@link isoKst}.
 * Values under a key of `verbatim` (a stored voice room) are written as the library stores them.
 */
export function toJson(value: unknown, verbatim: readonly string[] = []): string {
  const convert = (v: unknown, key: string): unknown => {
    if (verbatim.includes(key)) return v;
    if (v instanceof Date) return isoKst(v.getTime());
    if (typeof v === 'number') return INSTANT_KEY.test(key) && Number.isInteger(v) ? isoKst(v) : v;
    if (typeof v !== 'object' || v === null) return v;
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function')
      return convert((v as { toJSON: () => unknown }).toJSON(), key);
    if (Array.isArray(v)) return v.map((item) => convert(item, ''));
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, convert(item, k)]));
  };
  return JSON.stringify(convert(value, ''), null, 2);
}

/** Wraps each paragraph line of `text` to `columns` (lines starting with spaces keep their indent). */
export function wrap(text: string, columns: number | undefined): string {
  if (columns === undefined || columns < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= columns) return line;
      const indent = /^ */.exec(line)![0];
      const out: string[] = [];
      let current = '';
      for (const word of line.slice(indent.length).split(' ')) {
        if (current !== '' && indent.length + current.length + 1 + word.length > columns) {
          out.push(indent + current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      out.push(indent + current);
      return out.join('\n');
    })
    .join('\n');
}

/** ANSI styles, applied only when `io.color` is on. */
export function style(io: Io): Record<'bold' | 'dim' | 'red' | 'green' | 'yellow', (s: string) => string> {
  const sgr = (on: number, off: number) => (s: string) => (io.color ? `\x1b[${on}m${s}\x1b[${off}m` : s);
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39) };
}

/** The candidates closest to `word` (edit distance at most a third of its length, at least 2), best first. */
export function didYouMean(word: string, candidates: readonly string[]): string[] {
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++)
        row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row;
    }
    return prev[b.length]!;
  };
  const limit = Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((c) => [c, distance(word, c)] as const)
    .filter(([, d]) => d <= limit)
    .sort((a, b) => a[1] - b[1])
    .map(([c]) => c);
}
