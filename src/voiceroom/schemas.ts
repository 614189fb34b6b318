/**
 * zod schemas of the voice-room inputs and of the stored room: the single source of their types.
 * @module kakao-rules/voiceroom/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { EpochMsSchema, InstantSchema, refinement } from '../core/schemas.js';
import {
  ID_PATTERN,
  VOICE_ROOM_MAX_ID_LENGTH,
  VOICE_ROOM_MAX_PARTICIPANTS,
  VOICE_ROOM_MAX_TALKERS,
  VOICE_ROOM_RECEIPT_WINDOW,
  VOICE_ROOM_REFUSAL_CODES,
  type VoiceRoomEventRefusalCode,
} from './rules.js';
import { TABLE_WIDTH } from './listenerTable.js';
import { loadVoiceRoom, voiceRoomProblems } from './refinements.js';

/** An id an event or an opening carries: non-empty, at most 256 characters, not only whitespace, no line break. */
const IdSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .string()
    .min(1, { abort: true })
    .max(VOICE_ROOM_MAX_ID_LENGTH, { abort: true })
    .regex(ID_PATTERN, { error: 'expected an id that is not only whitespace and holds no line break' }),
);
/** An id in a stored room: any non-empty string, as every released version stored (0.2.0 took any). */
const StoredIdSchema = /* @__PURE__ */ defineSchema(() => z.string().min(1));

/**
 * The kind of chat a voice room would live in: an open chat (group or 1:1) or an ordinary chat.
 * @example
 * VoiceRoomChatKindSchema.parse('open-group') //=> 'open-group'
 * @see voiceroom.where
 */
export const VoiceRoomChatKindSchema = /* @__PURE__ */ defineSchema(() =>
  z.enum(['open-group', 'open-direct', 'group', 'direct']),
);

/**
 * The opening of a voice room: which room, in which chat, by whom, when.
 * @example
 * VoiceRoomOpeningSchema.parse({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).creatorId //=> 'ann'
 * @see voiceroom.where
 */
export const VoiceRoomOpeningSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    roomId: IdSchema,
    chat: z.object({ kind: VoiceRoomChatKindSchema }),
    creatorId: IdSchema,
    at: InstantSchema,
  }),
);

const at = InstantSchema;
const seq = /* @__PURE__ */ defineSchema(() => z.int().positive().optional());

/**
 * One thing that happens in a voice room, discriminated by `type`; every event carries its instant `at`.
 * `hostId` names the host acting, `userId` the participant acted on (or acting, for join, leave,
 * request-to-speak and answer-host-invite). Any event may carry `seq`, a positive integer per room
 * numbering a producer's stream (see `applyVoiceRoomEvent`). Strict: an unknown key (say `Seq`) is
 * refused, and ids are non-blank and at most `VOICE_ROOM_MAX_ID_LENGTH` (256) characters.
 * @example
 * VoiceRoomEventSchema.parse({ type: 'join', userId: 'bo', at: 0 }).type //=> 'join'
 * VoiceRoomEventSchema.parse({ type: 'set-role', hostId: 'ann', userId: 'bo', role: 'host', at: 0, seq: 7 }).seq //=> 7
 * VoiceRoomEventSchema.safeParse({ type: 'join', userId: 'bo', at: 0, Seq: 5 }).error.issues[0].code //=> 'unrecognized_keys'
 * @see voiceroom.roles
 */
export const VoiceRoomEventSchema = /* @__PURE__ */ defineSchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('join'), userId: IdSchema, at, seq }),
    z.strictObject({ type: z.literal('leave'), userId: IdSchema, at, seq }),
    z.strictObject({ type: z.literal('request-to-speak'), userId: IdSchema, at, seq }),
    z.strictObject({
      type: z.literal('answer-speak-request'),
      hostId: IdSchema,
      userId: IdSchema,
      approve: z.boolean(),
      at,
      seq,
    }),
    z.strictObject({
      type: z.literal('set-role'),
      hostId: IdSchema,
      userId: IdSchema,
      role: z.enum(['host', 'speaker', 'listener']),
      at,
      seq,
    }),
    z.strictObject({ type: z.literal('invite-host'), hostId: IdSchema, userId: IdSchema, at, seq }),
    z.strictObject({ type: z.literal('answer-host-invite'), userId: IdSchema, accept: z.boolean(), at, seq }),
    z.strictObject({ type: z.literal('report'), at, seq }),
  ]),
);

/** An event as a room remembers it in a receipt: the event without `seq`, its instant in epoch ms. */
const EventDocumentSchema = /* @__PURE__ */ defineSchema(() => {
  const ms = EpochMsSchema;
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('join'), userId: IdSchema, at: ms }),
    z.strictObject({ type: z.literal('leave'), userId: IdSchema, at: ms }),
    z.strictObject({ type: z.literal('request-to-speak'), userId: IdSchema, at: ms }),
    z.strictObject({
      type: z.literal('answer-speak-request'),
      hostId: IdSchema,
      userId: IdSchema,
      approve: z.boolean(),
      at: ms,
    }),
    z.strictObject({
      type: z.literal('set-role'),
      hostId: IdSchema,
      userId: IdSchema,
      role: z.enum(['host', 'speaker', 'listener']),
      at: ms,
    }),
    z.strictObject({ type: z.literal('invite-host'), hostId: IdSchema, userId: IdSchema, at: ms }),
    z.strictObject({ type: z.literal('answer-host-invite'), userId: IdSchema, accept: z.boolean(), at: ms }),
    z.strictObject({ type: z.literal('report'), at: ms }),
  ]);
});

