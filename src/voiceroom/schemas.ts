/**
 * zod schemas of the voice-room inputs and of the stored room: the single source of their types.
 * @module
 */
import { z } from 'zod';
import { defineSchema, EpochMsSchema, InstantSchema } from '../core/index.js';
import { VOICE_ROOM_LIFETIME_MS, VOICE_ROOM_MAX_PARTICIPANTS, VOICE_ROOM_MAX_TALKERS } from './constants.js';
import { TABLE_WIDTH, allListeners, listenerSlot } from './listenerTable.js';

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

/**
 * One thing that happens in a voice room, discriminated by `type`; every event carries its instant `at`.
 * `hostId` names the host acting, `userId` the participant acted on (or acting, for join, leave,
 * request-to-speak and answer-host-invite).
 * @example
 * VoiceRoomEventSchema.parse({ type: 'join', userId: 'bo', at: 0 }).type //=> 'join'
 * @see voiceroom.roles
 */
export const VoiceRoomEventSchema = /* @__PURE__ */ defineSchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('join'), userId: IdSchema, at }),
    z.object({ type: z.literal('leave'), userId: IdSchema, at }),
    z.object({ type: z.literal('request-to-speak'), userId: IdSchema, at }),
    z.object({ type: z.literal('answer-speak-request'), hostId: IdSchema, userId: IdSchema, approve: z.boolean(), at }),
    z.object({ type: z.literal('set-role'), hostId: IdSchema, userId: IdSchema, role: z.enum(['speaker', 'listener']), at }),
    z.object({ type: z.literal('invite-host'), hostId: IdSchema, userId: IdSchema, at }),
    z.object({ type: z.literal('answer-host-invite'), userId: IdSchema, accept: z.boolean(), at }),
    z.object({ type: z.literal('report'), at }),
  ]),
);

/**
 * A participant holding a talking role. `invitedBy` names the host whose invitation to become host is
 * pending (speakers only).
 * @example
 * VoiceRoomTalkerSchema.parse({ userId: 'ann', role: 'host' }).role //=> 'host'
 * @see voiceroom.host-invite
 */
export const VoiceRoomTalkerSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .object({ userId: IdSchema, role: z.enum(['host', 'speaker']), invitedBy: IdSchema.optional() })
    .readonly(),
);

/**
 * A listener; `requestedAt` (epoch ms) is present while its request to speak is pending.
 * @example
 * VoiceRoomListenerSchema.parse({ userId: 'bo' }).userId //=> 'bo'
 * @see voiceroom.speak-request
 */
export const VoiceRoomListenerSchema = /* @__PURE__ */ defineSchema(() => z.object({ userId: IdSchema, requestedAt: EpochMsSchema.optional() }).readonly());

const bucket = /* @__PURE__ */ defineSchema(() => z.array(VoiceRoomListenerSchema).min(1).readonly().nullable());
const row = /* @__PURE__ */ defineSchema(() => z.array(bucket).length(TABLE_WIDTH).readonly().nullable());

/**
 * A stored voice room: plain data (instants as epoch ms) that survives `JSON.stringify` and this
 * schema. Talkers (hosts and speakers, at most 10) are listed; listeners sit in a persistent hash
 * table of plain arrays (`listeners[hi][lo]`, see the module docs) so an event copies only what it
 * changes. The schema also checks the room is consistent (counts, caps, no one twice, times in order).
 * @example
 * VoiceRoomSchema.safeParse({}).success //=> false
 * @see voiceroom.capacity
 */
export const VoiceRoomSchema = /* @__PURE__ */ defineSchema(() =>
  z
    .object({
      roomId: IdSchema,
      openedAt: EpochMsSchema,
      lastEventAt: EpochMsSchema,
      reported: z.boolean(),
      talkers: z.array(VoiceRoomTalkerSchema).max(VOICE_ROOM_MAX_TALKERS).readonly(),
      listenerCount: z.int().min(0).max(VOICE_ROOM_MAX_PARTICIPANTS),
      listeners: z.array(row).length(TABLE_WIDTH).readonly(),
    })
    .readonly()
    .superRefine((room, ctx) => {
      const problem = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path, params: { code: 'inconsistent-room' } });
      if (room.lastEventAt < room.openedAt) problem('lastEventAt is before openedAt', ['lastEventAt']);
      if (room.lastEventAt >= room.openedAt + VOICE_ROOM_LIFETIME_MS) problem('lastEventAt is at or after the end of the room', ['lastEventAt']);
      const seen = new Set<string>();
      const once = (id: string, path: (string | number)[]) => {
        if (seen.has(id)) problem(`${JSON.stringify(id)} is in the room twice`, path);
        seen.add(id);
      };
      room.talkers.forEach((t, i) => {
        once(t.userId, ['talkers', i, 'userId']);
        if (t.invitedBy !== undefined && t.role !== 'speaker') problem('only a speaker can hold a host invitation', ['talkers', i, 'invitedBy']);
      });
      room.listeners.forEach((r, hi) =>
        r?.forEach((b, lo) =>
          b?.forEach((l, k) => {
            const path = ['listeners', hi, lo, k];
            once(l.userId, path);
            if (listenerSlot(l.userId) !== hi * TABLE_WIDTH + lo) problem(`${JSON.stringify(l.userId)} is in the wrong bucket`, path);
            if (l.requestedAt !== undefined && (l.requestedAt < room.openedAt || l.requestedAt > room.lastEventAt)) {
              problem('requestedAt is outside the life of the room so far', [...path, 'requestedAt']);
            }
          }),
        ),
      );
      const count = allListeners(room.listeners).length;
      if (count !== room.listenerCount) problem(`listenerCount is ${room.listenerCount} but ${count} listeners are stored`, ['listenerCount']);
      if (count + room.talkers.length > VOICE_ROOM_MAX_PARTICIPANTS) problem('more participants than the room holds', ['listeners']);
    }),
);
