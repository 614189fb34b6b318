/**
 * Loading a stored voice room without zod.
 * @module
 */
import { guardInput } from '../core/index.js';
import { fastLoad } from './fastload.js';
import { VoiceRoomEventGuard, VoiceRoomGuard } from './guards.generated.js';
import type { VoiceRoom, VoiceRoomEvent } from './types.js';

/**
 * Loads a stored voice room: the parsed JSON of `JSON.stringify(room)` from this version (a
 * `version: 2` document) or from any earlier release (`version: 1` of 0.2.0, the 0.1.0 form; both
 * load with revision 0 and no receipts), checked for consistency. The participants (1,500) and the
 * receipts (64) are checked against their caps before any element is read.
 * It answers exactly what `VoiceRoomSchema.parse` answers, without loading zod, so a service that
 * stores rooms pays for no schema library.
 *
 * @param stored - `JSON.parse` of a stored room.
 * @returns the room, ready for every query and for further events.
 * @throws {RuleInputError} listing every problem (path from `stored`, code `inconsistent-room` for
 *   a room that contradicts the rules, zod's codes for a malformed one).
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 });
 * if (!room.ok) throw new Error(room.code);
 * const loaded = parseVoiceRoom(JSON.parse(JSON.stringify(room.value)));
 * roleOf(loaded, 'ann') //=> 'host'
 * parseVoiceRoom({ version: 1 }) // throws RuleInputError
 * @see voiceroom.roles
 */
export function parseVoiceRoom(stored: unknown): VoiceRoom {
  return fastLoad(stored) ?? guardInput(VoiceRoomGuard, stored, 'parseVoiceRoom', ['stored']);
}

/**
 * Reads one event from parsed JSON (a request body), without zod: the twin of `VoiceRoomEventSchema`
 * and of {@link parseVoiceRoom}. Strict: an unknown key (say `Seq` for `seq`) is refused, ids are
 * non-blank and at most `VOICE_ROOM_MAX_ID_LENGTH` (256) characters, `seq` a positive integer.
 *
 * @param json - `JSON.parse` of one event.
 * @returns the event, a new plain object (the instant as given).
 * @throws {RuleInputError} listing every problem (path from `event`; code `unrecognized-keys`
 *   naming an unknown key).
 * @example
 * parseVoiceRoomEvent({ type: 'join', userId: 'bo', at: 1000, seq: 1 }) //=> { type: 'join', userId: 'bo', at: 1000, seq: 1 }
 * parseVoiceRoomEvent({ type: 'join', userId: 'bo', at: 1000, Seq: 1 }) // throws RuleInputError
 * @see voiceroom.roles
 */
export function parseVoiceRoomEvent(json: unknown): VoiceRoomEvent {
  return guardInput(VoiceRoomEventGuard, json, 'parseVoiceRoomEvent', ['event']);
}
