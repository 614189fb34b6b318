/**
 * Cheap checks of the arguments every voice-room function takes, and the slow path that explains a
 * failure with the full issue list.
 * @module
 */
import {
  RuleInputError,
  describeValue,
  epochMsOrUndefined,
  guardInput,
  guardIssues,
  inputIssue,
} from '../core/index.js';
import { VoiceRoomEventGuard, VoiceRoomGuard } from './guards.generated.js';
import { VOICE_ROOM_MAX_ID_LENGTH } from './rules.js';
import { Room, VOICE_ROOM_BRAND } from './state.js';
import type { VoiceRoomEventDocument } from './types.js';

/** A stored id (and a query's user id): any non-empty string, as every release stored. */
const isStoredId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** zod's string length: code points, counted only where the UTF-16 length leaves it in doubt. */
function codePointsAtMost(s: string, max: number): boolean {
  let n = 0;
  for (const _ of s) if (++n > max) return false;
  return true;
}
/** JavaScript's `\s` but the line breaks (handled first). */
const isSpace = (c: number): boolean =>
  c === 9 ||
  c === 11 ||
  c === 12 ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/**
 * An id an event or an opening carries: non-empty, at most {@link VOICE_ROOM_MAX_ID_LENGTH} code
 * points, no line break and not only whitespace: the hand-written twin of `ID_PATTERN` and the
 * schemas' `IdSchema`, without a regex.
 */
export function isId(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const n = v.length;
  // Stryker disable next-line ConditionalExpression: equivalent when false, an empty string skips the length check and the loop and answers visible, false
  if (n === 0) return false;
  if (
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent when true or >=, at most 256 UTF-16 units are at most 256 code points, which codePointsAtMost accepts (the test only saves counting); this also silences <=, and true and false of the whole condition, which argumentChecks.test.ts kills
    n > VOICE_ROOM_MAX_ID_LENGTH &&
    // Stryker disable next-line ConditionalExpression: equivalent when n > 512 is false, more than 512 UTF-16 units are more than 256 code points (one takes at most two units), which codePointsAtMost refuses too; this also silences true of the parenthesis, which argumentChecks.test.ts kills
    (n > 2 * VOICE_ROOM_MAX_ID_LENGTH || !codePointsAtMost(v, VOICE_ROOM_MAX_ID_LENGTH))
  )
    return false;
  let visible = false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent when false or <= 127, a printable ASCII character (and DEL, 127) is neither a line break nor whitespace, so the branches below mark it visible too (this one only saves time); this also silences true of the test and of each side, <= 32, >= 32 and >= 127, which argumentChecks.test.ts kills
    if (c > 32 && c < 127) visible = true;
    else if (c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) return false;
    else if (!visible && !isSpace(c)) visible = true;
  }
  return visible;
}

/** An event read once into a plain copy: the fields of its type, its instant in epoch ms, its seq. */
export type ReadEvent = VoiceRoomEventDocument & { readonly seq: number | undefined };

/**
 * Throws the {@link RuleInputError} that says why `room` is not a room of this module: the stored
 * document's problems, or, for a valid stored document, that it must be loaded first.
 */
export function explainRoom(room: unknown, fn: string): never {
  guardInput(VoiceRoomGuard, room, fn, ['room']);
  throw new RuleInputError(fn, [
    inputIssue(
      ['room'],
      'invalid-type',
      'a stored room (plain data) is not a room: load it with parseVoiceRoom (or VoiceRoomSchema.parse) first',
    ),
  ]);
}

/** Rooms of another copy of the library already read (a room is immutable, so its reading never changes). */
const FOREIGN = new WeakMap<object, Room>();

/**
 * `room` if it is a room of this copy of the module (a private-field brand check); a room of another
 * copy (ESM beside CommonJS, another installed 0.x: the registered-symbol brand) read through its
 * stored document; otherwise throws the full issue list.
 */
export function requireRoom(room: unknown, fn: string): Room {
  if (Room.is(room)) return room;
  return foreignRoom(room) ?? explainRoom(room, fn);
}

function foreignRoom(room: unknown): Room | undefined {
  if (typeof room !== 'object') return undefined;
  // Stryker disable next-line ConditionalExpression: equivalent when false, FOREIGN.get(null) is undefined and reading the brand of null throws inside the try below, leaving no document, which the guard refuses: undefined too; this also silences true, which argumentChecks.test.ts kills
  if (room === null) return undefined;
  const known = FOREIGN.get(room);
  if (known !== undefined) return known;
  let doc: unknown;
  try {
    const r = room as { [VOICE_ROOM_BRAND]?: unknown; toJSON?: () => unknown };
    if (typeof r[VOICE_ROOM_BRAND] !== 'number') return undefined;
    // Stryker disable next-line ConditionalExpression: equivalent when false, calling a toJSON that is not a function throws, leaving no document, which the guard refuses: undefined too; this also silences true, which argumentChecks.test.ts kills
    if (typeof r.toJSON !== 'function') return undefined;
    doc = r.toJSON();
  } catch {
    // reading the brand or calling toJSON threw: doc stays undefined, which the guard below refuses
  }
  const read = guardIssues(VoiceRoomGuard, doc);
  // Stryker disable next-line ConditionalExpression: equivalent when false, a refused read has no value, so the room is remembered as undefined (not known) and the answer is undefined too; this also silences true, which argumentChecks.test.ts kills
  if (!read.ok) return undefined;
  const local = read.value as Room;
  FOREIGN.set(room, local);
  return local;
}

/** A user-id argument, or the error naming it. */
export function requireId(value: unknown, fn: string, name: string): string {
  if (isStoredId(value)) return value;
  throw new RuleInputError(fn, [
    inputIssue([name], 'invalid-type', `expected a non-empty string; got ${describeValue(value)}`),
  ]);
}

