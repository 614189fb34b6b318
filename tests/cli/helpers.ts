import type { Io } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

// Apart from tests/helpers.ts: the CLI imports every module and the zod schemas (for the REPL), which the
// rule tests do not need. A test file pays for what it imports once per mutant in `npm run mutation`.

/** A fixed "now" for CLI tests: 2026-09-25 12:30 KST (Chuseok). */
export const CLI_NOW = Date.parse('2026-09-25T12:30:00+09:00');

/** Runs the CLI in-process with `argv`, the clock stopped at `now`, and captures what it prints. */
export function cliRunner(now = CLI_NOW): (...argv: string[]) => Promise<{ code: number; out: string; err: string }> {
  return async (...argv) => {
    let out = '';
    let err = '';
    const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), now: () => now };
    return { code: await main(argv, io), out, err };
  };
}
