/**
 * The voice room as a state machine: one event in, the next room (or the refusal naming the rule) out.
 * The hot path validates by hand, copies only what an event changes (the talker list of at most 10,
 * or one row and one bucket of the listener table) and returns prebuilt refusals.
 *
 * One function holds the rules ({@link transition}), with a `build` flag that lets {@link canApply}
 * answer without building the next room. A table per event type (its checks, then its next room) was
 * weighed: every type shares the same prelude (time order, the end, the host check, the lookup of the
 * participant), which a table would repeat or split off, and it adds an indirect call per event; the
 * switch below keeps each rule's checks next to the room they allow, in one screen.
 * @module
 */
import {
  RuleInputError,
  describeValue,
  inputIssue,
  ok,
  type InputIssue,
  type Ok,
  type Outcome,
} from '../core/index.js';
import { eventInstant, explainEvent, requireRoom } from './guards.js';
import { findListener, withListener, type ListenerTable } from './listenerTable.js';
import { openRoom } from './open.js';
import {
  ALREADY_IN_ROLE,
  ALREADY_IN_ROOM,
  CANNOT_CHANGE_OWN_ROLE,
  EVENT_OUT_OF_ORDER,
  INVITEE_NOT_SPEAKER,
  INVITE_ALREADY_PENDING,
  NOT_A_HOST,
  NOT_A_LISTENER,
  NO_HOST,
  NO_PENDING_INVITE,
  NO_PENDING_REQUEST,
  REQUEST_ALREADY_PENDING,
  ROOM_ENDED,
  ROOM_FULL,
  TALKER_CAP_REACHED,
  UNKNOWN_PARTICIPANT,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  type VoiceRoomEventRefusal,
  type VoiceRoomOpeningRefusal,
} from './rules.js';
import type { VoiceRoomEventSchema } from './schemas.js';
import { Room, type Talker, type Talkers } from './state.js';
import type { VoiceRoom, VoiceRoomEvent, VoiceRoomOpening } from './types.js';
import type { z } from 'zod';

type Event = z.output<typeof VoiceRoomEventSchema>;

/** An event whose `seq` the room has already applied: acknowledged, the room unchanged. */
export type VoiceRoomDuplicate<V = VoiceRoom> = Ok<V> & { readonly duplicate: true };

/** What {@link applyVoiceRoomEvent} returns: the next room, a duplicate's acknowledgement, or the refusal. */
export type VoiceRoomEventOutcome = Outcome<VoiceRoom, VoiceRoomEventRefusal> | VoiceRoomDuplicate;

/** What {@link canApply} returns: the same answer as {@link VoiceRoomEventOutcome}, `value` undefined. */
export type VoiceRoomCheckOutcome = Outcome<undefined, VoiceRoomEventRefusal> | VoiceRoomDuplicate<undefined>;

/** What {@link canApply} returns for an event the room would accept. */
const ACCEPTED: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());
/** What {@link canApply} returns for a duplicate. */
const DUPLICATE: VoiceRoomDuplicate<undefined> = /* @__PURE__ */ Object.freeze({
  ok: true as const,
  value: undefined,
  duplicate: true as const,
});
const EVENT_PATH = ['event'] as const;

type Step = Outcome<Room | undefined, VoiceRoomEventRefusal> | VoiceRoomDuplicate<Room | undefined>;

function talkerIndex(talkers: Talkers, userId: string): number {
  for (let i = 0; i < talkers.length; i++) if (talkers[i]!.userId === userId) return i;
  return -1;
}

/** `undefined` when `hostId` is a host; otherwise why not (voiceroom.role-change-by-host, voiceroom.hostless). */
function hostRefusal(talkers: Talkers, hostId: string): VoiceRoomEventRefusal | undefined {
  const i = talkerIndex(talkers, hostId);
  if (i >= 0 && talkers[i]!.role === 'host') return undefined;
  for (const t of talkers) if (t.role === 'host') return NOT_A_HOST;
  return NO_HOST;
}

function replaced(talkers: Talkers, i: number, talker: Talker): Talkers {
  const next = talkers.slice();
  next[i] = talker;
  return next;
}