// The keys each event type may carry, as bits: an unknown key makes the event malformed (strict events).
const TYPE = 1;
const AT = 2;
const SEQ = 4;
const USER = 8;
const HOST = 16;
const APPROVE = 32;
const ROLE = 64;
const ACCEPT = 128;
function keyBit(key: string): number {
  switch (key) {
    // Stryker disable next-line ConditionalExpression: equivalent, 'type' would then fall through to AT, a bit every event type allows, as it allows TYPE
    case 'type':
      return TYPE;
    // Stryker disable next-line ConditionalExpression: equivalent, 'at' would then fall through to SEQ, a bit every event type allows, as it allows AT
    case 'at':
      return AT;
    case 'seq':
      return SEQ;
    case 'userId':
      return USER;
    case 'hostId':
      return HOST;
    case 'approve':
      return APPROVE;
    case 'role':
      return ROLE;
    case 'accept':
      return ACCEPT;
    // Stryker disable next-line ConditionalExpression: equivalent, an emptied default falls off the end and answers undefined, which & makes 0 as well
    default:
      return 0;
  }
}

/**
 * A well-formed event read once into a plain copy, or `undefined`: the hand-written twin of the
 * strict `VoiceRoomEventSchema` (tests check that both accept the same events). Never throws: an
 * event whose reading throws (a getter, a Proxy) is `undefined`, and {@link explainEvent} reports it.
 * The copy is what the rules read, so a getter cannot answer differently the second time.
 */
export function readEvent(event: unknown): ReadEvent | undefined {
  try {
    return readEventOrUndefined(event);
  } catch {
    // a reading that threw (a getter, a Proxy): no event
  }
  return undefined;
}

function readEventOrUndefined(event: unknown): ReadEvent | undefined {
  if (typeof event !== 'object') return undefined;
  // Stryker disable next-line ConditionalExpression: without this test null throws a TypeError reading .type below, which readEvent catches and answers undefined: the same answer
  if (event === null) return undefined;
  const e = event as Record<string, unknown>;
  const type = e.type;
  let allowed: number;
  switch (type) {
    case 'join':
    case 'leave':
    case 'request-to-speak':
    case 'invite-host':
    case 'answer-speak-request':
    case 'set-role':
      allowed = TYPE | AT | SEQ | USER | (type === 'invite-host' ? HOST : 0);
      if (type === 'answer-speak-request') allowed |= HOST | APPROVE;
      if (type === 'set-role') allowed |= HOST | ROLE;
      break;
    case 'answer-host-invite':
      allowed = TYPE | AT | SEQ | USER | ACCEPT;
      break;
    case 'report':
      allowed = TYPE | AT | SEQ;
      break;
    default:
      return undefined;
  }
  for (const key in e) if ((keyBit(key) & allowed) === 0) return undefined;
  const seq = e.seq;
  if (seq !== undefined && !(Number.isSafeInteger(seq) && (seq as number) > 0)) return undefined;
  const at = epochMsOrUndefined(e.at);
  if (at === undefined) return undefined;
  const s = seq as number | undefined;
  switch (type) {
    case 'join':
    case 'leave':
    case 'request-to-speak': {
      const userId = e.userId;
      return isId(userId) ? { type, userId, at, seq: s } : undefined;
    }
    case 'answer-speak-request': {
      const { hostId, userId, approve } = e;
      return isId(hostId) && isId(userId) && typeof approve === 'boolean'
        ? { type, hostId, userId, approve, at, seq: s }
        : undefined;
    }
    case 'set-role': {
      const { hostId, userId, role } = e;
      return isId(hostId) && isId(userId) && (role === 'host' || role === 'speaker' || role === 'listener')
        ? { type, hostId, userId, role, at, seq: s }
        : undefined;
    }
    case 'invite-host': {
      const { hostId, userId } = e;
      return isId(hostId) && isId(userId) ? { type, hostId, userId, at, seq: s } : undefined;
    }
    case 'answer-host-invite': {
      const { userId, accept } = e;
      return isId(userId) && typeof accept === 'boolean' ? { type, userId, accept, at, seq: s } : undefined;
    }
    default:
      return { type: 'report', at, seq: s };
  }
}

/** The event as a receipt remembers it: its fields without `seq`, in a fixed key order. */
export function documentOf(e: ReadEvent): VoiceRoomEventDocument {
  switch (e.type) {
    case 'join':
    case 'leave':
    case 'request-to-speak':
      return { type: e.type, userId: e.userId, at: e.at };
    case 'answer-speak-request':
      return { type: e.type, hostId: e.hostId, userId: e.userId, approve: e.approve, at: e.at };
    case 'set-role':
      return { type: e.type, hostId: e.hostId, userId: e.userId, role: e.role, at: e.at };
    case 'invite-host':
      return { type: e.type, hostId: e.hostId, userId: e.userId, at: e.at };
    case 'answer-host-invite':
      return { type: e.type, userId: e.userId, accept: e.accept, at: e.at };
    default:
      return { type: 'report', at: e.at };
  }
}

/** Throws the {@link RuleInputError} listing every problem of a malformed event at `path`. */
export function explainEvent(event: unknown, fn: string, path: readonly (string | number)[]): never {
  guardInput(VoiceRoomEventGuard, event, fn, path);
  throw new RuleInputError(fn, [inputIssue(path, 'invalid-event', `not a voice-room event: ${describeValue(event)}`)]);
}

/** The instant (epoch ms) of a well-formed event, or `undefined` (the hand check of {@link readEvent}). */
export function eventInstant(event: unknown): number | undefined {
  return readEvent(event)?.at;
}
