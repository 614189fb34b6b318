import type { CliModule } from './command.js';

/** The `calls` module's CLI commands and overview lines (filled in with the module). */
export const cli: CliModule = { commands: [] };
