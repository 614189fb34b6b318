/**
 * Questions about a room: who has which role, how many are in it, what is pending, where its voice
 * data goes.
 * @module
 */
import { allListeners, findListener } from './listenerTable.js';
import { requireId, requireRoom } from './argumentChecks.js';
import { Room, byUserId } from './state.js';
import type {
  VoiceDataDisposition,
  VoiceRoom,
  VoiceRoomParticipant,
  VoiceRoomPendingHostInvite,
  VoiceRoomPendingSpeakRequest,
  VoiceRoomRole,
} from './types.js';

/**
 * The roster of a room: every participant with its role and what is pending for it, hosts first,
 * then speakers, then listeners, each in user-id order (the order of the stored document).
 *
 * @param room - a voice room.
 * @returns `{ userId, role, invitedBy?, requestedAt? }[]`, frozen (built once per room).
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * const room = replayVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }, [
 *   { type: 'join', userId: 'cy', at: 1 },
 *   { type: 'join', userId: 'bo', at: 1 },
 *   { type: 'request-to-speak', userId: 'cy', at: 2 },
 *   { type: 'join', userId: 'al', at: 3 },
 *   { type: 'set-role', hostId: 'ann', userId: 'al', role: 'speaker', at: 4 },
 * ]).value;
 *
 * voiceRoomParticipants(room)
 * //=> [{ userId: 'ann', role: 'host' }, { userId: 'al', role: 'speaker' }, { userId: 'bo', role: 'listener' }, { userId: 'cy', role: 'listener', requestedAt: 2 }]
 * @see voiceroom.roles
 */
export function voiceRoomParticipants(room: VoiceRoom): readonly VoiceRoomParticipant[] {
  return Room.roster(requireRoom(room, 'voiceRoomParticipants'));
}

/**
 * The role of a participant, or `undefined` for someone not in the room.
 *
 * @param room - a voice room.
 * @param userId - the participant.
 * @returns `'host' | 'speaker' | 'listener'`, or `undefined`.
 * @throws {RuleInputError} when `room` is not a room or `userId` not a non-empty string.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * roleOf(room, 'ann') //=> 'host'
 * roleOf(room, 'bo') //=> undefined
 * @see voiceroom.roles
 */
export function roleOf(room: VoiceRoom, userId: string): VoiceRoomRole | undefined {
  const r = requireRoom(room, 'roleOf');
  const id = requireId(userId, 'roleOf', 'userId');
  for (const t of Room.talkers(r)) if (t.userId === id) return t.role;
  return findListener(Room.listeners(r), id) === undefined ? undefined : 'listener';
}

/**
 * How many people are in the room (hosts, speakers and listeners); never more than 1,500.
 *
 * @param room - a voice room.
 * @returns the number of participants.
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * participantCount(openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value) //=> 1
 * @see voiceroom.capacity
 */
export function participantCount(room: VoiceRoom): number {
  const r = requireRoom(room, 'participantCount');
  return Room.listenerCount(r) + Room.talkers(r).length;
}

/**
 * How many people hold a talking role (hosts + speakers); never more than 10.
 *
 * @param room - a voice room.
 * @returns the number of hosts and speakers.
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * talkerCount(openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value) //=> 1
 * @see voiceroom.speaker-cap
 */
export function talkerCount(room: VoiceRoom): number {
  return Room.talkers(requireRoom(room, 'talkerCount')).length;
}

/**
 * The hosts of the room, in user-id order. Empty once the last host has left:
 * the room stays open, no successor is chosen, and no role can change until a host exists.
 *
 * @param room - a voice room.
 * @returns the hosts' user ids (a new array).
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * hostIds(room) //=> ['ann']
 * hostIds(applyVoiceRoomEvent(room, { type: 'leave', userId: 'ann', at: 1000 }).value) //=> []
 * @see voiceroom.hostless
 */
export function hostIds(room: VoiceRoom): string[] {
  return Room.talkers(requireRoom(room, 'hostIds'))
    .filter((t) => t.role === 'host')
    .map((t) => t.userId)
    .sort();
}

/**
 * The pending requests to speak, oldest first (ties by user id).
 *
 * @param room - a voice room.
 * @returns a {@link VoiceRoomPendingSpeakRequest} (`{ userId, requestedAt }`, epoch ms) for each listener waiting
 *   for a host's answer.
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * const joined = applyVoiceRoomEvent(room, { type: 'join', userId: 'bo', at: 1000 }).value;
 * pendingSpeakRequests(applyVoiceRoomEvent(joined, { type: 'request-to-speak', userId: 'bo', at: 2000 }).value) //=> [{ userId: 'bo', requestedAt: 2000 }]
 * @see voiceroom.speak-request
 */
export function pendingSpeakRequests(room: VoiceRoom): VoiceRoomPendingSpeakRequest[] {
  return allListeners(Room.listeners(requireRoom(room, 'pendingSpeakRequests')))
    .flatMap(({ userId, requestedAt }) => (requestedAt === undefined ? [] : [{ userId, requestedAt }]))
    .sort(oldestFirst);
}

/** Orders pending requests by time, then by user id. */
function oldestFirst(a: VoiceRoomPendingSpeakRequest, b: VoiceRoomPendingSpeakRequest): number {
  // Stryker disable next-line EqualityOperator: a room holds each user id once (VoiceRoomSchema), so < and <= never differ here
  return a.requestedAt - b.requestedAt || (a.userId < b.userId ? -1 : 1);
}

/**
 * The pending invitations to become host: each invited speaker and the host who invited them.
 *
 * @param room - a voice room.
 * @returns a {@link VoiceRoomPendingHostInvite} (`{ userId, hostId }`) for each pending invitation, in the
 *   invitee's user-id order.
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * const room = replayVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }, [
 *   { type: 'join', userId: 'bo', at: 1 },
 *   { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'speaker', at: 2 },
 *   { type: 'invite-host', hostId: 'ann', userId: 'bo', at: 3 },
 * ]).value;
 * pendingHostInvites(room) //=> [{ userId: 'bo', hostId: 'ann' }]
 * @see voiceroom.host-invite
 */
export function pendingHostInvites(room: VoiceRoom): VoiceRoomPendingHostInvite[] {
  return Room.talkers(requireRoom(room, 'pendingHostInvites'))
    .flatMap(({ userId, invitedBy }) => (invitedBy === undefined ? [] : [{ userId, hostId: invitedBy }]))
    .sort(byUserId);
}

/**
 * Where the room's voice data goes: to Kakao's report server once anyone has reported the room,
 * otherwise it is deleted as soon as the room ends.
 *
 * @param room - a voice room.
 * @returns `'send-to-report-server'` or `'delete-at-room-end'`.
 * @throws {RuleInputError} when `room` is not a room.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
 * voiceDataDisposition(room) //=> 'delete-at-room-end'
 * voiceDataDisposition(applyVoiceRoomEvent(room, { type: 'report', at: 1000 }).value) //=> 'send-to-report-server'
 * @see voiceroom.voice-data
 */
export function voiceDataDisposition(room: VoiceRoom): VoiceDataDisposition {
  return requireRoom(room, 'voiceDataDisposition').reported ? 'send-to-report-server' : 'delete-at-room-end';
}
