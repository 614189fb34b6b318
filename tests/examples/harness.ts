/**
 * What the reference-service test needs around the service: the built library (loaded at run time,
 * failing loudly when `npm run build` has not run), service processes started and stopped by pid,
 * and a small JSON client with a time limit on every request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '../..');
export const SERVER = join(ROOT, 'examples/voiceroom-service/server.ts');

/** The parts of the built `kakao-rules/voiceroom` the test uses (typed loosely: dist/ may not exist at typecheck time). */
export interface BuiltVoiceRoom {
  openVoiceRoom(opening: unknown): { ok: boolean; value: any };
  applyVoiceRoomEvent(room: any, event: unknown): any;
  applyVoiceRoomEvents(room: any, events: readonly unknown[], options?: { onRefusal?: 'stop' | 'skip' }): any;
  roomAfter(room: any, outcome: unknown): any;
  VOICE_ROOM_RECEIPT_WINDOW: number;
}

/** The built library, or an error that says to build it (never a skip). */
export async function loadBuiltVoiceRoom(): Promise<BuiltVoiceRoom> {
  const entry = join(ROOT, 'dist/voiceroom/index.js');
  if (!existsSync(entry)) {
    throw new Error(
      `The reference-service test needs the built package and ${entry} is missing: run \`npm run build\` first.`,
    );
  }
  const lib = (await import(pathToFileURL(entry).href)) as Partial<BuiltVoiceRoom>;
  const missing = (
    ['openVoiceRoom', 'applyVoiceRoomEvent', 'applyVoiceRoomEvents', 'roomAfter', 'VOICE_ROOM_RECEIPT_WINDOW'] as const
  ).filter((name) => lib[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`dist/ is out of date (no ${missing.join(', ')}): run \`npm run build\` again.`);
  }
  return lib as BuiltVoiceRoom;
}

/** A running service process. */
export interface Instance {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed, for the failure message. */
  readonly output: () => string;
}

const children = new Set<ChildProcess>();

/**
 * Starts `examples/voiceroom-service/server.ts` (the same file `npm run service` runs) with tsx, on
 * 127.0.0.1 and a free port, and waits for its "listening" line.
 */
export function startService(name: string, env: Record<string, string>, timeoutMs = 120_000): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ name, url: m[1]!, child, output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${out}`));
    });
  });
}

/** Stops one instance: SIGTERM (clean) or SIGKILL (a crash), and waits for its exit (bounded). */
export function stopService(instance: Instance, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  const { child } = instance;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Kills every service process this file started that is still running (afterAll). */
export function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}

/** A JSON answer, or `null` when the request failed on the way (refused connection, reset, time-out). */
export interface Reply {
  readonly status: number;
  readonly body: any;
}

/** Sends one request; never throws: a request lost on the way is `null`. */
export async function send(url: string, method: string, body?: unknown, raw?: string): Promise<Reply | null> {
  try {
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json' },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return null;
  }
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
