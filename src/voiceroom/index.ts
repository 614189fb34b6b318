/**
 * `kakao-rules/voiceroom`: the VoiceRoom (보이스룸) rules as a pure, replayable state machine.
 * Open a room, apply events (join, leave, speak requests, role changes, host invitations, reports),
 * and ask it questions. Rooms are plain data; every "no" names its rule id.
 * @module
 */
export * from './constants.js';
export { applyVoiceRoomEvent, canApply, replayVoiceRoom, type VoiceRoomReplayRefusal } from './events.js';
export { voiceRoomPhase, voiceRoomSchedule, type VoiceRoomSchedule } from './lifetime.js';
export { openVoiceRoom } from './open.js';
export type { VoiceRoomEventRefusal, VoiceRoomOpeningRefusal, VoiceRoomRefusal, VoiceRoomRefusalCode } from './refusals.js';
export { hostIds, participantCount, pendingHostInvites, pendingSpeakRequests, roleOf, talkerCount, voiceDataDisposition } from './room.js';
export {
  VoiceRoomChatKindSchema,
  VoiceRoomEventSchema,
  VoiceRoomListenerSchema,
  VoiceRoomOpeningSchema,
  VoiceRoomSchema,
  VoiceRoomTalkerSchema,
} from './schemas.js';
export type * from './types.js';
