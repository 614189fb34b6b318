/**
 * Loading a stored voice room without zod.
 * @module
 */
import { guardInput } from '../core/index.js';
import { VoiceRoomGuard } from './guards.generated.js';
import type { VoiceRoom } from './types.js';

/**
 * Loads a stored voice room: the parsed JSON of `JSON.stringify(room)` from this version (a
 * `version: 1` document) or from any earlier release (the 0.1.0 form), checked for consistency.
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
  return guardInput(VoiceRoomGuard, stored, 'parseVoiceRoom', ['stored']);
}
