/**
 * The voice room as a state machine: one event in, the next room (or the refusal naming the rule) out.
 * The hot path validates by hand, copies only what an event changes (the talker list of at most 10,
 * or one row and one bucket of the listener table) and returns prebuilt refusals.
 * @module
 */
import { RuleInputError, describeValue, ok, type InputIssue, type Ok, type Outcome } from '../core/index.js';
import { VOICE_ROOM_LIFETIME_MS, VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './constants.js';
import { eventInstant, explainEvent, explainRoom, isRoomShaped } from './guards.js';
import { findListener, withListener, type ListenerTable } from './listenerTable.js';
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
  type VoiceRoomEventRefusal,
  type VoiceRoomRefusal,
} from './refusals.js';
import { VoiceRoomEventSchema } from './schemas.js';
import { openRoom } from './open.js';
import type { VoiceRoom, VoiceRoomEvent, VoiceRoomOpening, VoiceRoomTalker } from './types.js';
import type { z } from 'zod';

type Event = z.output<typeof VoiceRoomEventSchema>;
type Talkers = VoiceRoom['talkers'];

/** What {@link canApply} returns for an event the room would accept. */
const ACCEPTED: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());
const EVENT_PATH = ['event'] as const;

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

function replaced(talkers: Talkers, i: number, talker: VoiceRoomTalker): Talkers {
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
function moved(room: VoiceRoom, at: number, talkers: Talkers, listeners: ListenerTable, listenerCount: number, reported = room.reported): VoiceRoom {
  return { roomId: room.roomId, openedAt: room.openedAt, lastEventAt: at, reported, talkers, listenerCount, listeners };
}

/**
 * The rules themselves. `build` false answers only yes or no ({@link canApply}); true also builds
 * the next room. The event is well-formed and `at` is its instant.
 */
function transition(room: VoiceRoom, e: Event, at: number, build: boolean): Outcome<VoiceRoom | undefined, VoiceRoomEventRefusal> {
  if (at < room.lastEventAt) return EVENT_OUT_OF_ORDER; // voiceroom.lifetime: a room's log runs forward
  if (at >= room.openedAt + VOICE_ROOM_LIFETIME_MS) return ROOM_ENDED; // voiceroom.lifetime
  const { talkers, listeners, listenerCount } = room;
  if (e.type === 'report') return build ? ok(moved(room, at, talkers, listeners, listenerCount, true)) : ACCEPTED; // voiceroom.voice-data
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
    return build ? ok(moved(room, at, talkers, withListener(listeners, userId, { userId }), listenerCount + 1)) : ACCEPTED;
  }
  if (talker === undefined && listener === undefined) return UNKNOWN_PARTICIPANT;
  switch (e.type) {
    case 'leave': // a pending speak request or host invitation leaves with its holder; the last host may leave (voiceroom.hostless)
      if (!build) return ACCEPTED;
      return ok(talker !== undefined
        ? moved(room, at, removed(talkers, ti), listeners, listenerCount)
        : moved(room, at, talkers, withListener(listeners, userId, undefined), listenerCount - 1));
    case 'request-to-speak': // voiceroom.speak-request: listeners only, one pending request each
      if (listener === undefined) return NOT_A_LISTENER;
      if (listener.requestedAt !== undefined) return REQUEST_ALREADY_PENDING;
      return build ? ok(moved(room, at, talkers, withListener(listeners, userId, { userId, requestedAt: at }), listenerCount)) : ACCEPTED;
    case 'answer-speak-request': // voiceroom.speak-request, voiceroom.speaker-cap
      if (listener?.requestedAt === undefined) return NO_PENDING_REQUEST;
      if (!e.approve) return build ? ok(moved(room, at, talkers, withListener(listeners, userId, { userId }), listenerCount)) : ACCEPTED;
      if (talkers.length >= VOICE_ROOM_MAX_TALKERS) return TALKER_CAP_REACHED;
      return build ? ok(moved(room, at, [...talkers, { userId, role: 'speaker' }], withListener(listeners, userId, undefined), listenerCount - 1)) : ACCEPTED;
    case 'invite-host': // voiceroom.host-invite: only a speaker can be invited
      if (talker?.role !== 'speaker') return INVITEE_NOT_SPEAKER;
      if (talker.invitedBy !== undefined) return INVITE_ALREADY_PENDING;
      return build ? ok(moved(room, at, replaced(talkers, ti, { userId, role: 'speaker', invitedBy: e.hostId }), listeners, listenerCount)) : ACCEPTED;
    case 'answer-host-invite': // voiceroom.host-invite: the invitee accepts or declines
      if (talker?.invitedBy === undefined) return NO_PENDING_INVITE;
      return build ? ok(moved(room, at, replaced(talkers, ti, { userId, role: e.accept ? 'host' : 'speaker' }), listeners, listenerCount)) : ACCEPTED;
    case 'set-role': // voiceroom.role-change-by-host (someone else's role only), voiceroom.speaker-cap
      if (e.hostId === userId) return CANNOT_CHANGE_OWN_ROLE;
      if (talker === undefined) {
        if (e.role === 'listener') return ALREADY_IN_ROLE;
        if (talkers.length >= VOICE_ROOM_MAX_TALKERS) return TALKER_CAP_REACHED;
        return build ? ok(moved(room, at, [...talkers, { userId, role: 'speaker' }], withListener(listeners, userId, undefined), listenerCount - 1)) : ACCEPTED;
      }
      if (e.role === talker.role) return ALREADY_IN_ROLE;
      if (!build) return ACCEPTED;
      return ok(e.role === 'listener'
        ? moved(room, at, removed(talkers, ti), withListener(listeners, userId, { userId }), listenerCount + 1)
        : moved(room, at, replaced(talkers, ti, { userId, role: 'speaker' }), listeners, listenerCount));
  }
}

