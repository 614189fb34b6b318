import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoInstant } from '../core/index.js';

/** Where a command writes, and the one clock the CLI may read. Tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Current instant in epoch ms (the CLI's only clock; library functions never read one). */
  readonly now: () => number;
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

/** Reads an `--at`-style ISO argument, defaulting to `io.now()`. */
export function instantArg(value: string | undefined, io: Io, flag = '--at'): number {
  if (value === undefined) return io.now();
  const ms = parseIsoInstant(value);
  if (ms === undefined) {
    throw new UsageError(`${flag} needs an ISO-8601 instant with offset, e.g. 2026-09-25T12:30:00+09:00; got ${JSON.stringify(value)}`);
  }
  return ms;
}
