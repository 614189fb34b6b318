/**
 * Types of the voice-room module, inferred from its zod schemas.
 * @module
 */
import type { z } from 'zod';
import type {
  VoiceRoomChatKindSchema,
  VoiceRoomEventSchema,
  VoiceRoomListenerSchema,
  VoiceRoomOpeningSchema,
  VoiceRoomSchema,
  VoiceRoomTalkerSchema,
} from './schemas.js';

/** `'open-group' | 'open-direct' | 'group' | 'direct'`. */
export type VoiceRoomChatKind = z.infer<typeof VoiceRoomChatKindSchema>;
/** What {@link openVoiceRoom} takes. */
export type VoiceRoomOpening = z.input<typeof VoiceRoomOpeningSchema>;
/** One event of a voice room (see {@link VoiceRoomEventSchema}). */
export type VoiceRoomEvent = z.input<typeof VoiceRoomEventSchema>;
/** The `type` of a voice-room event. */
export type VoiceRoomEventType = VoiceRoomEvent['type'];
/** A stored voice room: plain data, instants as epoch ms. */
export type VoiceRoom = z.infer<typeof VoiceRoomSchema>;
/** A host or speaker of a room. */
export type VoiceRoomTalker = z.infer<typeof VoiceRoomTalkerSchema>;
/** A listener of a room. */
export type VoiceRoomListener = z.infer<typeof VoiceRoomListenerSchema>;
/** The three roles; only hosts and speakers may talk. */
export type VoiceRoomRole = 'host' | 'speaker' | 'listener';
/** Where a room is in its 48-hour life. */
export type VoiceRoomPhase = 'live' | 'ending-soon' | 'ended';
/** What happens to the voice data collected in a room. */
export type VoiceDataDisposition = 'send-to-report-server' | 'delete-at-room-end';
