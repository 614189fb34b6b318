/**
 * The numbers of the voice-room rules (rule book section "voiceroom"), each named once.
 * @module
 */

/**
 * At most 1,500 people are in a voice room at once, hosts included (the Open Chat maximum).
 * @example
 * VOICE_ROOM_MAX_PARTICIPANTS //=> 1500
 * @see voiceroom.capacity
 */
export const VOICE_ROOM_MAX_PARTICIPANTS = 1500;

/**
 * At most 10 participants hold a talking role (hosts + speakers).
 * @example
 * VOICE_ROOM_MAX_TALKERS //=> 10
 * @see voiceroom.speaker-cap
 */
export const VOICE_ROOM_MAX_TALKERS = 10;

/**
 * A voice room ends by itself 48 hours after it opened.
 * @example
 * VOICE_ROOM_LIFETIME_MS //=> 172800000
 * @see voiceroom.lifetime
 */
export const VOICE_ROOM_LIFETIME_MS = 48 * 60 * 60 * 1000;

/**
 * The end warning appears 10 minutes before the automatic end.
 * @example
 * VOICE_ROOM_END_WARNING_MS //=> 600000
 * @see voiceroom.end-warning
 */
export const VOICE_ROOM_END_WARNING_MS = 10 * 60 * 1000;
