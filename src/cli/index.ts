import { main } from './main.js';

// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb.
const color = process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';

const io = {
  out: (t: string) => void process.stdout.write(`${t}\n`),
  err: (t: string) => void process.stderr.write(`${t}\n`),
  now: () => Date.now(),
  color,
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  input: () => process.stdin,
};

// A closed pipe (`kakao-rules ... | head -1`) is the reader saying it has had enough: end quietly, exit 0.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kakao-rules: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
