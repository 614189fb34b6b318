/**
 * Every "no" of the voice-room rules, built once at module load (frozen), so the hot path returns
 * them without allocating. Each names its rule id; the code is a kebab-case literal.
 * @module
 */
import { refusal } from '../core/index.js';
import { VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './constants.js';

export const NOT_OPEN_CHAT = /* @__PURE__ */ refusal('voiceroom.where', 'not-open-chat',
  'A voice room can only be opened in an open chat.',
  '보이스룸은 오픈채팅방에서만 열 수 있어요.');
export const NOT_GROUP_CHAT = /* @__PURE__ */ refusal('voiceroom.where', 'not-group-chat',
  'A voice room can only be opened in a group open chat, not in a 1:1 open chat.',
  '보이스룸은 1:1 오픈채팅방이 아닌 그룹 오픈채팅방에서만 열 수 있어요.');
export const ROOM_FULL = /* @__PURE__ */ refusal('voiceroom.capacity', 'room-full',
  'This voice room is full (1,500 people).',
  '보이스룸 인원이 가득 찼어요(최대 1,500명).', { limit: VOICE_ROOM_MAX_PARTICIPANTS });
export const ALREADY_IN_ROOM = /* @__PURE__ */ refusal('voiceroom.entry-role', 'already-in-room',
  'This person is already in the voice room.',
  '이미 보이스룸에 들어와 있어요.');
export const UNKNOWN_PARTICIPANT = /* @__PURE__ */ refusal('voiceroom.roles', 'unknown-participant',
  'This person is not in the voice room.',
  '보이스룸에 없는 사람이에요.');
export const NOT_A_HOST = /* @__PURE__ */ refusal('voiceroom.role-change-by-host', 'not-a-host',
  'Only a host can do this.',
  '진행자만 할 수 있어요.');
export const CANNOT_CHANGE_OWN_ROLE = /* @__PURE__ */ refusal('voiceroom.role-change-by-host', 'cannot-change-own-role',
  'A host cannot change their own role, but can leave the room.',
  '진행자는 자신의 역할을 바꿀 수 없어요. 방을 나갈 수는 있어요.');
export const ALREADY_IN_ROLE = /* @__PURE__ */ refusal('voiceroom.role-change-by-host', 'already-in-role',
  'This person already has that role.',
  '이미 그 역할이에요.');
export const TALKER_CAP_REACHED = /* @__PURE__ */ refusal('voiceroom.speaker-cap', 'talker-cap-reached',
  'At most 10 people can talk at once, hosts included.',
  '진행자를 포함해 최대 10명까지만 말할 수 있어요.', { limit: VOICE_ROOM_MAX_TALKERS });
export const INVITEE_NOT_SPEAKER = /* @__PURE__ */ refusal('voiceroom.host-invite', 'invitee-not-speaker',
  'Only a speaker can be invited to become a host; make a listener a speaker first.',
  '스피커만 진행자로 초대할 수 있어요. 리스너는 먼저 스피커로 바꿔 주세요.');
export const INVITE_ALREADY_PENDING = /* @__PURE__ */ refusal('voiceroom.host-invite', 'invite-already-pending',
  'This speaker already has a pending invitation to become a host.',
  '이미 진행자 초대를 받은 스피커예요.');
export const NO_PENDING_INVITE = /* @__PURE__ */ refusal('voiceroom.host-invite', 'no-pending-invite',
  'There is no pending invitation to become a host.',
  '받은 진행자 초대가 없어요.');
export const NOT_A_LISTENER = /* @__PURE__ */ refusal('voiceroom.speak-request', 'not-a-listener',
  'Only a listener can ask to speak.',
  '말하기 요청은 리스너만 할 수 있어요.');
export const REQUEST_ALREADY_PENDING = /* @__PURE__ */ refusal('voiceroom.speak-request', 'request-already-pending',
  'This listener already has a pending request to speak.',
  '이미 말하기 요청을 보냈어요.');
export const NO_PENDING_REQUEST = /* @__PURE__ */ refusal('voiceroom.speak-request', 'no-pending-request',
  'This listener has no pending request to speak.',
  '대기 중인 말하기 요청이 없어요.');
export const NO_HOST = /* @__PURE__ */ refusal('voiceroom.hostless', 'no-host',
  'The room has no host right now, so no role can change.',
  '지금은 진행자가 없어서 역할을 바꿀 수 없어요.');
export const ROOM_ENDED = /* @__PURE__ */ refusal('voiceroom.lifetime', 'room-ended',
  'The voice room has ended (48 hours after it opened).',
  '보이스룸이 종료되었어요(개설 후 48시간).');
export const EVENT_OUT_OF_ORDER = /* @__PURE__ */ refusal('voiceroom.lifetime', 'event-out-of-order',
  'This event is earlier than the last one the room accepted (or than its opening).',
  '방이 마지막으로 받은 이벤트(또는 개설 시각)보다 이른 이벤트예요.');

/** Why {@link openVoiceRoom} says no. */
export type VoiceRoomOpeningRefusal = typeof NOT_OPEN_CHAT | typeof NOT_GROUP_CHAT;

/** Why an event is refused: every refusal of {@link applyVoiceRoomEvent}. */
export type VoiceRoomEventRefusal =
  | typeof ROOM_FULL
  | typeof ALREADY_IN_ROOM
  | typeof UNKNOWN_PARTICIPANT
  | typeof NOT_A_HOST
  | typeof CANNOT_CHANGE_OWN_ROLE
  | typeof ALREADY_IN_ROLE
  | typeof TALKER_CAP_REACHED
  | typeof INVITEE_NOT_SPEAKER
  | typeof INVITE_ALREADY_PENDING
  | typeof NO_PENDING_INVITE
  | typeof NOT_A_LISTENER
  | typeof REQUEST_ALREADY_PENDING
  | typeof NO_PENDING_REQUEST
  | typeof NO_HOST
  | typeof ROOM_ENDED
  | typeof EVENT_OUT_OF_ORDER;

/** Every refusal of the module (opening and events). */
export type VoiceRoomRefusal = VoiceRoomOpeningRefusal | VoiceRoomEventRefusal;

/** Every refusal code of the module, e.g. `'talker-cap-reached'`. */
export type VoiceRoomRefusalCode = VoiceRoomRefusal['code'];
