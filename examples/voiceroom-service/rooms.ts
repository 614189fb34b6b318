/**
 * The service half of the delivery protocol (docs/voiceroom.md): load the stored room, let the library
 * decide, store `roomAfter(room, outcome)` by compare-and-set on `revision` (reload and decide again on
 * a conflict), and keep an inbox of every numbered event taken, so that a redelivery older than the
 * room's receipt window (the library answers `seq-forgotten`) is still answered as it was the first time.
 *
 * Every function here answers `{ status, body }`; none throws for anything a client can send.
 */
import { createHash } from 'node:crypto';
import { RuleInputError, toEpochMs } from 'kakao-rules';
import {
  applyVoiceRoomEvent,
  applyVoiceRoomEvents,
  nextVoiceRoomChange,
  openVoiceRoom,
  parseVoiceRoom,
  parseVoiceRoomEvent,
  roomAfter,
  type VoiceRoom,
  type VoiceRoomEvent,
  type VoiceRoomEventOutcome,
} from 'kakao-rules/voiceroom';
import type { InboxEntry, Schedule, Store } from './store.js';

/** An HTTP answer: status and JSON body. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** What one instance has seen since it started (GET /stats). */
export interface Stats {
  /** Events the rules applied (not counting duplicates). */
  applied: number;
  /** Numbered events refused by a rule (they still took their place in the stream). */
  refused: number;
  /** Redeliveries answered as duplicates, by the room's receipts or by the inbox. */
  duplicates: number;
  /** Of those, answered from the inbox (older than the receipt window). */
  fromInbox: number;
  /** Compare-and-set updates that found the row at another revision (and were retried). */
  conflicts: number;
}

/** The most events one batch may carry; checked before any is read. */
export const MAX_BATCH = 500;
/** How many times one request reloads after a compare-and-set conflict before answering 503. */
const MAX_ATTEMPTS = 40;
/** Refusals about the order of delivery (409); every other refusal is a rule's (422). */
const DELIVERY_CODES: ReadonlySet<string> = new Set(['seq-gap', 'seq-conflict', 'seq-forgotten']);
const OPENING_KEYS: ReadonlySet<string> = new Set(['roomId', 'chat', 'creatorId', 'at']);

/** The 400 answer for bad input, with every issue the library (or this service) found. */
export function badInput(error: RuleInputError): Answer {
  return { status: 400, body: { ok: false, error: 'bad-input', fn: error.fn, issues: error.issues } };
}

/** A refusal (or an acknowledgement) as a client sees it: the outcome without the room. */
type Reply = Record<string, unknown> & { ok: boolean; code?: string };

/** The library's seq-conflict, for an old seq whose inbox entry holds another event. */
const SEQ_CONFLICT: Reply = {
  ok: false,
  rule: 'voiceroom.lifetime',
  code: 'seq-conflict',
  message: {
    en: 'The room already took a different event with this seq.',
    ko: '방이 이 순번으로 다른 이벤트를 이미 받았어요.',
  },
};

function reply(outcome: VoiceRoomEventOutcome): Reply {
  if (outcome.ok) return 'duplicate' in outcome && outcome.duplicate ? { ok: true, duplicate: true } : { ok: true };
  const { room: _room, ...refusal } = outcome as typeof outcome & { room?: unknown };
  return { ...refusal };
}

function statusOf(r: Reply): number {
  if (r.ok) return 200;
  return DELIVERY_CODES.has(r.code!) ? 409 : 422;
}