/** Validates by hand (the full issue list only on failure), then runs {@link transition}. */
function step(room: unknown, event: unknown, build: boolean, fn: string): Outcome<VoiceRoom | undefined, VoiceRoomEventRefusal> {
  // Stryker disable next-line ConditionalExpression: explaining a valid room returns, so always explaining differs only in speed
  if (!isRoomShaped(room)) explainRoom(room, fn);
  const at = eventInstant(event);
  if (at === undefined) explainEvent(event, fn, EVENT_PATH);
  try {
    return transition(room as VoiceRoom, event as Event, at, build);
  } catch (e) {
    explainRoom(room, fn); // a room damaged below its top level: its issue list, not a TypeError
    throw e;
  }
}

/**
 * Applies one event to a voice room: the next room, or the refusal naming the rule.
 *
 * Events come in time order (one earlier than the last accepted event, or than the opening:
 * `event-out-of-order`), and none is accepted at or after 48 hours from the opening (`room-ended`).
 * Joining enters as a listener, up to 1,500 people; only a host changes someone else's role, and at
 * most 10 people (hosts included) talk. A listener asks to speak and a host answers; a host invites
 * a speaker to become host and the speaker answers. When the last host leaves, the room stays open
 * without a host and no role can change. A `report` marks the voice data for the report server.
 * The room passed in is never changed; the next room shares what did not change with it.
 *
 * @param room - a room from {@link openVoiceRoom}, this function, or `VoiceRoomSchema.parse`.
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: nextRoom }`, or a refusal (`{ ok: false, rule, code, message }`).
 * @throws {RuleInputError} when the event is malformed (unknown type, missing or empty ids, bad
 *   instant) or the room is not a voice room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' }).value;
 * const next = applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: '2026-01-01T10:05:00+09:00' }).value;
 * roleOf(next, 'bo') //=> 'listener'
 * applyVoiceRoomEvent(next, { type: 'set-role', hostId: 'bo', userId: 'ann', role: 'listener', at: '2026-01-01T10:06:00+09:00' }).code //=> 'not-a-host'
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'cy', at: '2026-01-03T10:00:00+09:00' }).code //=> 'room-ended'
 * @see voiceroom.role-change-by-host
 * @see voiceroom.speaker-cap
 * @see voiceroom.lifetime
 */
export function applyVoiceRoomEvent(room: VoiceRoom, event: VoiceRoomEvent): Outcome<VoiceRoom, VoiceRoomEventRefusal> {
  return step(room, event, true, 'applyVoiceRoomEvent') as Outcome<VoiceRoom, VoiceRoomEventRefusal>;
}

/**
 * Whether a room would accept an event, without building the next room: the same answer as
 * {@link applyVoiceRoomEvent}, with `value` left `undefined`.
 *
 * @param room - a voice room.
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: undefined }`, or the refusal {@link applyVoiceRoomEvent} would give.
 * @throws {RuleInputError} when the event is malformed or the room is not a voice room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * canApply(room, { type: 'request-to-speak', userId: 'ann', at: 1000 }).code //=> 'not-a-listener'
 * canApply(room, { type: 'join', userId: 'bo', at: 1000 }).ok //=> true
 * @see voiceroom.speak-request
 */
export function canApply(room: VoiceRoom, event: VoiceRoomEvent): Outcome<undefined, VoiceRoomEventRefusal> {
  return step(room, event, false, 'canApply') as Outcome<undefined, VoiceRoomEventRefusal>;
}

/** A refusal met while replaying a log: `index` is the position of the refused event (-1: the opening). */
export type VoiceRoomReplayRefusal = VoiceRoomRefusal & { readonly index: number };

/**
 * Replays a whole log: opens the room, then applies each event in order, stopping at the first refusal.
 *
 * @param opening - what {@link openVoiceRoom} takes.
 * @param events - the events, in the order they happened.
 * @returns `{ ok: true, value: finalRoom }`, or the first refusal with `index`, the position in
 *   `events` of the refused event (`-1` when the opening itself is refused).
 * @throws {RuleInputError} listing every malformed event (path `['events', i, ...]`), a malformed
 *   opening, or `events` that is not an array.
 * @example
 * const r = replayVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }, [
 *   { type: 'join', userId: 'bo', at: 1000 },
 *   { type: 'join', userId: 'bo', at: 2000 },
 * ]);
 * [r.ok, r.code, r.index] //=> [false, 'already-in-room', 1]
 * @see voiceroom.lifetime
 */
export function replayVoiceRoom(opening: VoiceRoomOpening, events: readonly VoiceRoomEvent[]): Outcome<VoiceRoom, VoiceRoomReplayRefusal> {
  const fn = 'replayVoiceRoom';
  if (!Array.isArray(events)) {
    throw new RuleInputError(fn, [{ path: ['events'], code: 'invalid-type', message: `expected an array of events; got ${describeValue(events)}` }]);
  }
  const issues: InputIssue[] = [];
  const collect = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (e) {
      // Stryker disable next-line ConditionalExpression: openRoom and explainEvent throw only RuleInputError (parseInput turns whatever zod throws into one); this rethrows a bug
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
  if (!start.ok) return { ...start, index: -1 };
  let room = start.value;
  for (let i = 0; i < events.length; i++) {
    const next = transition(room, events[i] as Event, instants[i]!, true);
    if (!next.ok) return { ...next, index: i };
    room = next.value!;
  }
  return ok(room);
}
