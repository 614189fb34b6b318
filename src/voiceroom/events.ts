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
  MAX_INPUT_ISSUES,
  RuleInputError,
  describeValue,
  inputIssue,
  ok,
  type InputIssue,
  type Ok,
  type Outcome,
} from '../core/index.js';
import { documentOf, explainEvent, readEvent, requireRoom, type ReadEvent } from './argumentChecks.js';
import { findListener, withListener, type ListenerTable } from './listenerTable.js';
import { openRoom } from './open.js';
import {
  ALREADY_IN_ROLE,
  ALREADY_IN_ROOM,
  CANNOT_CHANGE_OWN_ROLE,
  EVENT_OUT_OF_ORDER,
  EVENT_REFUSALS,
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
  SEQ_CONFLICT,
  SEQ_FORGOTTEN,
  TALKER_CAP_REACHED,
  UNKNOWN_PARTICIPANT,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_BATCH,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  seqGap,
  type VoiceRoomDeliveryRefusal,
  type VoiceRoomEventRefusal,
  type VoiceRoomOpeningRefusal,
} from './rules.js';
import { Room, type Talker, type Talkers } from './state.js';
import type {
  VoiceRoom,
  VoiceRoomEvent,
  VoiceRoomEventDocument,
  VoiceRoomOpeningInput,
  VoiceRoomReceipt,
} from './types.js';

/** A redelivered numbered event whose first delivery was applied: acknowledged, its effect in `value` (the room, unchanged). */
export type VoiceRoomDuplicate<V = VoiceRoom> = Ok<V> & { readonly duplicate: true };

/**
 * A refusal of {@link applyVoiceRoomEvent}: by a rule (`VoiceRoomEventRefusal`) or by the delivery
 * protocol (`seq-gap`, `seq-conflict`, `seq-forgotten`). A rule's refusal of a numbered event the
 * room took carries `room`, the room to store (its `seq` took its place); the refusal of a
 * redelivered event that was refused the first time carries `duplicate: true`.
 */
export type VoiceRoomEventRefusalAnswer = (VoiceRoomEventRefusal | VoiceRoomDeliveryRefusal) & {
  readonly room?: VoiceRoom;
  readonly duplicate?: true;
};

/** What {@link applyVoiceRoomEvent} returns: the next room, a redelivery's acknowledgement, or the refusal. */
export type VoiceRoomEventOutcome =
  | (Ok<VoiceRoom> & { readonly duplicate?: undefined })
  | VoiceRoomDuplicate
  | VoiceRoomEventRefusalAnswer;

/** What {@link canApply} returns: the same answer as {@link VoiceRoomEventOutcome}, without `value` or `room`. */
export type VoiceRoomCheckOutcome =
  | Ok<undefined>
  | VoiceRoomDuplicate<undefined>
  | ((VoiceRoomEventRefusal | VoiceRoomDeliveryRefusal) & { readonly duplicate?: true });

/** What {@link canApply} returns for an event the room would accept. */
const ACCEPTED: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());
/** What {@link canApply} returns for a duplicate. */
const DUPLICATE: VoiceRoomDuplicate<undefined> = /* @__PURE__ */ Object.freeze({
  ok: true as const,
  value: undefined,
  duplicate: true as const,
});
const EVENT_PATH = ['event'] as const;

/** What the rules answer: the next room (`build`) or `undefined` (canApply), or the rule's refusal. */
type Rules = Outcome<Room | undefined, VoiceRoomEventRefusal>;
type Step = Ok<Room | undefined> | VoiceRoomDuplicate<Room | undefined> | VoiceRoomEventRefusalAnswer;

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

