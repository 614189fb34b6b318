/**
 * zod schemas of the voice-room inputs and of the stored room: the single source of their types.
 * @module kakao-rules/voiceroom/schemas
 */
import { z } from 'zod';
import { defineSchema } from '../core/index.js';
import { EpochMsSchema, InstantSchema, refinement } from '../core/schemas.js';
import { VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './rules.js';
import { TABLE_WIDTH } from './listenerTable.js';
import { loadVoiceRoom, voiceRoomProblems } from './refinements.js';

const IdSchema = /* @__PURE__ */ defineSchema(() => z.string().min(1));

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
 * for idempotent delivery (see `applyVoiceRoomEvent`).
 * @example
 * VoiceRoomEventSchema.parse({ type: 'join', userId: 'bo', at: 0 }).type //=> 'join'
 * VoiceRoomEventSchema.parse({ type: 'set-role', hostId: 'ann', userId: 'bo', role: 'host', at: 0, seq: 7 }).seq //=> 7
 * @see voiceroom.roles
 */
export const VoiceRoomEventSchema = /* @__PURE__ */ defineSchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('join'), userId: IdSchema, at, seq }),
    z.object({ type: z.literal('leave'), userId: IdSchema, at, seq }),
    z.object({ type: z.literal('request-to-speak'), userId: IdSchema, at, seq }),
    z.object({
      type: z.literal('answer-speak-request'),
      hostId: IdSchema,
      userId: IdSchema,
      approve: z.boolean(),
      at,
      seq,
    }),
    z.object({
      type: z.literal('set-role'),
      hostId: IdSchema,
      userId: IdSchema,
      role: z.enum(['host', 'speaker', 'listener']),
      at,
      seq,
    }),
    z.object({ type: z.literal('invite-host'), hostId: IdSchema, userId: IdSchema, at, seq }),
    z.object({ type: z.literal('answer-host-invite'), userId: IdSchema, accept: z.boolean(), at, seq }),
    z.object({ type: z.literal('report'), at, seq }),
  ]),
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
    userId: IdSchema,
    role: z.enum(['host', 'speaker', 'listener']),
    requestedAt: EpochMsSchema.optional(),
    invitedBy: IdSchema.optional(),
  }),
);

/** Version 1, the stored form since 0.2.0 (what `JSON.stringify(room)` writes). */
const DocumentV1Schema = /* @__PURE__ */ defineSchema(() =>
  z.object({
    version: z.literal(1),
    roomId: IdSchema,
    openedAt: EpochMsSchema,
    lastEventAt: EpochMsSchema,
    reported: z.boolean(),
    lastSeq: z.int().positive().nullable(),
    participants: z.array(VoiceRoomParticipantSchema),
  }),
);

/** The form 0.1.0 stored (no version): talkers listed, listeners in a 32 x 32 table of buckets. */
const Document010Schema = /* @__PURE__ */ defineSchema(() => {
  const listener = z.object({ userId: IdSchema, requestedAt: EpochMsSchema.optional() });
  const bucket = z.array(listener).min(1).nullable();
  const row = z.array(bucket).length(TABLE_WIDTH).nullable();
  return z.object({
    version: z.undefined().optional(),
    roomId: IdSchema,
    openedAt: EpochMsSchema,
    lastEventAt: EpochMsSchema,
    reported: z.boolean(),
    talkers: z
      .array(z.object({ userId: IdSchema, role: z.enum(['host', 'speaker']), invitedBy: IdSchema.optional() }))
      .max(VOICE_ROOM_MAX_TALKERS),
    listenerCount: z.int().min(0).max(VOICE_ROOM_MAX_PARTICIPANTS),
    listeners: z.array(row).length(TABLE_WIDTH),
  });
});

/**
 * A stored voice room, read back into a room that answers every query and takes further events.
 * Reads the current stored form (version 1, what `JSON.stringify(room)` writes) and the form 0.1.0
 * wrote (no `version`: talkers plus a 32 x 32 listener table), in O(n). Checks what the rules
 * assume, listing every problem with its path (code `inconsistent-room`): nobody in the room twice,
 * at most 10 hosts + speakers and 1,500 people, the last event within the 48 hours, a pending
 * request only on a listener and dated within the room's life so far, an invitation only on a
 * speaker, `lastSeq` a positive integer or `null`.
 * @example
 * const room = VoiceRoomSchema.parse({ version: 1, roomId: 'r1', openedAt: 0, lastEventAt: 5, reported: false, lastSeq: null,
 *   participants: [{ userId: 'bo', role: 'listener', requestedAt: 5 }, { userId: 'ann', role: 'host' }] });
 * roleOf(room, 'bo') //=> 'listener'
 * JSON.stringify(room)
 * //=> '{"version":1,"roomId":"r1","openedAt":0,"lastEventAt":5,"reported":false,"lastSeq":null,"participants":[{"userId":"ann","role":"host"},{"userId":"bo","role":"listener","requestedAt":5}]}'
 * VoiceRoomSchema.safeParse({ version: 1, roomId: 'r1', openedAt: 0, lastEventAt: 0, reported: false, lastSeq: null,
 *   participants: [{ userId: 'ann', role: 'host', invitedBy: 'bo' }] }).error.issues[0].message //=> 'only a speaker can hold a host invitation'
 * @see voiceroom.capacity
 * @see voiceroom.speaker-cap
 */
export const VoiceRoomSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .discriminatedUnion('version', [DocumentV1Schema, Document010Schema])
    .check(refinement(voiceRoomProblems))
    .transform(loadVoiceRoom),
);
