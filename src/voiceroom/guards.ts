/**
 * Cheap checks of the arguments every voice-room function takes, and the slow path that explains a
 * failure with the full issue list.
 * @module
 */
import { RuleInputError, describeValue, epochMsOrUndefined, guardInput, inputIssue } from '../core/index.js';
import { VoiceRoomEventGuard, VoiceRoomGuard } from './guards.generated.js';
import { Room } from './state.js';

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

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

/** `room` if it is a room of this module (a brand check); otherwise throws the full issue list. */
export function requireRoom(room: unknown, fn: string): Room {
  if (!Room.is(room)) explainRoom(room, fn);
  return room;
}

/** A user-id argument, or the error naming it. */
export function requireId(value: unknown, fn: string, name: string): string {
  if (isId(value)) return value;
  throw new RuleInputError(fn, [
    inputIssue([name], 'invalid-type', `expected a non-empty string; got ${describeValue(value)}`),
  ]);
}

/**
 * The instant (epoch ms) of a well-formed event, or `undefined`: the hand-written twin of
 * `VoiceRoomEventSchema` (tests check that both accept the same events), with no allocation.
 */
export function eventInstant(event: unknown): number | undefined {
  try {
    return readEventInstant(event);
  } catch {
    // Stryker disable next-line BlockStatement: the function answers undefined when this block is emptied too (it falls off its end)
    return undefined; // an event whose reading throws (a getter, a Proxy): explainEvent reports it
  }
}

function readEventInstant(event: unknown): number | undefined {
  if (typeof event !== 'object') return undefined;
  // Stryker disable next-line ConditionalExpression: without this test null throws a TypeError reading .type below, which eventInstant catches and answers undefined: the same answer
  if (event === null) return undefined;
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
      if (!isId(e.hostId) || !isId(e.userId) || (e.role !== 'host' && e.role !== 'speaker' && e.role !== 'listener'))
        return undefined;
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
  const seq = e.seq;
  if (seq !== undefined && !(Number.isSafeInteger(seq) && (seq as number) > 0)) return undefined;
  return epochMsOrUndefined(e.at);
}

/** Throws the {@link RuleInputError} listing every problem of a malformed event at `path`. */
export function explainEvent(event: unknown, fn: string, path: readonly (string | number)[]): never {
  guardInput(VoiceRoomEventGuard, event, fn, path);
  throw new RuleInputError(fn, [inputIssue(path, 'invalid-event', `not a voice-room event: ${describeValue(event)}`)]);
}