function removed(talkers: Talkers, i: number): Talkers {
  const next = talkers.slice();
  next.splice(i, 1);
  return next;
}

/** The room after an accepted event at `at` (every field written out: one object shape for all rooms). */
function moved(
  room: Room,
  at: number,
  seq: number | null,
  talkers: Talkers,
  listeners: ListenerTable,
  listenerCount: number,
  reported = room.reported,
): Ok<Room> {
  return ok(new Room(room.roomId, room.openedAt, at, reported, seq, talkers, listeners, listenerCount));
}

/**
 * The rules themselves. `build` false answers only yes or no ({@link canApply}); true also builds
 * the next room. The event is well-formed and `at` is its instant.
 */
function transition(room: Room, e: Event, at: number, build: boolean): Step {
  // voiceroom.lifetime (delivery): an event whose seq the room has applied is acknowledged, unchanged
  const seq = e.seq;
  const lastSeq = room.lastSeq;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: only narrow the types: seq is a positive integer or undefined and lastSeq one or null, so seq <= lastSeq below is false whenever either is missing (undefined <= n and n <= null are both false); "never known" is the next line's test made false
  const known = seq !== undefined && lastSeq !== null;
  if (known && seq <= lastSeq)
    return build ? Object.freeze({ ok: true as const, value: room, duplicate: true as const }) : DUPLICATE;
  if (at < room.lastEventAt) return EVENT_OUT_OF_ORDER; // voiceroom.lifetime: a room's log runs forward
  if (at >= room.openedAt + VOICE_ROOM_LIFETIME_MS) return ROOM_ENDED; // voiceroom.lifetime
  const next = seq ?? lastSeq;
  const talkers = Room.talkers(room);
  const listeners = Room.listeners(room);
  const listenerCount = Room.listenerCount(room);
  if (e.type === 'report') return build ? moved(room, at, next, talkers, listeners, listenerCount, true) : ACCEPTED; // voiceroom.voice-data
  if (e.type === 'answer-speak-request' || e.type === 'set-role' || e.type === 'invite-host') {
    const notHost = hostRefusal(talkers, e.hostId);
    if (notHost !== undefined) return notHost;
  }
  const { userId } = e;
  const ti = talkerIndex(talkers, userId);
  const talker = talkers[ti];
  // Stryker disable next-line ConditionalExpression: a talker is never also a listener (VoiceRoomSchema), so looking one up anyway finds nothing; skipped for speed
  const listener = talker === undefined ? findListener(listeners, userId) : undefined;
  if (e.type === 'join') {
    // voiceroom.entry-role: everyone enters as a listener; voiceroom.capacity: at most 1,500
    if (talker !== undefined || listener !== undefined) return ALREADY_IN_ROOM;
    if (listenerCount + talkers.length >= VOICE_ROOM_MAX_PARTICIPANTS) return ROOM_FULL;
    return build
      ? moved(room, at, next, talkers, withListener(listeners, userId, { userId }), listenerCount + 1)
      : ACCEPTED;
  }
  if (talker === undefined && listener === undefined) return UNKNOWN_PARTICIPANT; // voiceroom.roles
  switch (e.type) {
    case 'leave': // a pending speak request or host invitation leaves with its holder; the last host may leave (voiceroom.hostless)
      if (!build) return ACCEPTED;
      return talker !== undefined
        ? moved(room, at, next, removed(talkers, ti), listeners, listenerCount)
        : moved(room, at, next, talkers, withListener(listeners, userId, undefined), listenerCount - 1);
    case 'request-to-speak': // voiceroom.speak-request: listeners only, one pending request each
      if (listener === undefined) return NOT_A_LISTENER;
      if (listener.requestedAt !== undefined) return REQUEST_ALREADY_PENDING;
      return build
        ? moved(room, at, next, talkers, withListener(listeners, userId, { userId, requestedAt: at }), listenerCount)
        : ACCEPTED;
    case 'answer-speak-request': // voiceroom.speak-request, voiceroom.speaker-cap
      if (listener?.requestedAt === undefined) return NO_PENDING_REQUEST;
      if (!e.approve)
        return build
          ? moved(room, at, next, talkers, withListener(listeners, userId, { userId }), listenerCount)
          : ACCEPTED;
      if (talkers.length >= VOICE_ROOM_MAX_TALKERS) return TALKER_CAP_REACHED;
      return build
        ? moved(
            room,
            at,
            next,
            [...talkers, { userId, role: 'speaker' }],
            withListener(listeners, userId, undefined),
            listenerCount - 1,
          )
        : ACCEPTED;
    case 'invite-host': // voiceroom.host-invite: only a speaker can be invited
      if (talker?.role !== 'speaker') return INVITEE_NOT_SPEAKER;
      if (talker.invitedBy !== undefined) return INVITE_ALREADY_PENDING;
      return build
        ? moved(
            room,
            at,
            next,
            replaced(talkers, ti, { userId, role: 'speaker', invitedBy: e.hostId }),
            listeners,
            listenerCount,
          )
        : ACCEPTED;
    case 'answer-host-invite': // voiceroom.host-invite: the invitee accepts or declines
      if (talker?.invitedBy === undefined) return NO_PENDING_INVITE;
      return build
        ? moved(
            room,
            at,
            next,
            replaced(talkers, ti, { userId, role: e.accept ? 'host' : 'speaker' }),
            listeners,
            listenerCount,
          )
        : ACCEPTED;
    case 'set-role': // voiceroom.role-change-by-host: someone else's role, to host too; voiceroom.speaker-cap
      if (e.hostId === userId) return CANNOT_CHANGE_OWN_ROLE;
      if (talker === undefined) {
        if (e.role === 'listener') return ALREADY_IN_ROLE;
        if (talkers.length >= VOICE_ROOM_MAX_TALKERS) return TALKER_CAP_REACHED;
        return build
          ? moved(
              room,
              at,
              next,
              [...talkers, { userId, role: e.role }],
              withListener(listeners, userId, undefined),
              listenerCount - 1,
            )
          : ACCEPTED;
      }
      if (e.role === talker.role) return ALREADY_IN_ROLE;
      if (!build) return ACCEPTED;
      return e.role === 'listener'
        ? moved(room, at, next, removed(talkers, ti), withListener(listeners, userId, { userId }), listenerCount + 1)
        : moved(room, at, next, replaced(talkers, ti, { userId, role: e.role }), listeners, listenerCount); // an invitation held is used up or dropped
  }
}

