/**
 * The reference service (examples/voiceroom-service) under the conditions issue 21 names: two service
 * processes on ONE database, numbered events redelivered, reordered and raced between them, one of them
 * killed and restarted in the middle, bad bodies in the traffic. At the end every room equals a
 * sequential replay of its events, no event was applied twice, and every event the writers sent was
 * either applied or answered with a refusal they saw.
 *
 * The database is one PGlite served over the Postgres wire protocol (@electric-sql/pglite-socket) on
 * 127.0.0.1, and both instances reach it through `pg` with DATABASE_URL, as they would a Postgres
 * server: two processes, two connection pools, so every load-decide-store of one instance can be
 * overtaken by the other and compare-and-set on `revision` is what keeps the rooms right (in one
 * process sharing one PGlite object, a single JavaScript scheduler would make the races far rarer).
 * The embedded default (`npm run service`: PGlite in the process, here in a data directory) has its own
 * smaller test at the end, restart included.
 *
 * Needs `npm run build` (the service imports the built package); without dist/ it fails, saying so.
 * VOICEROOM_SERVICE_TEST_DATABASE_URL runs the two instances on that Postgres server instead (the
 * embedded test still uses PGlite); VOICEROOM_SERVICE_TEST_SEED changes the writers' random choices.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../examples/voiceroom-service/store.js';
import {
  type BuiltVoiceRoom,
  type Instance,
  killAll,
  loadBuiltVoiceRoom,
  random,
  type Reply,
  send,
  startService,
  stopService,
} from './harness.js';

const SEED = Number(process.env.VOICEROOM_SERVICE_TEST_SEED ?? 21);
/** Room ids are unique to the run, so that VOICEROOM_SERVICE_TEST_DATABASE_URL may name a Postgres server kept between runs. */
const RUN = `run${Date.now().toString(36)}`;
const HOUR = 3_600_000;
/** Rooms in the race, and events per room: two rooms run past the receipt window, so their oldest seqs are answered from the inbox. */
const SHORT_ROOMS = 4;
const SHORT_EVENTS = 40;
const LONG_ROOMS = 2;
/** How many of a room's lowest unanswered seqs a writer sends at once, shuffled. */
const IN_FLIGHT = 5;
/** Rounds a writer may take before the test gives up on it (each round makes progress unless every request was lost or early). */
const MAX_ROUNDS = 600;

let lib: BuiltVoiceRoom;
let db: PGlite;
let socket: PGLiteSocketServer;
let databaseUrl: string;
let embeddedDir: string;
const dirs: string[] = [];

/** Why the built package could not be loaded: every test then fails with it (failed, not skipped). */
let unbuilt: Error | undefined;

beforeAll(async () => {
  try {
    lib = await loadBuiltVoiceRoom();
  } catch (e) {
    unbuilt = e as Error;
    return;
  }
  // Creating a PGlite database (its initdb) is most of the start-up cost, so it is done once: the
  // fresh data directory is copied for the embedded test before the race's database is opened in it.
  const dir = mkdtempSync(join(tmpdir(), 'voiceroom-service-'));
  dirs.push(dir);
  await (await PGlite.create(join(dir, 'race'))).close();
  cpSync(join(dir, 'race'), join(dir, 'embedded'), { recursive: true });
  embeddedDir = join(dir, 'embedded');
  db = await PGlite.create(join(dir, 'race'));
  // 2 instances x 4 pooled connections, the direct store of the compare-and-set test, and room to spare.
  socket = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 24 });
  await socket.start();
  databaseUrl =
    process.env.VOICEROOM_SERVICE_TEST_DATABASE_URL ||
    `postgresql://postgres:postgres@${socket.getServerConn()}/postgres?sslmode=disable`;
}, 180_000);