/** The type of an event as a receipt remembers it (see `VoiceRoomEventDocument`). */
export type EventDocumentOutput = z.output<typeof EventDocumentSchema>;

/** One receipt of a stored room: a numbered event the room took and the rules' answer. */
const ReceiptSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    seq: z.int().positive(),
    event: EventDocumentSchema,
    outcome: z.enum([
      'applied',
      ...(VOICE_ROOM_REFUSAL_CODES.filter(
        (c) => c !== 'not-open-chat' && c !== 'not-group-chat' && !c.startsWith('seq-'),
      ) as VoiceRoomEventRefusalCode[]),
    ]),
  }),
);

/**
 * One participant of a stored room: its user id, its role and what the rules need (a listener's
 * pending request to speak, a speaker's pending invitation to become host). Which field fits which
 * role is checked by {@link VoiceRoomSchema}, which sees the whole room.
 * @example
 * VoiceRoomParticipantSchema.parse({ userId: 'bo', role: 'listener', requestedAt: 1000 })
 * //=> { userId: 'bo', role: 'listener', requestedAt: 1000 }
 * @see voiceroom.roles
 */
export const VoiceRoomParticipantSchema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    userId: StoredIdSchema,
    role: z.enum(['host', 'speaker', 'listener']),
    requestedAt: EpochMsSchema.optional(),
    invitedBy: StoredIdSchema.optional(),
  }),
);

/** Version 2, the stored form since 0.3.0 (what `JSON.stringify(room)` writes). */
const DocumentV2Schema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    version: z.literal(2),
    roomId: StoredIdSchema,
    openedAt: EpochMsSchema,
    lastEventAt: EpochMsSchema,
    reported: z.boolean(),
    revision: z.int().min(0),
    lastSeq: z.int().positive().nullable(),
    receipts: z.array(ReceiptSchema).max(VOICE_ROOM_RECEIPT_WINDOW),
    participants: z.array(VoiceRoomParticipantSchema).max(VOICE_ROOM_MAX_PARTICIPANTS),
  }),
);

/** Version 1, the stored form of 0.2.0. */
const DocumentV1Schema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    version: z.literal(1),
    roomId: StoredIdSchema,
    openedAt: EpochMsSchema,
    lastEventAt: EpochMsSchema,
    reported: z.boolean(),
    lastSeq: z.int().positive().nullable(),
    participants: z.array(VoiceRoomParticipantSchema).max(VOICE_ROOM_MAX_PARTICIPANTS),
  }),
);

/** The form 0.1.0 stored (no version): talkers listed, listeners in a 32 x 32 table of buckets. */
const Document010Schema = /* @__PURE__ */ defineSchema(() => {
  const listener = z.object({ userId: StoredIdSchema, requestedAt: EpochMsSchema.optional() });
  const bucket = z.array(listener).max(VOICE_ROOM_MAX_PARTICIPANTS).min(1).nullable();
  const row = z.array(bucket).length(TABLE_WIDTH).nullable();
  return z.object({
    version: z.undefined().optional(),
    roomId: StoredIdSchema,
    openedAt: EpochMsSchema,
    lastEventAt: EpochMsSchema,
    reported: z.boolean(),
    talkers: z
      .array(
        z.object({ userId: StoredIdSchema, role: z.enum(['host', 'speaker']), invitedBy: StoredIdSchema.optional() }),
      )
      .max(VOICE_ROOM_MAX_TALKERS),
    listenerCount: z.int().min(0).max(VOICE_ROOM_MAX_PARTICIPANTS),
    listeners: z.array(row).length(TABLE_WIDTH),
  });
});

/**
 * A stored voice room, read back into a room that answers every query and takes further events.
 * Reads the current stored form (version 2, what `JSON.stringify(room)` writes), version 1 (0.2.0;
 * loaded with revision 0 and no receipts) and the form 0.1.0 wrote (no `version`: talkers plus a
 * 32 x 32 listener table), in O(n). The participant list (1,500) and the receipts (64) are checked
 * against their caps before their elements are read. Checks what the rules assume, listing every
 * problem with its path (code `inconsistent-room`): nobody in the room twice, at most 10 hosts +
 * speakers, the last event within the 48 hours, a pending request only on a listener and dated
 * within the room's life so far, an invitation only on a speaker, receipts numbered one after the
 * other up to `lastSeq`.
 * @example
 * const room = VoiceRoomSchema.parse({ version: 1, roomId: 'r1', openedAt: 0, lastEventAt: 5, reported: false, lastSeq: null,
 *   participants: [{ userId: 'bo', role: 'listener', requestedAt: 5 }, { userId: 'ann', role: 'host' }] });
 * roleOf(room, 'bo') //=> 'listener'
 * JSON.stringify(room)
 * //=> '{"version":2,"roomId":"r1","openedAt":0,"lastEventAt":5,"reported":false,"revision":0,"lastSeq":null,"receipts":[],"participants":[{"userId":"ann","role":"host"},{"userId":"bo","role":"listener","requestedAt":5}]}'
 * VoiceRoomSchema.safeParse({ version: 1, roomId: 'r1', openedAt: 0, lastEventAt: 0, reported: false, lastSeq: null,
 *   participants: [{ userId: 'ann', role: 'host', invitedBy: 'bo' }] }).error.issues[0].message //=> 'only a speaker can hold a host invitation'
 * @see voiceroom.capacity
 * @see voiceroom.speaker-cap
 */
export const VoiceRoomSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .discriminatedUnion('version', [DocumentV2Schema, DocumentV1Schema, Document010Schema])
    .check(refinement(voiceRoomProblems))
    .transform(loadVoiceRoom),
);
