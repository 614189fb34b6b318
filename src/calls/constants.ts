/**
 * The numbers of the `calls.*` rules, named.
 * @module
 */

/**
 * At most this many people take part in a LiveTalk, the broadcaster included.
 *
 * @example
 * LIVE_TALK_MAX_PARTICIPANTS //=> 40
 * @see calls.livetalk
 */
export const LIVE_TALK_MAX_PARTICIPANTS = 40;
