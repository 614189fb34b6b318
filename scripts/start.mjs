/**
 * `npm start` and `npm run repl`: builds the library once if dist/ is missing (one quiet line; the
 * build log only if it fails, or with VERBOSE=1), then runs the CLI with the arguments given.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { quietly } from './quietly.mjs';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/index.js');
if (!existsSync(cli)) {
  process.stderr.write('building kakao-rules once (about a minute; `npm run build` after changing src/)...\n');
  const status = await quietly('build', 'npm', ['run', 'build', '--silent', '--prefix', root], { done: false });
  if (status !== 0) process.exit(status);
}
// The CLI reads process.argv.slice(2): the arguments given to this script.
await import(cli);
