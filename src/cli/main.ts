import { RULES } from '../rules.js';
import { UsageError, didYouMean, style, wrap, type Command, type CliModule, type Io } from './command.js';
import { cli as calls } from './calls.js';
import { cli as kakaopage } from './kakaopage.js';
import { cli as policy } from './policy.js';
import { replCommand } from './repl.js';
import { rulesCommand } from './rules.js';
import { cli as supportHours } from './support-hours.js';
import { cli as voiceroom } from './voiceroom.js';

declare const __VERSION__: string;
/** The package version, inlined at build time (`0.0.0-dev` when run from source). */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const MODULES: readonly (readonly [string, CliModule])[] = [
  ['voiceroom', voiceroom],
  ['calls', calls],
  ['policy', policy],
  ['support-hours', supportHours],
  ['kakaopage', kakaopage],
];

const COMMANDS: readonly Command[] = [rulesCommand, replCommand, ...MODULES.flatMap(([, m]) => m.commands)];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `kakao-rules ${VERSION}: KakaoTalk and KakaoPage rules as pure functions.`,
    '',
    'Usage: kakao-rules [COMMAND] [ARGS...]',
    '       kakao-rules            the overview: what each module answers right now',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options: -h, --help (on every command), -v, --version',
    '',
    EXIT_CODES,
  ].join('\n');
}

/** The exit codes, the same for every command; printed by every `--help`. */
export const EXIT_CODES = `Exit codes (every command):
    0   done: the answer is printed (a rule said yes, or a list or a schedule)
    1   a rule said no (a refused event, an ineligible work...)
    2   bad input or usage: a bad argument, an unreadable file, a malformed line
    70  an internal error of kakao-rules (a bug: please report it)
A closed output pipe (kakao-rules ... | head -1) ends the command quietly with 0.`;

function overview(io: Io): number {
  const now = io.now();
  const lines = [`kakao-rules ${VERSION}: ${Object.keys(RULES).length} rules in the catalogue.`, ''];
  for (const [name, m] of MODULES) {
    const count = Object.values(RULES).filter((r) => r.module === name).length;
    lines.push(`${name} (${count} rules)`);
    const said = m.overview?.(now) ?? [];
    lines.push(...(said.length > 0 ? said.map((l) => `  ${l}`) : ['  (catalogue only so far)']));
    lines.push('');
  }
  lines.push('More: kakao-rules --help | kakao-rules rules TEXT | kakao-rules repl');
  io.out(lines.join('\n'));
  return 0;
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code:
 * 0 success, 1 a "no" or nothing found, 2 bad arguments or input.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // Prose is wrapped to the terminal; JSON and tables are printed as they are.
  const out = (text: string) =>
    io.out(text.trimStart().startsWith('{') || text.trimStart().startsWith('[') ? text : wrap(text, io.columns));
  const tty: Io = { ...io, out };
  const [first, ...rest] = argv;
  if (first === undefined) return overview(tty);
  if (first === '--help' || first === '-h') {
    out(help());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    out(VERSION);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && topic === undefined) return unknown(rest[0], io);
    out(topic === undefined ? help() : `${topic.usage}\n\n${EXIT_CODES}`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) return unknown(first, io);
  const dashes = rest.indexOf('--');
  const options = dashes < 0 ? rest : rest.slice(0, dashes);
  if (options.includes('--help') || options.includes('-h')) {
    out(`${command.usage}\n\n${EXIT_CODES}`);
    return 0;
  }
  try {
    return await command.run(rest, tty);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && e.name === 'RuleInputError')) {
      io.err(
        wrap(
          `${style(io).red(`kakao-rules ${command.name}:`)} ${e.message}\nSee: kakao-rules ${command.name} --help`,
          io.columns,
        ),
      );
      return 2;
    }
    throw e;
  }
}

/** An unknown command: say so, suggest the closest names, point to the list. Exit 2. */
function unknown(name: string, io: Io): number {
  const near = didYouMean(
    name,
    COMMANDS.map((c) => c.name),
  );
  const hint =
    near.length > 0
      ? `\nDid you mean: ${near
          .slice(0, 3)
          .map((n) => `kakao-rules ${n}`)
          .join(', ')}?`
      : '';
  io.err(`${style(io).red('kakao-rules:')} unknown command ${JSON.stringify(name)}${hint}\nSee: kakao-rules --help`);
  return 2;
}
