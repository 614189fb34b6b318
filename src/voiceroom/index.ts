/**
 * `kakao-rules/voiceroom`: the VoiceRoom (보이스룸) rules as a pure, replayable state machine.
 * Open a room, apply events (join, leave, speak requests, role changes, host invitations, reports),
 * and ask it questions. A room stores as a versioned JSON document; every "no" names its rule id.
 * The zod schemas (`VoiceRoomSchema`; `parseVoiceRoom` here loads a stored room without zod) are in `kakao-rules/voiceroom/schemas`
 * (and `kakao-rules/schemas`), so that this entry point does not load zod.
 * @module kakao-rules/voiceroom
 */
export {
  applyVoiceRoomEvent,
  canApply,
  replayVoiceRoom,
  type VoiceRoomCheckOutcome,
  type VoiceRoomDuplicate,
  type VoiceRoomEventOutcome,
  type VoiceRoomReplayOptions,
  type VoiceRoomReplayRefusal,
  type VoiceRoomSkipReplay,
  type VoiceRoomSkippedEvent,
} from './events.js';
export { voiceRoomPhase, voiceRoomSchedule, type VoiceRoomSchedule } from './lifetime.js';
export { parseVoiceRoom } from './load.js';
export { openVoiceRoom } from './open.js';
export {
  VOICE_ROOM_END_WARNING_MINUTES,
  VOICE_ROOM_END_WARNING_MS,
  VOICE_ROOM_LIFETIME_HOURS,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  VOICE_ROOM_REFUSAL_CODES,
  VOICEROOM_RULES,
  type VoiceRoomCapacityRefusal,
  type VoiceRoomEntryRoleRefusal,
  type VoiceRoomEventRefusal,
  type VoiceRoomHostInviteRefusal,
  type VoiceRoomHostlessRefusal,
  type VoiceRoomLifetimeRefusal,
  type VoiceRoomOpeningRefusal,
  type VoiceRoomRefusal,
  type VoiceRoomRefusalCode,
  type VoiceRoomRoleChangeRefusal,
  type VoiceRoomRolesRefusal,
  type VoiceRoomSpeakRequestRefusal,
  type VoiceRoomSpeakerCapRefusal,
} from './rules.js';
export {
  hostIds,
  participantCount,
  pendingHostInvites,
  pendingSpeakRequests,
  roleOf,
  talkerCount,
  voiceDataDisposition,
  voiceRoomParticipants,
} from './room.js';
export type {
  VoiceDataDisposition,
  VoiceRoom,
  VoiceRoomChatKind,
  VoiceRoomDocument,
  VoiceRoomEvent,
  VoiceRoomEventType,
  VoiceRoomHost,
  VoiceRoomListener,
  VoiceRoomOpening,
  VoiceRoomParticipant,
  VoiceRoomPhase,
  VoiceRoomRole,
  VoiceRoomSpeaker,
} from './types.js';
