/**
 * The HTTP face of the room service (node:http only): routes, a capped JSON body reader, and one
 * catch-all so that no request can crash the process.
 *
 *   POST /rooms                  an opening                      201 | 200 duplicate | 409 room-exists | 422 | 400
 *   GET  /rooms/:id              the stored document             200 | 404
 *   POST /rooms/:id/events       one event                       200 | 409 (delivery) | 422 (rule) | 404 | 400
 *   POST /rooms/:id/events       an array of events (a batch)    200 with one result per event | 404 | 400
 *   GET  /due?at=&limit=         rooms due an end warning or end 200
 *   POST /sweep {at, limit?}     claims the due changes          200
 *   GET  /stats                  this instance's counters        200
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RuleInputError, toEpochMs } from 'kakao-rules';
import { type Answer, badInput, type Rooms } from './rooms.js';

/** The largest request body read, in bytes (env MAX_BODY_BYTES); a larger one is answered 400 unread. */
export const DEFAULT_MAX_BODY_BYTES = 1 << 20;
const MAX_DUE_LIMIT = 1000;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, cap: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > cap) {
      req.resume(); // drained unread, so the answer can still be written
      return reject(new BodyTooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        req.removeAllListeners('data');
        req.resume(); // drain the rest unread, so the answer can still be written
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function bad(where: string, code: RuleInputError['issues'][number]['code'], message: string): Answer {
  return badInput(new RuleInputError(where, [{ path: [], code, message }]));
}

async function jsonBody(req: IncomingMessage, cap: number, where: string): Promise<{ value: unknown } | Answer> {
  let text: string;
  try {
    text = await readBody(req, cap);
  } catch (e) {
    if (e instanceof BodyTooLarge) return bad(where, 'too-big', `the body is larger than ${cap} bytes`);
    throw e;
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return bad(where, 'invalid-input', 'the body is not JSON');
  }
}

/** An instant from a query or a body: epoch ms or an ISO-8601 string with offset. */
function instantOf(value: unknown, where: string): number | Answer {
  try {
    const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    return toEpochMs(n as number | string);
  } catch (e) {
    if (e instanceof RuleInputError) return badInput(e);
    return bad(where, 'invalid-instant', 'expected epoch ms or an ISO-8601 instant with offset');
  }
}

function limitOf(value: unknown): number {
  const n = Number(value ?? 100);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_DUE_LIMIT) : 100;
}

async function route(rooms: Rooms, req: IncomingMessage, cap: number): Promise<Answer> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let parts: string[];
  try {
    parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return bad(url.pathname, 'invalid-input', 'the path is not valid percent-encoding');
  }
  const method = req.method ?? 'GET';
  if (parts[0] === 'rooms') {
    if (parts.length === 1 && method === 'POST') {
      const body = await jsonBody(req, cap, 'POST /rooms');
      return 'value' in body ? rooms.create(body.value) : body;
    }
    if (parts.length === 2 && method === 'GET') return rooms.get(parts[1]!);
    if (parts.length === 3 && parts[2] === 'events' && method === 'POST') {
      const body = await jsonBody(req, cap, 'POST /rooms/:id/events');
      if (!('value' in body)) return body;
      return Array.isArray(body.value) ? rooms.applyBatch(parts[1]!, body.value) : rooms.apply(parts[1]!, body.value);
    }
  }
  if (parts.length === 1 && parts[0] === 'due' && method === 'GET') {
    const at = instantOf(url.searchParams.get('at') ?? Date.now(), 'GET /due');
    return typeof at === 'number' ? rooms.due(at, limitOf(url.searchParams.get('limit'))) : at;
  }
  if (parts.length === 1 && parts[0] === 'sweep' && method === 'POST') {
    const body = await jsonBody(req, cap, 'POST /sweep');
    if (!('value' in body)) return body;
    const v = (body.value ?? {}) as { at?: unknown; limit?: unknown };
    const at = instantOf(v.at ?? Date.now(), 'POST /sweep');
    return typeof at === 'number' ? rooms.sweep(at, limitOf(v.limit)) : at;
  }
  if (parts.length === 1 && parts[0] === 'stats' && method === 'GET') return { status: 200, body: rooms.stats };
  return { status: 404, body: { ok: false, code: 'no-such-route', message: `${method} ${url.pathname}` } };
}

/** The request listener for `http.createServer`. */
export function handler(rooms: Rooms, maxBodyBytes = DEFAULT_MAX_BODY_BYTES) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    route(rooms, req, maxBodyBytes)
      .catch((e: unknown): Answer => {
        // A bug or the database gone: a 503 the client may retry, never a crash.
        console.error('request failed:', e);
        return {
          status: 503,
          body: { ok: false, code: 'unavailable', message: 'the service could not answer; retry' },
        };
      })
      .then(({ status, body }) => {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      });
  };
}
