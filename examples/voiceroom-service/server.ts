/**
 * Starts the voice-room reference service: `npm run service`.
 *
 * Environment:
 * - PORT: the port on 127.0.0.1 (default 8787; 0 picks a free one). HOST changes the address.
 * - DATABASE_URL: a Postgres connection string (through `pg`); without it, PGlite in this process,
 * - PGLITE_DIR: where PGlite keeps its files (kept across restarts); without it, in memory.
 * - MAX_BODY_BYTES: the largest request body read (default 1 MiB).
 *
 * Prints one line `voiceroom-service listening on http://HOST:PORT (DATABASE)` once it can answer;
 * stops cleanly on SIGINT and SIGTERM.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The service runs on the built package (`kakao-rules` resolves to this repository's dist/).
if (!existsSync(new URL('../../dist/voiceroom/index.js', import.meta.url))) {
  console.error('voiceroom-service: the package is not built (no dist/): run `npm run build` first.');
  process.exit(1);
}
const { DEFAULT_MAX_BODY_BYTES, handler } = await import('./app.js');
const { Rooms } = await import('./rooms.js');
const { openPGlite, openPostgres } = await import('./store.js');

const env = process.env;
const store = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPGlite(env.PGLITE_DIR || undefined);
const server = createServer(handler(new Rooms(store), Number(env.MAX_BODY_BYTES) || DEFAULT_MAX_BODY_BYTES));
const host = env.HOST || '127.0.0.1';
server.listen(Number(env.PORT ?? 8787), host, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`voiceroom-service listening on http://${host}:${port} (${store.kind})`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => store.close().finally(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
