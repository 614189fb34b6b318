/**
 * Runs one step of a script quietly: its output is kept, and shown only if the step fails (or with
 * VERBOSE=1, when it streams as usual). Prints one line per step. Used by `npm test` (scripts/test.mjs)
 * and `npm start` (scripts/start.mjs).
 */
import { spawn } from 'node:child_process';

export const verbose = process.env.VERBOSE === '1' || process.argv.includes('--verbose');

/** Runs `command args` and resolves to its exit code; prints `label` and, on failure, the whole log. */
export function quietly(label, command, args, { done = true } = {}) {
  const started = Date.now();
  if (verbose) process.stderr.write(`${label}...\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    const log = [];
    child.stdout?.on('data', (d) => log.push(d));
    child.stderr?.on('data', (d) => log.push(d));
    child.on('error', (e) => log.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      if (status !== 0) {
        process.stderr.write(Buffer.concat(log));
        process.stderr.write(
          `✗ ${label} failed (exit ${status}, ${secs} s)${verbose ? '' : '; its whole log is above'}\n`,
        );
      } else if (done) process.stderr.write(`✓ ${label} (${secs} s)\n`);
      resolve(status);
    });
  });
}