/** Whether a remembered event and a delivered one are the same event (seq aside; instants in epoch ms). */
function sameEvent(doc: VoiceRoomEventDocument, e: ReadEvent): boolean {
  // every key of the remembered event, type included (an event of another type differs there)
  const a = doc as unknown as Record<string, unknown>;
  const b = e as unknown as Record<string, unknown>;
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The room after an accepted event at `at`: one more revision; a numbered event (always the
 * expected one here) becomes `lastSeq` and leaves an `'applied'` receipt.
 */
function moved(
  room: Room,
  e: ReadEvent,
  talkers: Talkers,
  listeners: ListenerTable,
  listenerCount: number,
  reported = room.reported,
): Ok<Room> {
  const seq = e.seq;
  const receipt: VoiceRoomReceipt | undefined =
    seq === undefined ? undefined : { seq, event: documentOf(e), outcome: 'applied' };
  return ok(Room.next(room, e.at, reported, seq ?? room.lastSeq, talkers, listeners, listenerCount, receipt));
}

/**
 * The delivery protocol (voiceroom.lifetime), then the rules. A numbered event is decided by the
 * rules only when it is the next one expected; a rule's refusal of it still takes its seq (the room
 * to store is in `room`). An earlier seq is answered from the room's receipts; a later one is a gap.
 */
function deliver(room: Room, e: ReadEvent, build: boolean): Step {
  const seq = e.seq;
  if (seq === undefined) return rules(room, e, build);
  const expected = (room.lastSeq ?? 0) + 1;
  if (seq > expected) return seqGap(expected);
  if (seq < expected) {
    const receipt = Room.receiptOf(room, seq);
    if (receipt === undefined) return SEQ_FORGOTTEN;
    if (!sameEvent(receipt.event, e)) return SEQ_CONFLICT;
    if (receipt.outcome === 'applied')
      return build ? Object.freeze({ ok: true as const, value: room, duplicate: true as const }) : DUPLICATE;
    return Object.freeze({ ...EVENT_REFUSALS[receipt.outcome], duplicate: true as const });
  }
  const answer = rules(room, e, build);
  if (answer.ok || !build) return answer;
  return new TakenRefusal(
    // a refusal of the union whose fields it copies
    answer,
    Room.next(
      room,
      room.lastEventAt,
      room.reported,
      seq,
      Room.talkers(room),
      Room.listeners(room),
      Room.listenerCount(room),
      { seq, event: documentOf(e), outcome: answer.code },
    ),
  ) as unknown as VoiceRoomEventRefusalAnswer;
}

/**
 * A rule's refusal of a numbered event the room took, with the room to store: built field by field
 * (one shape, frozen) rather than by spreading the prebuilt refusal, which the hot path of a refused
 * numbered event would pay for every time.
 */
class TakenRefusal {
  readonly ok = false as const;
  readonly rule: VoiceRoomEventRefusal['rule'];
  readonly code: VoiceRoomEventRefusal['code'];
  readonly message: VoiceRoomEventRefusal['message'];
  declare readonly limit?: number;
  readonly room: Room;
  constructor(refusal: VoiceRoomEventRefusal, room: Room) {
    this.rule = refusal.rule;
    this.code = refusal.code;
    this.message = refusal.message;
    if ('limit' in refusal) this.limit = refusal.limit;
    this.room = room;
    Object.freeze(this);
  }
}

/**
 * The rules themselves. `build` false answers only yes or no ({@link canApply}); true also builds
 * the next room. The event is a well-formed copy.
 */
function rules(room: Room, e: ReadEvent, build: boolean): Rules {
  const at = e.at;
  if (at < room.lastEventAt) return EVENT_OUT_OF_ORDER; // voiceroom.lifetime: a room's log runs forward
  if (at >= room.openedAt + VOICE_ROOM_LIFETIME_MS) return ROOM_ENDED; // voiceroom.lifetime
  const talkers = Room.talkers(room);
  const listeners = Room.listeners(room);
  const listenerCount = Room.listenerCount(room);
  if (e.type === 'report') {
    // voiceroom.voice-data; a second unnumbered report at the last event's instant changes nothing, so no revision
    if (!build) return ACCEPTED;
    if (room.reported && at === room.lastEventAt && e.seq === undefined) return ok(room);
    return moved(room, e, talkers, listeners, listenerCount, true);
  }
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
    return build ? moved(room, e, talkers, withListener(listeners, userId, { userId }), listenerCount + 1) : ACCEPTED;
  }
  if (talker === undefined && listener === undefined) return UNKNOWN_PARTICIPANT; // voiceroom.roles
  switch (e.type) {
    case 'leave': // a pending speak request or host invitation leaves with its holder; the last host may leave (voiceroom.hostless)
      if (!build) return ACCEPTED;
      return talker !== undefined
        ? moved(room, e, removed(talkers, ti), listeners, listenerCount)
        : moved(room, e, talkers, withListener(listeners, userId, undefined), listenerCount - 1);
    case 'request-to-speak': // voiceroom.speak-request: listeners only, one pending request each
      if (listener === undefined) return NOT_A_LISTENER;
      if (listener.requestedAt !== undefined) return REQUEST_ALREADY_PENDING;
      return build
        ? moved(room, e, talkers, withListener(listeners, userId, { userId, requestedAt: at }), listenerCount)
        : ACCEPTED;
    case 'answer-speak-request': // voiceroom.speak-request, voiceroom.speaker-cap
      if (listener?.requestedAt === undefined) return NO_PENDING_REQUEST;
      if (!e.approve)
        return build ? moved(room, e, talkers, withListener(listeners, userId, { userId }), listenerCount) : ACCEPTED;
      if (talkers.length >= VOICE_ROOM_MAX_TALKERS) return TALKER_CAP_REACHED;
      return build
        ? moved(
            room,
            e,
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
            e,
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
            e,
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
              e,
              [...talkers, { userId, role: e.role }],
              withListener(listeners, userId, undefined),
              listenerCount - 1,
            )
          : ACCEPTED;
      }
      if (e.role === talker.role) return ALREADY_IN_ROLE;
      if (!build) return ACCEPTED;
      return e.role === 'listener'
        ? moved(room, e, removed(talkers, ti), withListener(listeners, userId, { userId }), listenerCount + 1)
        : moved(room, e, replaced(talkers, ti, { userId, role: e.role }), listeners, listenerCount); // an invitation held is used up or dropped
  }
}