/** Validates by hand (the full issue list only on failure), then runs {@link transition}. */
function step(room: unknown, event: unknown, build: boolean, fn: string): Step {
  const r = requireRoom(room, fn);
  const at = eventInstant(event);
  if (at === undefined) explainEvent(event, fn, EVENT_PATH);
  return transition(r, event as Event, at, build);
}

/**
 * Applies one event to a voice room: the next room, or the refusal naming the rule.
 *
 * Events come in time order (one earlier than the last accepted event, or than the opening:
 * `event-out-of-order`), and none is accepted at or after 48 hours from the opening (`room-ended`).
 * Joining enters as a listener, up to 1,500 people; only a host changes someone else's role (to
 * host, speaker or listener), and at most 10 people (hosts included) talk. A listener asks to speak
 * and a host answers; a host may also invite a speaker to become host and the speaker answers. When
 * the last host leaves, the room stays open without a host and no role can change. A `report` marks
 * the voice data for the report server.
 *
 * Idempotent delivery: an event may carry `seq`, a positive integer per room. The next room records
 * it as `lastSeq`; an event whose `seq` is not greater than the room's `lastSeq` is acknowledged
 * without change as `{ ok: true, value: room, duplicate: true }`. A gap in `seq` is accepted (a
 * refused event changes nothing, `lastSeq` included, so gaps are normal); compare `seq` with
 * `room.lastSeq` to detect one. The room passed in is never changed.
 *
 * @param room - a room from {@link openVoiceRoom}, this function, {@link replayVoiceRoom} or `VoiceRoomSchema.parse`.
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: nextRoom }`, `{ ok: true, value: room, duplicate: true }`, or a
 *   refusal (`{ ok: false, rule, code, message }`).
 * @throws {RuleInputError} when the event is malformed (unknown type, missing or empty ids, bad
 *   instant, a `seq` that is not a positive integer) or the room is not a room (a stored document
 *   must be loaded with `parseVoiceRoom` or `VoiceRoomSchema.parse` first).
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' }).value;
 * const next = applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: '2026-01-01T10:05:00+09:00', seq: 1 }).value;
 * roleOf(next, 'bo') //=> 'listener'
 * next.lastSeq //=> 1
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'bo', at: '2026-01-01T10:05:00+09:00', seq: 1 }).duplicate //=> true
 * roleOf(applyVoiceRoomEvent(next, { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'host', at: '2026-01-01T10:06:00+09:00' }).value, 'bo') //=> 'host'
 * applyVoiceRoomEvent(next, { type: 'set-role', hostId: 'bo', userId: 'ann', role: 'listener', at: '2026-01-01T10:06:00+09:00' }).code //=> 'not-a-host'
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'cy', at: '2026-01-03T10:00:00+09:00' }).code //=> 'room-ended'
 * @see voiceroom.role-change-by-host
 * @see voiceroom.speaker-cap
 * @see voiceroom.lifetime
 */
