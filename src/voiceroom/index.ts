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
  applyVoiceRoomEvents,
  canApply,
  replayVoiceRoom,
  roomAfter,
  type VoiceRoomBatchOutcome,
  type VoiceRoomCheckOutcome,
  type VoiceRoomDuplicate,
  type VoiceRoomEventOutcome,
  type VoiceRoomEventRefusalAnswer,
  type VoiceRoomReplayOptions,
  type VoiceRoomReplayRefusal,
  type VoiceRoomSkipReplay,
  type VoiceRoomSkippedEvent,
} from './events.js';
export {
  nextVoiceRoomChange,
  voiceRoomPhase,
  voiceRoomSchedule,
  type VoiceRoomChange,
  type VoiceRoomSchedule,
} from './lifetime.js';
export { parseVoiceRoom, parseVoiceRoomEvent } from './load.js';
export { openVoiceRoom } from './open.js';
export {
  VOICE_ROOM_END_WARNING_MINUTES,
  VOICE_ROOM_END_WARNING_MS,
  VOICE_ROOM_LIFETIME_HOURS,
  VOICE_ROOM_LIFETIME_MS,
  VOICE_ROOM_MAX_BATCH,
  VOICE_ROOM_MAX_ID_LENGTH,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_RECEIPT_WINDOW,
  VOICE_ROOM_MAX_TALKERS,
  VOICE_ROOM_REFUSAL_CODES,
  VOICEROOM_RULES,
  type VoiceRoomCapacityRefusal,
  type VoiceRoomDeliveryRefusal,
  type VoiceRoomEventRefusalCode,
  type VoiceRoomSeqGapRefusal,
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
  VoiceRoomEventDocument,
  VoiceRoomEventType,
  VoiceRoomHost,
  VoiceRoomListener,
  VoiceRoomOpeningInput,
  VoiceRoomOpening,
  VoiceRoomParticipant,
  VoiceRoomPendingHostInvite,
  VoiceRoomPendingSpeakRequest,
  VoiceRoomPhase,
  VoiceRoomReceipt,
  VoiceRoomRole,
  VoiceRoomSpeaker,
} from './types.js';
