/**
 * zod schemas of the voice-room inputs and of the stored room: the single source of their types.
 * @module
 */
import { z } from 'zod';
import { defineSchema, EpochMsSchema, InstantSchema } from '../core/index.js';
import { VOICE_ROOM_LIFETIME_MS, VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './rules.js';
import { TABLE_WIDTH } from './listenerTable.js';
import { Room } from './state.js';
import type { VoiceRoom, VoiceRoomParticipant } from './types.js';

const IdSchema = /* @__PURE__ */ defineSchema(() => z.string().min(1));

/**
 * The kind of chat a voice room would live in: an open chat (group or 1:1) or an ordinary chat.
 * @example
 * VoiceRoomChatKindSchema.parse('open-group') //=> 'open-group'
 * @see voiceroom.where
 */
export const VoiceRoomChatKindSchema = /* @__PURE__ */ defineSchema(() => z.enum(['open-group', 'open-direct', 'group', 'direct']));

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
 * for idempotent delivery (see {@link applyVoiceRoomEvent}).
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
    z.object({ type: z.literal('answer-speak-request'), hostId: IdSchema, userId: IdSchema, approve: z.boolean(), at, seq }),
    z.object({ type: z.literal('set-role'), hostId: IdSchema, userId: IdSchema, role: z.enum(['host', 'speaker', 'listener']), at, seq }),
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
    talkers: z.array(z.object({ userId: IdSchema, role: z.enum(['host', 'speaker']), invitedBy: IdSchema.optional() })).max(VOICE_ROOM_MAX_TALKERS),
    listenerCount: z.int().min(0).max(VOICE_ROOM_MAX_PARTICIPANTS),
    listeners: z.array(row).length(TABLE_WIDTH),
  });
});

type V1 = z.output<typeof DocumentV1Schema>;
type V010 = z.output<typeof Document010Schema>;
type Path = (string | number)[];
/** A stored participant and where it is in the input, for the issue paths. */
interface Placed { readonly p: VoiceRoomParticipant & { requestedAt?: number; invitedBy?: string }; readonly path: Path; readonly idPath: Path }

/** The participants of either form, each with its path in the input (0.1.0 paths as 0.1.0 named them). */
function placed(doc: V1 | V010): Placed[] {
  if (doc.version === 1) return doc.participants.map((p, i) => ({ p: p as Placed['p'], path: ['participants', i], idPath: ['participants', i, 'userId'] }));
  const out: Placed[] = doc.talkers.map((t, i) => ({ p: t as Placed['p'], path: ['talkers', i], idPath: ['talkers', i, 'userId'] }));
  doc.listeners.forEach((r, hi) =>
    r?.forEach((b, lo) =>
      b?.forEach((l, k) => {
        const path = ['listeners', hi, lo, k];
        out.push({ p: { ...l, role: 'listener' }, path, idPath: path });
      }),
    ),
  );
  return out;
}

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
    .superRefine((doc, ctx) => {
      const problem = (message: string, path: Path) => ctx.addIssue({ code: 'custom', message, path, params: { code: 'inconsistent-room' } });
      if (doc.lastEventAt < doc.openedAt) problem('lastEventAt is before openedAt', ['lastEventAt']);
      if (doc.lastEventAt >= doc.openedAt + VOICE_ROOM_LIFETIME_MS) problem('lastEventAt is at or after the end of the room', ['lastEventAt']);
      const all = placed(doc);
      const seen = new Set<string>();
      let talkers = 0;
      for (const { p, path, idPath } of all) {
        if (seen.has(p.userId)) problem(`${JSON.stringify(p.userId)} is in the room twice`, idPath);
        seen.add(p.userId);
        if (p.role !== 'listener') talkers++;
        if (p.invitedBy !== undefined && p.role !== 'speaker') problem('only a speaker can hold a host invitation', [...path, 'invitedBy']);
        if (p.requestedAt !== undefined) {
          if (p.role !== 'listener') problem('only a listener can have a pending request to speak', [...path, 'requestedAt']);
          else if (p.requestedAt < doc.openedAt || p.requestedAt > doc.lastEventAt) problem('requestedAt is outside the life of the room so far', [...path, 'requestedAt']);
        }
      }
      const listPath = doc.version === 1 ? ['participants'] : ['listeners'];
      if (talkers > VOICE_ROOM_MAX_TALKERS) problem(`${talkers} hosts and speakers; at most ${VOICE_ROOM_MAX_TALKERS} can talk`, listPath);
      if (all.length > VOICE_ROOM_MAX_PARTICIPANTS) problem('more participants than the room holds', listPath);
      if (doc.version !== 1 && all.length - doc.talkers.length !== doc.listenerCount) {
        problem(`listenerCount is ${doc.listenerCount} but ${all.length - doc.talkers.length} listeners are stored`, ['listenerCount']);
      }
    })
    .transform((doc): VoiceRoom => {
      const participants = placed(doc).map(({ p }) => p);
      const lastSeq = doc.version === 1 ? doc.lastSeq : null;
      return Room.load({ roomId: doc.roomId, openedAt: doc.openedAt, lastEventAt: doc.lastEventAt, reported: doc.reported, lastSeq, participants });
    }),
);