/** Validates by hand (the full issue list only on failure), then runs {@link deliver}. */
function step(room: unknown, event: unknown, build: boolean, fn: string): Step {
  const r = requireRoom(room, fn);
  const e = readEvent(event);
  if (e === undefined) explainEvent(event, fn, EVENT_PATH);
  return deliver(r, e, build);
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
 * the voice data for the report server. Every accepted event adds one to `revision`.
 *
 * Delivery (docs/voiceroom.md): an event may carry `seq`, numbering a producer's stream per room.
 * With `expected = (room.lastSeq ?? 0) + 1`: `seq === expected` is decided by the rules and takes its
 * place either way (a rule's refusal then carries `room`, the room to store); `seq > expected` is
 * refused `seq-gap` (with `expected`); an earlier `seq` is answered from the room's receipts: the
 * first answer again with `duplicate: true` for the same event, `seq-conflict` for a different one,
 * `seq-forgotten` when it is older than the room remembers. The room passed in is never changed.
 *
 * @param room - a room from {@link openVoiceRoom}, this function, {@link replayVoiceRoom}, `parseVoiceRoom` or `VoiceRoomSchema.parse` (of this or another copy of the library).
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: nextRoom }`, `{ ok: true, value: room, duplicate: true }`, or a
 *   refusal (`{ ok: false, rule, code, message }`, with `room` or `duplicate` as above); store
 *   {@link roomAfter} of it.
 * @throws {RuleInputError} when the event is malformed (unknown type or key, missing, blank or too
 *   long ids, bad instant, a `seq` that is not a positive integer) or the room is not a room (a stored
 *   document must be loaded with `parseVoiceRoom` or `VoiceRoomSchema.parse` first).
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' }).value;
 * const next = applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: '2026-01-01T10:05:00+09:00', seq: 1 }).value;
 * roleOf(next, 'bo') //=> 'listener'
 * [next.lastSeq, next.revision] //=> [1, 1]
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'bo', at: '2026-01-01T10:05:00+09:00', seq: 1 }).duplicate //=> true
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'cy', at: '2026-01-01T10:05:00+09:00', seq: 1 }).code //=> 'seq-conflict'
 * applyVoiceRoomEvent(next, { type: 'join', userId: 'cy', at: '2026-01-01T10:06:00+09:00', seq: 3 }).expected //=> 2
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
 * {@link applyVoiceRoomEvent}, with `value` left `undefined` and no `room` on a refusal.
 *
 * @param room - a voice room.
 * @param event - one {@link VoiceRoomEvent}.
 * @returns `{ ok: true, value: undefined }` (with `duplicate: true` for a redelivery), or the
 *   refusal {@link applyVoiceRoomEvent} would give (without its `room`).
 * @throws {RuleInputError} when the event is malformed or the room is not a room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * canApply(room, { type: 'request-to-speak', userId: 'ann', at: 1000 }).code //=> 'not-a-listener'
 * canApply(room, { type: 'join', userId: 'bo', at: 1000 }).ok //=> true
 * canApply(room, { type: 'join', userId: 'bo', at: 1000, seq: 2 }).code //=> 'seq-gap'
 * @see voiceroom.speak-request
 */
export function canApply(room: VoiceRoom, event: VoiceRoomEvent): VoiceRoomCheckOutcome {
  return step(room, event, false, 'canApply') as VoiceRoomCheckOutcome;
}

/** A refusal met while replaying a log: `index` is the position of the refused event (-1: the opening). */
export type VoiceRoomReplayRefusal = (VoiceRoomOpeningRefusal | VoiceRoomEventRefusalAnswer) & {
  readonly index: number;
};

/** One event a `'skip'` replay or batch left out: its position and why it was refused. */
export interface VoiceRoomSkippedEvent {
  readonly index: number;
  readonly refusal: VoiceRoomEventRefusalAnswer;
}

/** What a `'skip'` replay returns: the room after every event it could apply and the refusals of the others, or the opening's refusal. */
export type VoiceRoomSkipReplay =
  | (Ok<VoiceRoom> & { readonly refusals: readonly VoiceRoomSkippedEvent[] })
  | (VoiceRoomOpeningRefusal & { readonly index: -1 });

/** How {@link replayVoiceRoom} and {@link applyVoiceRoomEvents} treat a refused event: `'stop'` (the default) answers with it; `'skip'` leaves it out and goes on. */
export interface VoiceRoomReplayOptions {
  readonly onRefusal?: 'stop' | 'skip';
}

/** Room left in one error for the explained events: the error's cap, less one issue that counts the rest. */
const EXPLAINED_ISSUES = MAX_INPUT_ISSUES - 1;

/** The `onRefusal` of options, or `undefined` after adding the issue. */
function readMode(options: unknown, issues: InputIssue[]): 'stop' | 'skip' | undefined {
  let mode: unknown;
  try {
    mode = (options as { onRefusal?: unknown } | undefined)?.onRefusal ?? 'stop';
  } catch {
    // options whose reading throws: mode is still undefined, reported as a bad onRefusal below
  }
  if (
    (options === undefined || (typeof options === 'object' && options !== null)) &&
    (mode === 'stop' || mode === 'skip')
  )
    return mode;
  issues.push(
    inputIssue(
      ['options', 'onRefusal'],
      'invalid-value',
      `expected 'stop' or 'skip'; got ${describeValue(typeof options === 'object' && options !== null ? mode : options)}`,
    ),
  );
  return undefined;
}

/**
 * Reads a batch of events once, each into a plain copy: `events` is checked to be an array of at
 * most {@link VOICE_ROOM_MAX_BATCH} before any element is read; holes, Proxies and throwing getters
 * are malformed events; as many are explained as fit in one error ({@link MAX_INPUT_ISSUES}), the rest counted.
 */
function readBatch(events: unknown, fn: string, issues: InputIssue[]): ReadEvent[] | undefined {
  let length: number;
  try {
    if (!Array.isArray(events)) {
      issues.push(inputIssue(['events'], 'invalid-type', `expected an array of events; got ${describeValue(events)}`));
      return undefined;
    }
    length = events.length;
  } catch {
    issues.push(inputIssue(['events'], 'invalid-input', 'could not be read (a revoked Proxy?)'));
    return undefined;
  }
  if (length > VOICE_ROOM_MAX_BATCH) {
    issues.push(
      inputIssue(
        ['events'],
        'too-big',
        `at most ${VOICE_ROOM_MAX_BATCH} events in one call (VOICE_ROOM_MAX_BATCH); got ${length}: split the log`,
      ),
    );
    return undefined;
  }
  const out: ReadEvent[] = [];
  let bad = 0;
  let explained = 0;
  let full = false;
  for (let i = 0; i < length; i++) {
    let item: unknown;
    let readable = true;
    try {
      item = (events as unknown[])[i];
    } catch {
      readable = false;
    }
    const e = readable ? readEvent(item) : undefined;
    if (e !== undefined) {
      out.push(e);
      continue;
    }
    bad++;
    if (full) continue;
    let found: readonly InputIssue[]; // explainEvent always throws, so either branch sets it
    if (!readable) found = [inputIssue(['events', i], 'invalid-input', 'could not be read (its getter threw)')];
    else
      try {
        explainEvent(item, fn, ['events', i]);
      } catch (error) {
        // Stryker disable next-line ConditionalExpression: explainEvent throws only RuleInputError; this rethrows a bug
        if (!(error instanceof RuleInputError)) throw error;
        found = error.issues;
      }
    if (issues.length + found.length > EXPLAINED_ISSUES) {
      full = true;
      continue;
    }
    for (const issue of found) issues.push(issue);
    explained++;
  }
  if (bad > explained)
    issues.push(
      inputIssue(
        ['events'],
        'invalid-event',
        `${bad - explained} more malformed events (only the first ${explained} are explained)`,
      ),
    );
  return out;
}

/** The room to store after an answer: its `value`, the `room` a refusal carries, or the room as it was. */
function after(room: Room, answer: Step): Room {
  if (answer.ok) return answer.value as Room;
  return (answer.room as Room | undefined) ?? room;
}

/**
 * Replays a whole log: opens the room, then applies each event in order, under the delivery protocol
 * of {@link applyVoiceRoomEvent}. By default it stops at the first refusal; with
 * `{ onRefusal: 'skip' }` it leaves each refused event out, goes on (from the room the refusal
 * carries, if any), and lists what it left out. Redeliveries are acknowledged and change nothing.
 *
 * @param opening - what {@link openVoiceRoom} takes.
 * @param events - the events, in the order they happened; at most {@link VOICE_ROOM_MAX_BATCH} (checked before any is read).
 * @param options - `{ onRefusal: 'stop' | 'skip' }`; `'stop'` when left out.
 * @returns `'stop'`: `{ ok: true, value: finalRoom }`, or the first refusal with `index`, the position
 *   in `events` of the refused event (`-1` when the opening itself is refused). `'skip'`:
 *   `{ ok: true, value: finalRoom, refusals: [{ index, refusal }] }`, or the opening's refusal (`index: -1`).
 * @throws {RuleInputError} listing every malformed event (path `['events', i, ...]`; the first 100,
 *   then how many more), a malformed opening, `events` that is not an array or is longer than the
 *   cap, or options that are not `{ onRefusal: 'stop' | 'skip' }`.
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
  opening: VoiceRoomOpeningInput,
  events: readonly VoiceRoomEvent[],
  options?: { readonly onRefusal?: 'stop' },
): Outcome<VoiceRoom, VoiceRoomReplayRefusal>;
export function replayVoiceRoom(
  opening: VoiceRoomOpeningInput,
  events: readonly VoiceRoomEvent[],
  options: { readonly onRefusal: 'skip' },
): VoiceRoomSkipReplay;
export function replayVoiceRoom(
  opening: VoiceRoomOpeningInput,
  events: readonly VoiceRoomEvent[],
  options?: VoiceRoomReplayOptions,
): Outcome<VoiceRoom, VoiceRoomReplayRefusal> | VoiceRoomSkipReplay;
export function replayVoiceRoom(
  opening: VoiceRoomOpeningInput,
  events: readonly VoiceRoomEvent[],
  options?: VoiceRoomReplayOptions,
): Outcome<VoiceRoom, VoiceRoomReplayRefusal> | VoiceRoomSkipReplay {
  const fn = 'replayVoiceRoom';
  const issues: InputIssue[] = [];
  const mode = readMode(options, issues);
  let opened: Outcome<VoiceRoom, VoiceRoomOpeningRefusal> | undefined;
  try {
    opened = openRoom(opening, fn);
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: openRoom throws only RuleInputError (guardInput turns whatever reading the input throws into one); this rethrows a bug
    if (!(e instanceof RuleInputError)) throw e;
    for (const issue of e.issues) issues.push(issue);
  }
  const evs = readBatch(events, fn, issues);
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  const start = opened!; // set unless openRoom threw, which added issues
  if (!start.ok) return Object.freeze({ ...start, index: -1 as const });
  let room = start.value as Room;
  const refusals: VoiceRoomSkippedEvent[] = [];
  for (let i = 0; i < evs!.length; i++) {
    const next = deliver(room, evs![i]!, true);
    if (!next.ok) {
      if (mode === 'stop') return Object.freeze({ ...next, index: i });
      refusals.push(Object.freeze({ index: i, refusal: next }));
    }
    room = after(room, next);
  }
  return mode === 'stop'
    ? ok(room)
    : Object.freeze({ ok: true as const, value: room, refusals: Object.freeze(refusals) });
}

/** What {@link applyVoiceRoomEvents} returns: every answer, and the room to store (`value` or `room`). */
export type VoiceRoomBatchOutcome =
  | (Ok<VoiceRoom> & {
      /** The answer to each event, in order. */
      readonly outcomes: readonly VoiceRoomEventOutcome[];
      /** `'skip'` only: the refused events, with their positions. */
      readonly refusals?: readonly VoiceRoomSkippedEvent[];
    })
  | (VoiceRoomEventRefusalAnswer & {
      /** `'stop'`: the position of the first refused event; the events after it were not looked at. */
      readonly index: number;
      /** The room to store: after every event before the refused one, and the refused one if it took its seq. */
      readonly room: VoiceRoom;
      /** The answers to the events up to and including the refused one. */
      readonly outcomes: readonly VoiceRoomEventOutcome[];
    });

/**
 * Applies a batch of events to a room, in order, under the delivery protocol of
 * {@link applyVoiceRoomEvent}: the batching pattern of a service (load once, apply a batch, store
 * once). `'stop'` (the default) answers at the first refusal with its `index`, the room to store
 * (`room`) and the answers so far; `'skip'` goes on past refusals and lists them. Either way
 * `roomAfter(room, result)` is the room to store, and it changed iff its `revision` did.
 *
 * @param room - a voice room.
 * @param events - the events, in order; at most {@link VOICE_ROOM_MAX_BATCH} (checked before any is read).
 * @param options - `{ onRefusal: 'stop' | 'skip' }`; `'stop'` when left out.
 * @returns `{ ok: true, value: room, outcomes }` (`'skip'`: plus `refusals`), or in `'stop'` the
 *   first refusal with `index`, `room` and `outcomes`.
 * @throws {RuleInputError} listing every malformed event (the first 100, then how many more), a room
 *   that is not a room, `events` that is not an array or longer than the cap, or bad options.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * const batch = [{ type: 'join', userId: 'bo', at: 1, seq: 1 }, { type: 'join', userId: 'bo', at: 2, seq: 2 }, { type: 'join', userId: 'cy', at: 3, seq: 3 }];
 * const r = applyVoiceRoomEvents(room, batch);
 * [r.ok, r.code, r.index, r.room.lastSeq, r.room.revision] //=> [false, 'already-in-room', 1, 2, 2]
 * const s = applyVoiceRoomEvents(room, batch, { onRefusal: 'skip' });
 * [participantCount(s.value), s.value.lastSeq, s.value.revision, s.refusals.map((x) => x.index)] //=> [3, 3, 3, [1]]
 * @see voiceroom.lifetime
 */
export function applyVoiceRoomEvents(
  room: VoiceRoom,
  events: readonly VoiceRoomEvent[],
  options?: VoiceRoomReplayOptions,
): VoiceRoomBatchOutcome {
  const fn = 'applyVoiceRoomEvents';
  const issues: InputIssue[] = [];
  const mode = readMode(options, issues);
  let start: Room | undefined;
  try {
    start = requireRoom(room, fn);
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: requireRoom throws only RuleInputError; this rethrows a bug
    if (!(e instanceof RuleInputError)) throw e;
    for (const issue of e.issues) issues.push(issue);
  }
  const evs = readBatch(events, fn, issues);
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  let current = start!;
  const outcomes: VoiceRoomEventOutcome[] = [];
  const refusals: VoiceRoomSkippedEvent[] = [];
  for (let i = 0; i < evs!.length; i++) {
    const next = deliver(current, evs![i]!, true);
    outcomes.push(next as VoiceRoomEventOutcome);
    current = after(current, next);
    if (!next.ok) {
      if (mode === 'stop')
        return Object.freeze({ ...next, index: i, room: current, outcomes: Object.freeze(outcomes) });
      refusals.push(Object.freeze({ index: i, refusal: next }));
    }
  }
  return Object.freeze(
    mode === 'stop'
      ? { ok: true as const, value: current as VoiceRoom, outcomes: Object.freeze(outcomes) }
      : {
          ok: true as const,
          value: current as VoiceRoom,
          outcomes: Object.freeze(outcomes),
          refusals: Object.freeze(refusals),
        },
  );
}

/**
 * The room to store after an answer of {@link applyVoiceRoomEvent} or {@link applyVoiceRoomEvents}:
 * its `value` when `ok`, the `room` a refusal carries (a numbered event refused by a rule takes its
 * seq), or else the room as it was. Store it iff its `revision` differs from `room.revision`, with a
 * compare-and-set on the revision (`UPDATE ... WHERE id = $id AND revision = $old`).
 *
 * @param room - the room the event (or batch) was applied to.
 * @param outcome - the answer.
 * @returns the room to store (the same object as `room` when nothing changed).
 * @throws {RuleInputError} when `room` is not a room, or `outcome` is not an answer about it (no room
 *   in an `ok: true` answer, as from {@link canApply}, or a room with another `roomId`).
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * const refused = applyVoiceRoomEvent(room, { type: 'join', userId: 'ann', at: 1, seq: 1 });
 * [refused.code, roomAfter(room, refused).lastSeq, roomAfter(room, refused).revision] //=> ['already-in-room', 1, 1]
 * roomAfter(room, applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: 1, seq: 2 })) === room //=> true
 * @see voiceroom.lifetime
 */
export function roomAfter(
  room: VoiceRoom,
  outcome: VoiceRoomEventOutcome | VoiceRoomBatchOutcome | VoiceRoomReplayRefusal,
): VoiceRoom {
  const fn = 'roomAfter';
  const r = requireRoom(room, fn);
  let next: unknown;
  let path: string;
  try {
    const o = outcome as { ok?: unknown; value?: unknown; room?: unknown };
    if (o.ok === true) {
      next = o.value;
      path = 'value';
    } else if (o.ok === false) {
      next = o.room;
      path = 'room';
      if (next === undefined) return r;
    } else throw new TypeError(); // not an outcome: caught right below
  } catch {
    throw new RuleInputError(fn, [
      inputIssue(
        ['outcome'],
        'invalid-type',
        `expected an answer of applyVoiceRoomEvent; got ${describeValue(outcome)}`,
      ),
    ]);
  }
  let n: Room;
  try {
    n = requireRoom(next, fn);
  } catch {
    throw new RuleInputError(fn, [
      inputIssue(['outcome', path], 'invalid-type', `expected the room the answer carries; got ${describeValue(next)}`),
    ]);
  }
  if (n.roomId !== r.roomId)
    throw new RuleInputError(fn, [
      inputIssue(
        ['outcome', path, 'roomId'],
        'invalid-value',
        `the answer is about another room (${describeValue(n.roomId)})`,
      ),
    ]);
  return n;
}
