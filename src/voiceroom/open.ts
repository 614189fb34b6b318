/**
 * Opening a voice room (voiceroom.where, voiceroom.entry-role).
 * @module
 */
import { guardInput, ok, expectInstant, type Outcome } from '../core/index.js';
import { EMPTY_LISTENER_TABLE } from './listenerTable.js';
import { NOT_GROUP_CHAT, NOT_OPEN_CHAT, type VoiceRoomOpeningRefusal } from './rules.js';
import { Room } from './state.js';
import { VoiceRoomOpeningGuard } from './guards.generated.js';
import type { VoiceRoom, VoiceRoomOpeningInput } from './types.js';

/** {@link openVoiceRoom} under the name of the public function that called it. */
export function openRoom(opening: VoiceRoomOpeningInput, fn: string): Outcome<VoiceRoom, VoiceRoomOpeningRefusal> {
  const { roomId, chat, creatorId, at } = guardInput(VoiceRoomOpeningGuard, opening, fn, ['opening']);
  if (chat.kind === 'group' || chat.kind === 'direct') return NOT_OPEN_CHAT;
  if (chat.kind === 'open-direct') return NOT_GROUP_CHAT;
  const openedAt = expectInstant(at, fn, ['opening', 'at']);
  return ok(
    new Room(
      roomId,
      openedAt,
      openedAt,
      false,
      0,
      null,
      [{ userId: creatorId, role: 'host' }],
      EMPTY_LISTENER_TABLE,
      0,
    ),
  );
}

/**
 * Opens a voice room in a chat, with its creator as the only host.
 *
 * Only a group open chat can hold a voice room: a 1:1 open chat is refused with `not-group-chat`, an
 * ordinary (non-open) chat, group or 1:1, with `not-open-chat`. Any member of the open chat may open
 * one; no role is needed. Instants are epoch ms; `JSON.stringify(room)` gives its stored document.
 *
 * @param opening - `{ roomId, chat: { kind }, creatorId, at }`; `kind` is `'open-group' | 'open-direct' | 'group' | 'direct'`.
 * @returns `{ ok: true, value: room }`, or the refusal (rule `voiceroom.where`).
 * @throws {RuleInputError} when `opening` is malformed (missing, blank or too long ids, unknown chat kind, bad instant).
 * @example
 * const opened = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' });
 * hostIds(opened.value) //=> ['ann']
 * JSON.stringify(opened.value)
 * //=> '{"version":2,"roomId":"r1","openedAt":1767229200000,"lastEventAt":1767229200000,"reported":false,"revision":0,"lastSeq":null,"receipts":[],"participants":[{"userId":"ann","role":"host"}]}'
 * openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-direct' }, creatorId: 'ann', at: 0 }).code //=> 'not-group-chat'
 * @see voiceroom.where
 * @see voiceroom.entry-role
 */
export function openVoiceRoom(opening: VoiceRoomOpeningInput): Outcome<VoiceRoom, VoiceRoomOpeningRefusal> {
  return openRoom(opening, 'openVoiceRoom');
}