afterAll(async () => {
  killAll();
  await socket?.stop();
  await db?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** An instant as the writers send it: alternately epoch ms and ISO-8601 in KST, so a redelivery may spell the same instant differently. */
function instant(ms: number, iso: boolean): number | string {
  return iso ? new Date(ms + 9 * HOUR).toISOString().replace('Z', '+09:00') : ms;
}

interface RoomPlan {
  readonly roomId: string;
  readonly opening: { roomId: string; chat: { kind: 'open-group' }; creatorId: string; at: number };
  /** events[i] has seq i + 1. */
  readonly events: readonly Record<string, unknown>[];
}

/** A room's numbered stream: joins, leaves, requests, answers and role changes, many of them refused by the rules. */
function plan(roomId: string, count: number, rng: () => number): RoomPlan {
  const openedAt = Date.parse('2026-03-02T20:00:00+09:00');
  const host = `host-${roomId}`;
  const users = Array.from({ length: 10 }, (_, i) => `user-${i}`);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const events = Array.from({ length: count }, (_, i) => {
    const seq = i + 1;
    const at = openedAt + seq * 60_000;
    const userId = pick(users);
    const r = rng();
    const body =
      r < 0.35
        ? { type: 'join', userId }
        : r < 0.5
          ? { type: 'leave', userId }
          : r < 0.65
            ? { type: 'request-to-speak', userId }
            : r < 0.8
              ? { type: 'answer-speak-request', hostId: host, userId, approve: rng() < 0.7 }
              : r < 0.97
                ? { type: 'set-role', hostId: host, userId, role: pick(['host', 'speaker', 'listener'] as const) }
                : { type: 'report' };
    return { ...body, at, seq };
  });
  return { roomId, opening: { roomId, chat: { kind: 'open-group' }, creatorId: host, at: openedAt }, events };
}

/** What a writer saw for one seq: applied, or refused by a rule with this code. */
interface Seen {
  readonly ok: boolean;
  readonly code?: string;
}

describe('examples/voiceroom-service: two instances on one database', () => {
  it('keeps compare-and-set: a write from a stale revision stores nothing', async () => {
    if (unbuilt) throw unbuilt;
    const [one, two] = [await openPostgres(databaseUrl, 1), await openPostgres(databaseUrl, 1)];
    const id = `${RUN}-cas`;
    try {
      expect(await one.create(id, '{"v":0}', 0, '{}', null)).toBe(true);
      expect(await two.create(id, '{"v":9}', 0, '{}', null)).toBe(false);
      const [a, b] = [await one.load(id), await two.load(id)];
      expect([a?.revision, b?.revision]).toEqual([0, 0]);
      expect(await one.compareAndSet(id, 0, '{"v":1}', 1, null, [{ seq: 1, digest: 'd1', outcome: '{}' }])).toBe(true);
      // The second writer decided from revision 0 too: its write and its inbox entry are refused together.
      expect(await two.compareAndSet(id, 0, '{"v":2}', 1, null, [{ seq: 2, digest: 'd2', outcome: '{}' }])).toBe(false);
      expect((await two.load(id))?.doc).toBe('{"v":1}');
      expect(await two.inboxEntry(id, 1)).toEqual({ seq: 1, digest: 'd1', outcome: '{}' });
      expect(await two.inboxEntry(id, 2)).toBeUndefined();
    } finally {
      await one.close();
      await two.close();
    }
  }, 60_000);

  it('applies redelivered, reordered and raced events exactly once, through a restart and bad bodies', async () => {
    if (unbuilt) throw unbuilt;
    const started = performance.now();
    const rng = random(SEED);
    const longEvents = lib.VOICE_ROOM_RECEIPT_WINDOW + 26;
    const rooms = [
      ...Array.from({ length: SHORT_ROOMS }, (_, i) => plan(`${RUN}-short-${i}`, SHORT_EVENTS, rng)),
      ...Array.from({ length: LONG_ROOMS }, (_, i) => plan(`${RUN}-long-${i}`, longEvents, rng)),
    ];
    const total = rooms.reduce((n, r) => n + r.events.length, 0);
    const env = { DATABASE_URL: databaseUrl };
    const instances: Instance[] = await Promise.all([startService('A', env), startService('B', env)]);
    const problems: string[] = [];
    const figures = { requests: 0, lost: 0, gaps: 0, busy: 0, redeliveries: 0, batches: 0, conflicts: 0, fromInbox: 0 };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const post = (path: string, body: unknown, raw?: string) => {
      figures.requests++;
      return send(`${pick(instances).url}${path}`, 'POST', body, raw);
    };

    // Every room is opened twice, once through each instance: the second answers as a duplicate.
    for (const room of rooms) {
      const first = await send(`${instances[0]!.url}/rooms`, 'POST', room.opening);
      const again = await send(`${instances[1]!.url}/rooms`, 'POST', {
        ...room.opening,
        at: instant(room.opening.at, true),
      });
      expect([first?.status, again?.status, again?.body.duplicate]).toEqual([201, 200, true]);
    }

    const answers = new Map(rooms.map((r) => [r.roomId, new Map<number, Seen>()]));
    const answered = () => [...answers.values()].reduce((n, m) => n + m.size, 0);
    /** The answers that were not duplicates, per room and seq: the times the seq was taken (never more than once). */
    const taken = new Map(rooms.map((r) => [r.roomId, new Map<number, number>()]));

    /** Takes one answer to one event: final (applied or a rule's refusal) or to be sent again (gap, lost, busy). */
    const take = (
      room: RoomPlan,
      seq: number,
      r: { status: number; ok: boolean; code?: string; duplicate?: boolean },
    ) => {
      const seen = answers.get(room.roomId)!;
      const before = seen.get(seq);
      if (r.status === 409 && r.code === 'seq-gap') {
        figures.gaps++; // decided from a room loaded before the missing seqs came: nothing stored, sent again
        return;
      }
      if (r.status === 503) {
        figures.busy++;
        return;
      }
      if (!((r.status === 200 && r.ok) || (r.status === 422 && !r.ok))) {
        problems.push(`${room.roomId}#${seq}: unexpected answer ${r.status} ${r.code}`);
        return;
      }
      const now: Seen = r.ok ? { ok: true } : { ok: false, code: r.code! };
      if (r.duplicate !== true) {
        // Answers may arrive in another order than their commits (the duplicate of a race before its
        // winner), so the law is on counts: one answer per seq without `duplicate`, never two.
        const times = (taken.get(room.roomId)!.get(seq) ?? 0) + 1;
        taken.get(room.roomId)!.set(seq, times);
        if (times > 1) problems.push(`${room.roomId}#${seq}: taken ${times} times`);
      }
      if (before === undefined) seen.set(seq, now);
      else if (before.ok !== now.ok || before.code !== now.code) {
        problems.push(`${room.roomId}#${seq}: answered ${JSON.stringify(before)} then ${JSON.stringify(now)}`);
      }
    };

    const sendOne = async (room: RoomPlan, seq: number, to?: Instance) => {
      const event = room.events[seq - 1]!;
      const body = { ...event, at: instant(event.at as number, rng() < 0.5) };
      figures.requests++;
      const reply = await send(`${(to ?? pick(instances)).url}/rooms/${room.roomId}/events`, 'POST', body);
      if (reply === null) figures.lost++;
      else take(room, seq, { status: reply.status, ...reply.body });
    };

    const sendBatch = async (room: RoomPlan, seqs: number[]) => {
      figures.batches++;
      const reply = await post(
        `/rooms/${room.roomId}/events`,
        seqs.map((s) => room.events[s - 1]),
      );
      if (reply === null) figures.lost++;
      else if (reply.status !== 200) problems.push(`${room.roomId}: batch answered ${reply.status}`);
      else for (const [i, r] of (reply.body.results as any[]).entries()) take(room, seqs[i]!, r);
    };

    /** One writer per room: the lowest unanswered seqs, shuffled, sent at once to either instance, single or as a batch; now and then an answered one again. */
    const writer = async (room: RoomPlan) => {
      const seen = answers.get(room.roomId)!;
      for (let round = 0; round < MAX_ROUNDS && seen.size < room.events.length; round++) {
        const open: number[] = [];
        for (let s = 1; s <= room.events.length && open.length < IN_FLIGHT; s++) if (!seen.has(s)) open.push(s);
        const shuffled = [...open].sort(() => rng() - 0.5);
        const sends: Promise<void>[] = [];
        if (rng() < 0.25) sends.push(sendBatch(room, open));
        else for (const s of shuffled) sends.push(sendOne(room, s));
        // The next seq the room expects, sent to both instances at once (a retry while the first
        // attempt is still in flight): both decide from the same revision and one must lose the
        // compare-and-set, reload, and answer as a duplicate.
        if (rng() < 0.5) sends.push(sendOne(room, open[0]!, instances[0]), sendOne(room, open[0]!, instances[1]));
        if (seen.size > 0 && rng() < 0.3) {
          figures.redeliveries++;
          sends.push(sendOne(room, pick([...seen.keys()])));
        }
        await Promise.all(sends);
        if (open.every((s) => !seen.has(s))) await new Promise((resolve) => setTimeout(resolve, 5 + rng() * 20));
      }
      if (seen.size < room.events.length) problems.push(`${room.roomId}: writer gave up with ${seen.size} answered`);
    };

    /** Instance B is killed (no goodbye: requests in flight are lost) once about 40% of the events are answered, and started again. */
    const restart = async () => {
      for (let i = 0; i < 2000 && answered() < total * 0.4; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const stats = await send(`${instances[1]!.url}/stats`, 'GET');
      figures.conflicts += stats?.body.conflicts ?? 0;
      await stopService(instances[1]!, 'SIGKILL');
      instances[1] = await startService('B (restarted)', env);
    };

    const badRoom = plan(`${RUN}-bad-bodies`, 1, rng);
    expect((await send(`${instances[0]!.url}/rooms`, 'POST', badRoom.opening))?.status).toBe(201);
    const bad = async () => {
      const join = { type: 'join', userId: 'user-1', at: badRoom.opening.at + 1000, seq: 1 };
      const bodies: [string, unknown, string?][] = [
        ['not JSON', undefined, '{"type": "join",'],
        ['unknown key Seq', { ...join, seq: undefined, Seq: 1 }],
        ['oversize', undefined, JSON.stringify([{ ...join, userId: 'x'.repeat(1 << 20) }])],
        ['blank id', { ...join, userId: '   ' }],
        ['long id', { ...join, userId: 'x'.repeat(300) }],
        ['seq 0', { ...join, seq: 0 }],
        ['seq 1.5', { ...join, seq: 1.5 }],
        ['seq "1"', { ...join, seq: '1' }],
        ['null', null],
        ['a number', 42],
        ['no type', { userId: 'user-1', at: join.at }],
        ['a batch with one bad event', [join, { ...join, seq: 2, userId: '' }]],
        ['a batch over the cap', Array.from({ length: 501 }, (_, i) => ({ ...join, seq: i + 1 }))],
        // Any JSON at all, events and batches with a wrong field, as a careless client would send them.
        ...fc
          .sample(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1 })), {
            seed: SEED,
            numRuns: 40,
          })
          .filter((v) => !(Array.isArray(v) && v.length === 0)) // an empty batch is a good request: nothing to do
          .map((v): [string, unknown] => [`random JSON ${JSON.stringify(v).slice(0, 60)}`, v]),
        ...fc
          .sample(fc.tuple(fc.constantFrom('type', 'userId', 'at', 'seq', 'hostId'), fc.jsonValue({ maxDepth: 1 })), {
            seed: SEED,
            numRuns: 40,
          })
          .map(([key, v]): [string, unknown] => [`${key}: ${JSON.stringify(v)}`, { ...join, [key]: v, seq: 1, x: 1 }]),
      ];
      for (const [what, body, raw] of bodies) {
        for (const instance of [0, 1]) {
          const reply = await send(`${instances[instance]!.url}/rooms/${badRoom.roomId}/events`, 'POST', body, raw);
          if (reply === null) continue; // B may be restarting
          if (reply.status !== 400 || !(reply.body.issues?.length > 0)) {
            problems.push(`bad body (${what}) answered ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
          }
        }
      }
      const seqKey = await send(`${instances[0]!.url}/rooms/${badRoom.roomId}/events`, 'POST', {
        type: 'join',
        userId: 'user-1',
        at: join.at,
        Seq: 1,
      });
      expect(JSON.stringify(seqKey?.body.issues)).toContain('Seq');
      const opening = await send(`${instances[0]!.url}/rooms`, 'POST', { ...badRoom.opening, roomId: 'x', extra: 1 });
      const path = await send(`${instances[0]!.url}/rooms/%E0%A4%A/events`, 'POST', badRoom.events[0]);
      const due = await send(`${instances[0]!.url}/due?at=tomorrow`, 'GET');
      expect([opening?.status, path?.status, due?.status]).toEqual([400, 400, 400]);
    };

    await Promise.all([...rooms.map(writer), restart(), bad()]);

    // Old redeliveries: seqs older than the receipt window (the library answers seq-forgotten) are
    // answered from the inbox as they were the first time; another event under an old seq is a conflict.
    for (const room of rooms.filter((r) => r.events.length > lib.VOICE_ROOM_RECEIPT_WINDOW)) {
      for (let seq = 1; seq <= 5; seq++) {
        const event = room.events[seq - 1]!;
        const reply = (await send(`${instances[seq % 2]!.url}/rooms/${room.roomId}/events`, 'POST', event)) as Reply;
        take(room, seq, { status: reply.status, ...reply.body });
        expect(reply.body.duplicate).toBe(true);
      }
      const other = { ...room.events[0]!, at: (room.events[0]!.at as number) + 1 };
      const conflict = await send(`${instances[0]!.url}/rooms/${room.roomId}/events`, 'POST', other);
      expect([conflict?.status, conflict?.body.code]).toEqual([409, 'seq-conflict']);
    }

    for (const instance of instances) {
      const stats = (await send(`${instance.url}/stats`, 'GET'))!.body;
      figures.conflicts += stats.conflicts;
      figures.fromInbox += stats.fromInbox;
    }
    expect(figures.fromInbox).toBeGreaterThanOrEqual(5 * LONG_ROOMS);
    expect(figures.conflicts).toBeGreaterThan(0); // the races above did meet at the compare-and-set
    expect(problems).toEqual([]);

    // Every room equals the sequential replay of its stream; each seq was taken once (revision and
    // the inbox count say so), and each writer saw the answer the replay gives.
    for (const room of rooms) {
      const stored = (await send(`${instances[0]!.url}/rooms/${room.roomId}`, 'GET'))!.body;
      const opened = lib.openVoiceRoom(room.opening).value;
      const replay = lib.applyVoiceRoomEvents(opened, room.events, { onRefusal: 'skip' });
      expect(JSON.stringify(stored.room)).toBe(JSON.stringify(replay.value));
      expect([stored.room.revision, stored.room.lastSeq]).toEqual([room.events.length, room.events.length]);
      let step = opened;
      const expected = room.events.map((event) => {
        const outcome = lib.applyVoiceRoomEvent(step, event);
        step = lib.roomAfter(step, outcome);
        return outcome.ok ? { ok: true } : { ok: false, code: outcome.code };
      });
      expect([...answers.get(room.roomId)!].sort(([a], [b]) => a - b).map(([, seen]) => seen)).toEqual(expected);
    }
    const client = new pg.Client(databaseUrl);
    await client.connect();
    const inbox = await client
      .query<{ room_id: string; n: number }>(
        'SELECT room_id, count(*)::int AS n FROM inbox WHERE room_id = ANY($1) GROUP BY room_id ORDER BY room_id',
        [rooms.map((r) => r.roomId)],
      )
      .finally(() => client.end());
    expect(inbox.rows).toEqual(
      rooms.map((r) => ({ room_id: r.roomId, n: r.events.length })).sort((a, b) => (a.room_id < b.room_id ? -1 : 1)),
    );
    const badStored = (await send(`${instances[1]!.url}/rooms/${badRoom.roomId}`, 'GET'))!.body;
    expect(badStored.room.revision).toBe(0); // no bad body changed anything
    // A clean stop (SIGTERM) ends an instance with its pool closed: exit code 0.
    await Promise.all(instances.map((instance) => stopService(instance, 'SIGTERM')));
    expect(instances.map((instance) => instance.child.exitCode)).toEqual([0, 0]);

    const refused = [...answers.values()].flatMap((m) => [...m.values()]).filter((s) => !s.ok).length;
    console.log(
      `voiceroom-service: ${total} events in ${rooms.length} rooms (${refused} refused by a rule), ` +
        `${figures.requests} requests, ${figures.batches} batches, ${figures.redeliveries} redeliveries, ` +
        `${figures.gaps} seq-gaps, ${figures.lost} lost, ${figures.busy} busy, ${figures.conflicts} compare-and-set conflicts, ` +
        `${figures.fromInbox} answered from the inbox, ${Math.round(performance.now() - started)} ms`,
    );
  }, 240_000);
});

describe('examples/voiceroom-service: the embedded default (PGlite in the process)', () => {
  it('starts, answers, and keeps its rooms in its data directory across a restart', async () => {
    if (unbuilt) throw unbuilt;
    const env = { PGLITE_DIR: embeddedDir, DATABASE_URL: '' };
    let instance = await startService('embedded', env);
    const room = plan('embedded', 3, random(SEED + 1));
    expect((await send(`${instance.url}/rooms`, 'POST', room.opening))?.status).toBe(201);
    const batch = await send(`${instance.url}/rooms/embedded/events`, 'POST', room.events);
    expect(batch?.status).toBe(200);
    expect((await send(`${instance.url}/rooms/embedded/events`, 'POST', undefined, '[1,'))?.status).toBe(400);
    expect((await send(`${instance.url}/rooms/nowhere/events`, 'POST', room.events[0]))?.status).toBe(404);
    await stopService(instance, 'SIGTERM');
    expect(instance.child.exitCode).toBe(0);

    instance = await startService('embedded (restarted)', env);
    const stored = (await send(`${instance.url}/rooms/embedded`, 'GET'))!.body;
    const replay = lib.applyVoiceRoomEvents(lib.openVoiceRoom(room.opening).value, room.events, { onRefusal: 'skip' });
    expect(JSON.stringify(stored.room)).toBe(JSON.stringify(replay.value));
    const end = room.opening.at + 48 * HOUR;
    const due = (await send(`${instance.url}/due?at=${end}`, 'GET'))!.body.due;
    expect(due).toEqual([{ roomId: 'embedded', at: end - 10 * 60_000, change: 'end-warning' }]);
    // Each due change is handed out once: the warning, then the end (due at the same instant), then nothing.
    const swept: (Reply | null)[] = [];
    for (let i = 0; i < 3; i++) swept.push(await send(`${instance.url}/sweep`, 'POST', { at: end }));
    expect(swept.map((s) => s?.body.claimed.map((c: { change: string }) => c.change))).toEqual([
      ['end-warning'],
      ['end'],
      [],
    ]);
    await stopService(instance, 'SIGTERM');
  }, 240_000);
});