export function applyVoiceRoomEvent(room: VoiceRoom, event: VoiceRoomEvent): VoiceRoomEventOutcome {
  return step(room, event, true, 'applyVoiceRoomEvent') as VoiceRoomEventOutcome;
}

/**
 * Whether a room would accept an event, without building the next room: the same answer as
 * {@link applyVoiceRoomEvent}, with `value` left `undefined`.
 *
 * @param room - a voice room.
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: undefined }` (with `duplicate: true` for an applied `seq`), or the
 *   refusal {@link applyVoiceRoomEvent} would give.
 * @throws {RuleInputError} when the event is malformed or the room is not a room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * canApply(room, { type: 'request-to-speak', userId: 'ann', at: 1000 }).code //=> 'not-a-listener'
 * canApply(room, { type: 'join', userId: 'bo', at: 1000 }).ok //=> true
 * @see voiceroom.speak-request
 */
export function canApply(room: VoiceRoom, event: VoiceRoomEvent): VoiceRoomCheckOutcome {
  return step(room, event, false, 'canApply') as VoiceRoomCheckOutcome;
}

/** A refusal met while replaying a log: `index` is the position of the refused event (-1: the opening). */
export type VoiceRoomReplayRefusal = (VoiceRoomOpeningRefusal | VoiceRoomEventRefusal) & { readonly index: number };

/** One event a `'skip'` replay left out: its position in the log and why it was refused. */
export interface VoiceRoomSkippedEvent {
  readonly index: number;
  readonly refusal: VoiceRoomEventRefusal;
}

/** What a `'skip'` replay returns: the room after every event it could apply and the refusals of the others, or the opening's refusal. */
export type VoiceRoomSkipReplay =
  | (Ok<VoiceRoom> & { readonly refusals: readonly VoiceRoomSkippedEvent[] })
  | (VoiceRoomOpeningRefusal & { readonly index: -1 });

/** How {@link replayVoiceRoom} treats a refused event: `'stop'` (the default) answers with it; `'skip'` leaves it out and goes on. */
export interface VoiceRoomReplayOptions {
  readonly onRefusal?: 'stop' | 'skip';
}

