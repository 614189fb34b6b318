/**
 * Cheap checks of the arguments every voice-room function takes, and the slow path that explains a
 * failure with the full issue list.
 * @module
 */
import { RuleInputError, describeValue, epochMsOrUndefined, parseInput } from '../core/index.js';
import { TABLE_WIDTH } from './listenerTable.js';
import { VoiceRoomEventSchema, VoiceRoomSchema } from './schemas.js';
import type { VoiceRoom } from './types.js';

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

// Stryker disable BlockStatement,StringLiteral: each makes the check always false, which only sends valid rooms down the slow path (explainRoom), which accepts them: the same answers, slower
/**
 * The structural check behind every function taking a room: the top-level fields have the right
 * types. Deeper damage is caught where it would throw (see {@link explainRoom}).
 */
export function isRoomShaped(room: unknown): room is VoiceRoom {
  const r = room as Record<string, unknown> | null | undefined; // a primitive has no such fields either
  return (
    typeof r?.roomId === 'string' &&
    typeof r.openedAt === 'number' &&
    typeof r.lastEventAt === 'number' &&
    typeof r.reported === 'boolean' &&
    typeof r.listenerCount === 'number' &&
    Array.isArray(r.talkers) &&
    Array.isArray(r.listeners) &&
    r.listeners.length === TABLE_WIDTH
  );
}
// Stryker restore all

/** Throws the {@link RuleInputError} that lists what is wrong with `room` (it returns only for a valid room). */
export function explainRoom(room: unknown, fn: string): void {
  parseInput(VoiceRoomSchema, room, fn, ['room']);
}

/**
 * Runs `read` over a room that passed {@link isRoomShaped}; if it throws (a room damaged below its
 * top level), throws the room's issue list instead, and rethrows only for a valid room (a bug).
 */
export function readRoom<T>(room: unknown, fn: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    explainRoom(room, fn);
    throw e;
  }
}

/** `room` if it passes {@link isRoomShaped}; otherwise throws the full issue list. */
export function requireRoom(room: unknown, fn: string): VoiceRoom {
  // Stryker disable next-line ConditionalExpression: explaining a valid room returns, so always explaining differs only in speed
  if (!isRoomShaped(room)) explainRoom(room, fn);
  return room as VoiceRoom;
}

/** A user-id argument, or the error naming it. */
export function requireId(value: unknown, fn: string, name: string): string {
  if (isId(value)) return value;
  throw new RuleInputError(fn, [{ path: [name], code: 'invalid-type', message: `expected a non-empty string; got ${describeValue(value)}` }]);
}

/**
 * The instant (epoch ms) of a well-formed event, or `undefined`: the hand-written twin of
 * {@link VoiceRoomEventSchema}, with no allocation.
 */
export function eventInstant(event: unknown): number | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  switch (e.type) {
    case 'join':
    case 'leave':
    case 'request-to-speak':
      if (!isId(e.userId)) return undefined;
      break;
    case 'answer-speak-request':
      if (!isId(e.hostId) || !isId(e.userId) || typeof e.approve !== 'boolean') return undefined;
      break;
    case 'set-role':
      if (!isId(e.hostId) || !isId(e.userId) || (e.role !== 'speaker' && e.role !== 'listener')) return undefined;
      break;
    case 'invite-host':
      if (!isId(e.hostId) || !isId(e.userId)) return undefined;
      break;
    case 'answer-host-invite':
      if (!isId(e.userId) || typeof e.accept !== 'boolean') return undefined;
      break;
    case 'report':
      break;
    default:
      return undefined;
  }
  return epochMsOrUndefined(e.at);
}

/** Throws the {@link RuleInputError} listing every problem of a malformed event at `path`. */
export function explainEvent(event: unknown, fn: string, path: readonly (string | number)[]): never {
  parseInput(VoiceRoomEventSchema, event, fn, path);
  throw new RuleInputError(fn, [{ path, code: 'invalid-event', message: `not a voice-room event: ${describeValue(event)}` }]);
}