/** The event as a plain, key-sorted document without `seq` and with its instant in epoch ms, hashed. */
function digestOf(event: VoiceRoomEvent): string {
  const plain: Record<string, unknown> = { ...event, at: toEpochMs(event.at) };
  delete plain.seq;
  const sorted = Object.fromEntries(Object.entries(plain).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The room service over one store; several instances may share the store. */
export class Rooms {
  readonly stats: Stats = { applied: 0, refused: 0, duplicates: 0, fromInbox: 0, conflicts: 0 };

  constructor(private readonly store: Store) {}

  /** POST /rooms: opens a room; the same opening again answers as a duplicate, another one 409. */
  async create(body: unknown): Promise<Answer> {
    const unknownKeys =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? Object.keys(body).filter((k) => !OPENING_KEYS.has(k))
        : [];
    if (unknownKeys.length > 0) {
      return badInput(
        new RuleInputError('POST /rooms', [
          { path: ['opening'], code: 'unrecognized-keys', message: `unknown keys: ${unknownKeys.join(', ')}` },
        ]),
      );
    }
    let opened: ReturnType<typeof openVoiceRoom>;
    try {
      opened = openVoiceRoom(body as Parameters<typeof openVoiceRoom>[0]);
    } catch (e) {
      if (e instanceof RuleInputError) return badInput(e);
      throw e;
    }
    if (!opened.ok) return { status: 422, body: opened };
    const room = opened.value;
    const opening = JSON.stringify(openingOf(body as Parameters<typeof openVoiceRoom>[0]));
    const created = await this.store.create(
      room.roomId,
      JSON.stringify(room),
      room.revision,
      opening,
      scheduleOf(room, Number.NEGATIVE_INFINITY),
    );
    if (created) return { status: 201, body: { ok: true, roomId: room.roomId, revision: room.revision } };
    const stored = await this.store.load(room.roomId);
    if (stored?.opening === opening) {
      return { status: 200, body: { ok: true, duplicate: true, roomId: room.roomId, revision: stored.revision } };
    }
    return { status: 409, body: { ok: false, code: 'room-exists', message: `room ${room.roomId} exists already` } };
  }

  /** GET /rooms/:id: the stored document, as stored. */
  async get(roomId: string): Promise<Answer> {
    const row = await this.store.load(roomId);
    if (row === undefined) return notFound(roomId);
    return { status: 200, body: { room: JSON.parse(row.doc), opening: JSON.parse(row.opening) } };
  }

  /** POST /rooms/:id/events with one event. */
  async apply(roomId: string, body: unknown): Promise<Answer> {
    let event: VoiceRoomEvent;
    try {
      event = parseVoiceRoomEvent(body);
    } catch (e) {
      if (e instanceof RuleInputError) return badInput(e);
      throw e;
    }
    return this.update(roomId, (room) => {
      const outcome = applyVoiceRoomEvent(room, event);
      return { after: roomAfter(room, outcome), answers: [{ event, outcome }] };
    }).then((done) => {
      if ('status' in done) return done;
      const r = done.replies[0]!;
      return { status: statusOf(r), body: { ...r, revision: done.revision } };
    });
  }

  /** POST /rooms/:id/events with an array: applied in order with applyVoiceRoomEvents, stored once. */
  async applyBatch(roomId: string, body: unknown[]): Promise<Answer> {
    if (body.length > MAX_BATCH) {
      return badInput(
        new RuleInputError('POST /rooms/:id/events', [
          {
            path: ['events'],
            code: 'too-big',
            message: `at most ${MAX_BATCH} events in one batch; got ${body.length}`,
          },
        ]),
      );
    }
    const events: VoiceRoomEvent[] = [];
    const issues: RuleInputError['issues'][number][] = [];
    body.forEach((item, i) => {
      try {
        events.push(parseVoiceRoomEvent(item));
      } catch (e) {
        if (!(e instanceof RuleInputError)) throw e;
        issues.push(...e.issues.map((issue) => ({ ...issue, path: ['events', i, ...issue.path.slice(1)] })));
      }
    });
    if (issues.length > 0) return badInput(new RuleInputError('POST /rooms/:id/events', issues));
    const done = await this.update(roomId, (room) => {
      const batch = applyVoiceRoomEvents(room, events, { onRefusal: 'skip' });
      return {
        after: roomAfter(room, batch),
        answers: events.map((event, i) => ({ event, outcome: batch.outcomes[i]! })),
      };
    });
    if ('status' in done) return done;
    return {
      status: 200,
      body: { ok: true, revision: done.revision, results: done.replies.map((r) => ({ status: statusOf(r), ...r })) },
    };
  }

  /**
   * The compare-and-set loop: load, decide, answer forgotten seqs from the inbox, store iff the
   * revision moved, and on a conflict start again from a fresh load (bounded).
   */
  private async update(
    roomId: string,
    decide: (room: VoiceRoom) => {
      after: VoiceRoom;
      answers: readonly { event: VoiceRoomEvent; outcome: VoiceRoomEventOutcome }[];
    },
  ): Promise<Answer | { revision: number; replies: Reply[] }> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.store.load(roomId);
      if (row === undefined) return notFound(roomId);
      const room = parseVoiceRoom(JSON.parse(row.doc));
      const { after, answers } = decide(room);
      const replies: Reply[] = [];
      const inbox: InboxEntry[] = [];
      let fromInbox = 0;
      for (const { event, outcome } of answers) {
        let r = reply(outcome);
        if (!r.ok && r.code === 'seq-forgotten') {
          const seen = await this.store.inboxEntry(roomId, event.seq!);
          if (seen === undefined) {
            // Not in the inbox either: the room was written by something other than this service.
          } else if (seen.digest === digestOf(event)) {
            r = { ...JSON.parse(seen.outcome), duplicate: true };
            fromInbox++;
          } else {
            r = SEQ_CONFLICT; // what the library answers when its receipts still hold the other event
          }
        }
        replies.push(r);
        const taken = event.seq !== undefined && r.duplicate !== true && (r.ok || 'room' in outcome);
        if (taken) inbox.push({ seq: event.seq!, digest: digestOf(event), outcome: JSON.stringify(r) });
      }
      if (after.revision !== room.revision) {
        const stored = await this.store.compareAndSet(
          roomId,
          room.revision,
          JSON.stringify(after),
          after.revision,
          scheduleOf(after, row.sweptUntil),
          inbox,
        );
        if (!stored) {
          this.stats.conflicts++;
          await pause(Math.random() * Math.min(20, 1 + attempt)); // a little jitter, so two writers do not meet again at once
          continue;
        }
      }
      for (const r of replies) {
        if (r.duplicate === true) this.stats.duplicates++;
        else if (r.ok) this.stats.applied++;
        else if (!DELIVERY_CODES.has(r.code!)) this.stats.refused++;
      }
      this.stats.fromInbox += fromInbox;
      return { revision: after.revision, replies };
    }
    return { status: 503, body: { ok: false, code: 'busy', message: 'too many concurrent writers; retry' } };
  }

  /** GET /due?at=...: rooms whose next timed change (end warning, end) is at or before `at`. */
  async due(at: number, limit: number): Promise<Answer> {
    return { status: 200, body: { at, due: await this.store.due(at, limit) } };
  }

  /**
   * POST /sweep {at}: claims the due changes (each handed out once, even with several sweepers) and
   * moves every swept room's schedule on with nextVoiceRoomChange.
   */
  async sweep(at: number, limit: number): Promise<Answer> {
    const claimed = [];
    for (const due of await this.store.due(at, limit)) {
      const row = await this.store.load(due.roomId);
      if (row === undefined) continue;
      const room = parseVoiceRoom(JSON.parse(row.doc));
      if (await this.store.claim(due.roomId, due.at, due.at, scheduleOf(room, due.at))) claimed.push(due);
    }
    return { status: 200, body: { at, claimed } };
  }
}

function notFound(roomId: string): Answer {
  return { status: 404, body: { ok: false, code: 'no-such-room', message: `no room ${roomId}` } };
}

/** The next timed change strictly after what the sweeps have claimed (and after nothing, for a new room). */
function scheduleOf(room: VoiceRoom, sweptUntil: number): Schedule {
  const next = nextVoiceRoomChange(room, Math.max(sweptUntil, room.openedAt - 1));
  return next && { at: next.at, change: next.change };
}

/** The opening as a plain document (instant in epoch ms), to tell the same opening sent again from another one. */
function openingOf(o: Parameters<typeof openVoiceRoom>[0]) {
  return { roomId: o.roomId, chat: { kind: o.chat.kind }, creatorId: o.creatorId, at: toEpochMs(o.at) };
}