/**
 * Replays a whole log: opens the room, then applies each event in order. By default it stops at the
 * first refusal; with `{ onRefusal: 'skip' }` it leaves each refused event out, goes on, and lists
 * what it left out. Duplicates (by `seq`) are acknowledged and change nothing in either mode.
 *
 * @param opening - what {@link openVoiceRoom} takes.
 * @param events - the events, in the order they happened.
 * @param options - `{ onRefusal: 'stop' | 'skip' }`; `'stop'` when left out.
 * @returns `'stop'`: `{ ok: true, value: finalRoom }`, or the first refusal with `index`, the position
 *   in `events` of the refused event (`-1` when the opening itself is refused). `'skip'`:
 *   `{ ok: true, value: finalRoom, refusals: [{ index, refusal }] }`, or the opening's refusal (`index: -1`).
 * @throws {RuleInputError} listing every malformed event (path `['events', i, ...]`), a malformed
 *   opening, `events` that is not an array, or options that are not `{ onRefusal: 'stop' | 'skip' }`.
 * @example
 * const opening = { roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 };
 * const log = [{ type: 'join', userId: 'bo', at: 1000 }, { type: 'join', userId: 'bo', at: 2000 }, { type: 'join', userId: 'cy', at: 3000 }];
 * const r = replayVoiceRoom(opening, log);
 * [r.ok, r.code, r.index] //=> [false, 'already-in-room', 1]
 * const s = replayVoiceRoom(opening, log, { onRefusal: 'skip' });
 * [s.ok, participantCount(s.value), s.refusals.map((x) => [x.index, x.refusal.code])] //=> [true, 3, [[1, 'already-in-room']]]
 * @see voiceroom.lifetime
 */
export function replayVoiceRoom(
  opening: VoiceRoomOpening,
  events: readonly VoiceRoomEvent[],
  options?: { readonly onRefusal?: 'stop' },
): Outcome<VoiceRoom, VoiceRoomReplayRefusal>;
export function replayVoiceRoom(
  opening: VoiceRoomOpening,
  events: readonly VoiceRoomEvent[],
  options: { readonly onRefusal: 'skip' },
): VoiceRoomSkipReplay;
export function replayVoiceRoom(
  opening: VoiceRoomOpening,
  events: readonly VoiceRoomEvent[],
  options?: VoiceRoomReplayOptions,
): Outcome<VoiceRoom, VoiceRoomReplayRefusal> | VoiceRoomSkipReplay;
export function replayVoiceRoom(
  opening: VoiceRoomOpening,
  events: readonly VoiceRoomEvent[],
  options?: VoiceRoomReplayOptions,
): Outcome<VoiceRoom, VoiceRoomReplayRefusal> | VoiceRoomSkipReplay {
  const fn = 'replayVoiceRoom';
  const issues: InputIssue[] = [];
  let mode: unknown;
  try {
    mode = (options as { onRefusal?: unknown } | undefined)?.onRefusal ?? 'stop';
  } catch {
    // Stryker disable next-line BlockStatement: mode is still undefined after the throwing read, so emptying this block changes nothing; the assignment says so
    mode = undefined; // options whose reading throws: reported as a bad onRefusal below
  }
  if (
    (options !== undefined && (typeof options !== 'object' || options === null)) ||
    (mode !== 'stop' && mode !== 'skip')
  ) {
    issues.push(
      inputIssue(
        ['options', 'onRefusal'],
        'invalid-value',
        `expected 'stop' or 'skip'; got ${describeValue(typeof options === 'object' && options !== null ? mode : options)}`,
      ),
    );
  }
  if (!Array.isArray(events)) {
    throw new RuleInputError(fn, [
      inputIssue(['events'], 'invalid-type', `expected an array of events; got ${describeValue(events)}`),
      ...issues,
    ]);
  }
  const collect = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (e) {
      // Stryker disable next-line ConditionalExpression: openRoom and explainEvent throw only RuleInputError (guardInput turns whatever reading the input throws into one); this rethrows a bug
      if (!(e instanceof RuleInputError)) throw e;
      issues.push(...e.issues);
      return undefined;
    }
  };
  const opened = collect(() => openRoom(opening, fn));
  const instants = events.map(eventInstant);
  instants.forEach((at, i) => at === undefined && collect(() => explainEvent(events[i], fn, ['events', i])));
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  const start = opened!; // collect returns undefined only after adding the error's issues (never none)
  if (!start.ok) return Object.freeze({ ...start, index: -1 as const });
  let room = start.value as Room;
  const refusals: VoiceRoomSkippedEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const next = transition(room, events[i] as Event, instants[i]!, true);
    if (next.ok) room = next.value!;
    else if (mode === 'stop') return Object.freeze({ ...next, index: i });
    else refusals.push(Object.freeze({ index: i, refusal: next }));
  }
  return mode === 'stop'
    ? ok(room)
    : Object.freeze({ ok: true as const, value: room, refusals: Object.freeze(refusals) });
}
