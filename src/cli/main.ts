import { RULES } from '../rules.js';
import { UsageError, type Command, type CliModule, type Io } from './command.js';
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
  ].join('\n');
}

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
  const [first, ...rest] = argv;
  if (first === undefined) return overview(io);
  if (first === '--help' || first === '-h' || first === 'help') return io.out(help()), 0;
  if (first === '--version' || first === '-v') return io.out(VERSION), 0;
  const command = COMMANDS.find((c) => c.name === first);
  if (command === undefined) {
    io.err(`kakao-rules: unknown command ${JSON.stringify(first)}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && e.name === 'RuleInputError')) {
      io.err(`kakao-rules ${command.name}: ${e.message}\nSee: kakao-rules ${command.name} --help`);
      return 2;
    }
    throw e;
  }
}
