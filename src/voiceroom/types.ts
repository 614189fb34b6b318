/**
 * The named types of the voice-room module. A room is a {@link VoiceRoom}; what it stores (what
 * `JSON.stringify(room)` writes and `VoiceRoomSchema` reads back) is a {@link VoiceRoomDocument}.
 * @module
 */
import type { z } from 'zod';
import type { VoiceRoomEventRefusalCode } from './rules.js';
import type { VoiceRoomChatKindSchema, VoiceRoomEventSchema, VoiceRoomOpeningSchema } from './schemas.js';

/** `'open-group' | 'open-direct' | 'group' | 'direct'`. */
export type VoiceRoomChatKind = z.infer<typeof VoiceRoomChatKindSchema>;
/** What {@link openVoiceRoom} takes. */
export type VoiceRoomOpeningInput = z.input<typeof VoiceRoomOpeningSchema>;
/** One event of a voice room (see {@link VoiceRoomEventSchema}); `seq` is optional on every event. */
export type VoiceRoomEvent = z.input<typeof VoiceRoomEventSchema>;
/** The `type` of a voice-room event. */
export type VoiceRoomEventType = VoiceRoomEvent['type'];
/** The three roles; only hosts and speakers may talk. */
export type VoiceRoomRole = 'host' | 'speaker' | 'listener';
/** Where a room is in its 48-hour life. */
export type VoiceRoomPhase = 'live' | 'ending-soon' | 'ended';
/** What happens to the voice data collected in a room. */
export type VoiceDataDisposition = 'send-to-report-server' | 'delete-at-room-end';

/** A host of a room. */
export interface VoiceRoomHost {
  readonly userId: string;
  readonly role: 'host';
}

/** A speaker of a room; `invitedBy` names the host whose invitation to become host is pending. */
export interface VoiceRoomSpeaker {
  readonly userId: string;
  readonly role: 'speaker';
  readonly invitedBy?: string;
}

/** A listener of a room; `requestedAt` (epoch ms) is present while its request to speak is pending. */
export interface VoiceRoomListener {
  readonly userId: string;
  readonly role: 'listener';
  readonly requestedAt?: number;
}

/** One participant of a room, by role, with what the rules need to know about it. */
export type VoiceRoomParticipant = VoiceRoomHost | VoiceRoomSpeaker | VoiceRoomListener;

/** A listener's pending request to speak, as {@link pendingSpeakRequests} lists it (`voiceroom.speak-request`). */
export interface VoiceRoomPendingSpeakRequest {
  readonly userId: string;
  /** When the listener asked (epoch ms). */
  readonly requestedAt: number;
}

/** A speaker's pending invitation to become host, as {@link pendingHostInvites} lists it (`voiceroom.host-invite`). */
export interface VoiceRoomPendingHostInvite {
  /** The invited speaker. */
  readonly userId: string;
  /** The host who invited them. */
  readonly hostId: string;
}

/**
 * An event as a room remembers it in a receipt: plain data, without `seq`, its instant in epoch ms,
 * keys in a fixed order, so two deliveries of one event compare equal.
 */
export type VoiceRoomEventDocument =
  z.output<typeof VoiceRoomEventSchema> extends infer E
    ? E extends unknown
      ? { readonly [K in Exclude<keyof E, 'seq' | 'at'>]: E[K] } & { readonly at: number }
      : never
    : never;

/** One numbered event a room took: its `seq`, the event, and what the rules answered. */
export interface VoiceRoomReceipt {
  readonly seq: number;
  readonly event: VoiceRoomEventDocument;
  /** `'applied'`, or the code of the rule's refusal (the event then changed nothing but `lastSeq`). */
  readonly outcome: 'applied' | VoiceRoomEventRefusalCode;
}

/**
 * The stored form of a room, version 2 (0.3.0): what `JSON.stringify(room)` writes. Plain data,
 * instants in epoch ms, participants hosts first, then speakers, then listeners, each in user-id
 * order, so the same room always stringifies the same.
 */
export interface VoiceRoomDocument {
  readonly version: 2;
  readonly roomId: string;
  readonly openedAt: number;
  /** The instant of the last applied event (the opening until the first). */
  readonly lastEventAt: number;
  /** Whether anyone reported the room (its voice data then goes to the report server). */
  readonly reported: boolean;
  /** 0 at the opening; one more with every change to the document, and nothing else: compare and set on it. */
  readonly revision: number;
  /** The `seq` of the last numbered event the room took (applied or refused by a rule); `null` before any. */
  readonly lastSeq: number | null;
  /** The last numbered events taken (at most `VOICE_ROOM_RECEIPT_WINDOW`), oldest first. */
  readonly receipts: readonly VoiceRoomReceipt[];
  readonly participants: readonly VoiceRoomParticipant[];
}

/**
 * A voice room: immutable, from {@link openVoiceRoom}, {@link applyVoiceRoomEvent},
 * {@link replayVoiceRoom} or `VoiceRoomSchema.parse`. Its fields are those of its
 * {@link VoiceRoomDocument} but the participants, which {@link voiceRoomParticipants} lists;
 * `JSON.stringify(room)` writes the whole document. The index that makes events fast is private
 * and never stored.
 */
export interface VoiceRoom extends Omit<VoiceRoomDocument, 'participants'> {
  /** The stored document (what `JSON.stringify` writes). */
  toJSON(): VoiceRoomDocument;
}

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link VoiceRoomOpeningInput}; this 0.2.0 name is removed in 0.4.0. */
export type VoiceRoomOpening = VoiceRoomOpeningInput;
