/**
 * The voice-room rules, each in one place: a section per rule id (search for the id once) holding the
 * rule's named numbers, its refusal types, its prebuilt refusals (frozen at module load, returned from
 * the hot path without allocating) and its catalogue entry, whose `limits` refer to those. The unions
 * of several rules' refusals close the file, beside the module's code list. The entries' `codes` are
 * written out as literals, as in the other modules: a property read such as `ROOM_FULL.code` counts as
 * a possible side effect to a bundler, which then keeps every entry (its prose) in every bundle of a
 * rule function; the module's rules test checks each list against the refusals. The root
 * `src/rules.ts` assembles `VOICEROOM_RULES` into `RULES`.
 * @module
 */
import { SOURCE_CALLS_FAQ, defineRules, refusal, type Refusal, type RuleEntry } from '../core/index.js';

const src = [SOURCE_CALLS_FAQ] as const;

// ---- voiceroom.where ----

/** Why {@link openVoiceRoom} says no: the chat is not an open chat, or is a 1:1 one (voiceroom.where). */
export type VoiceRoomOpeningRefusal = Refusal<'not-open-chat' | 'not-group-chat', 'voiceroom.where'>;

export const NOT_OPEN_CHAT = /* @__PURE__ */ refusal(
  'voiceroom.where',
  'not-open-chat',
  'A voice room can only be opened in an open chat.',
  '보이스룸은 오픈채팅방에서만 열 수 있어요.',
);

export const NOT_GROUP_CHAT = /* @__PURE__ */ refusal(
  'voiceroom.where',
  'not-group-chat',
  'A voice room can only be opened in a group open chat, not in a 1:1 open chat.',
  '보이스룸은 1:1 오픈채팅방이 아닌 그룹 오픈채팅방에서만 열 수 있어요.',
);

const WHERE_RULE = {
  id: 'voiceroom.where',
  module: 'voiceroom',
  summary: {
    en: 'A voice room is a voice chat inside a KakaoTalk Open Chat. Only a group open chat can host one (not a 1:1 open chat, not an ordinary chat); any member may open it.',
    ko: '보이스룸은 카카오톡 오픈채팅 안의 음성 대화입니다. 그룹 오픈채팅방에서만 만들 수 있고(1:1 오픈채팅·일반 채팅 불가), 멤버라면 누구나 열 수 있습니다.',
  },
  sources: src,
  enforcedBy: ['openVoiceRoom'],
  codes: ['not-open-chat', 'not-group-chat'],
} as const satisfies RuleEntry;

// ---- voiceroom.capacity ----

/**
 * At most 1,500 people are in a voice room at once, hosts included (the Open Chat maximum).
 * @example
 * VOICE_ROOM_MAX_PARTICIPANTS //=> 1500
 * @see voiceroom.capacity
 */
export const VOICE_ROOM_MAX_PARTICIPANTS = 1500;

/** A join refused because the room already holds 1,500 people; `limit` is that number (voiceroom.capacity). */
export type VoiceRoomCapacityRefusal = Refusal<'room-full', 'voiceroom.capacity', { limit: number }>;

export const ROOM_FULL = /* @__PURE__ */ refusal(
  'voiceroom.capacity',
  'room-full',
  'This voice room is full (1,500 people).',
  '보이스룸 인원이 가득 찼어요(최대 1,500명).',
  { limit: VOICE_ROOM_MAX_PARTICIPANTS },
);

const CAPACITY_RULE = {
  id: 'voiceroom.capacity',
  module: 'voiceroom',
  summary: {
    en: 'At most 1,500 people (the Open Chat maximum) are in a voice room at once, hosts included; the join that would make 1,501 is refused.',
    ko: '한 보이스룸에는 진행자를 포함해 동시에 최대 1,500명(오픈채팅 최대 인원)까지 있을 수 있으며, 1,501번째 입장은 거절됩니다.',
  },
  sources: src,
  limits: { maxParticipants: VOICE_ROOM_MAX_PARTICIPANTS },
  enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'participantCount'],
  codes: ['room-full'],
} as const satisfies RuleEntry;

// ---- voiceroom.roles ----

/** An event naming someone who is not in the room (voiceroom.roles). */
export type VoiceRoomRolesRefusal = Refusal<'unknown-participant', 'voiceroom.roles'>;

export const UNKNOWN_PARTICIPANT = /* @__PURE__ */ refusal(
  'voiceroom.roles',
  'unknown-participant',
  'This person is not in the voice room.',
  '보이스룸에 없는 사람이에요.',
);

const ROLES_RULE = {
  id: 'voiceroom.roles',
  module: 'voiceroom',
  summary: {
    en: 'Three roles: host, speaker and listener. Only hosts and speakers can talk.',
    ko: '역할은 진행자, 스피커, 리스너 세 가지이며, 말할 수 있는 것은 진행자와 스피커뿐입니다.',
  },
  sources: src,
  interpretation:
    'A participant is exactly one of host, speaker or listener. An event naming someone who is not in the room is refused with code unknown-participant under this rule.',
  enforcedBy: ['roleOf', 'voiceRoomParticipants', 'parseVoiceRoom', 'applyVoiceRoomEvent', 'canApply'],
  codes: ['unknown-participant'],
} as const satisfies RuleEntry;

// ---- voiceroom.entry-role ----

/** A join by someone already in the room (voiceroom.entry-role). */
export type VoiceRoomEntryRoleRefusal = Refusal<'already-in-room', 'voiceroom.entry-role'>;

export const ALREADY_IN_ROOM = /* @__PURE__ */ refusal(
  'voiceroom.entry-role',
  'already-in-room',
  'This person is already in the voice room.',
  '이미 보이스룸에 들어와 있어요.',
);

const ENTRY_ROLE_RULE = {
  id: 'voiceroom.entry-role',
  module: 'voiceroom',
  summary: {
    en: 'The creator starts as the only host. Everyone who joins comes in as a listener, even someone who had a role before leaving.',
    ko: '개설자만 처음에 진행자이며, 들어오는 사람은 이전에 역할이 있었더라도 모두 리스너로 입장합니다.',
  },
  sources: src,
  enforcedBy: ['openVoiceRoom', 'applyVoiceRoomEvent'],
  codes: ['already-in-room'],
} as const satisfies RuleEntry;

// ---- voiceroom.role-change-by-host ----

/**
 * A role change refused: the actor is not a host, a host names itself, or the target already has
 * the role (voiceroom.role-change-by-host).
 */
export type VoiceRoomRoleChangeRefusal = Refusal<
  'not-a-host' | 'cannot-change-own-role' | 'already-in-role',
  'voiceroom.role-change-by-host'
>;

export const NOT_A_HOST = /* @__PURE__ */ refusal(
  'voiceroom.role-change-by-host',
  'not-a-host',
  'Only a host can do this.',
  '진행자만 할 수 있어요.',
);

export const CANNOT_CHANGE_OWN_ROLE = /* @__PURE__ */ refusal(
  'voiceroom.role-change-by-host',
  'cannot-change-own-role',
  'A host cannot change their own role, but can leave the room.',
  '진행자는 자신의 역할을 바꿀 수 없어요. 방을 나갈 수는 있어요.',
);

export const ALREADY_IN_ROLE = /* @__PURE__ */ refusal(
  'voiceroom.role-change-by-host',
  'already-in-role',
  'This person already has that role.',
  '이미 그 역할이에요.',
);

const ROLE_CHANGE_BY_HOST_RULE = {
  id: 'voiceroom.role-change-by-host',
  module: 'voiceroom',
  summary: {
    en: "Only a host changes roles, and only someone else's: a host sets any other participant directly to host, speaker or listener, within the talker cap. A host cannot change its own role but can leave.",
    ko: '역할은 진행자만, 그리고 다른 참여자의 것만 바꿀 수 있습니다. 진행자는 다른 참여자를 진행자·스피커·리스너 중 어느 역할로든 바로 바꿀 수 있으며(말하는 인원 제한 안에서), 자기 역할은 바꿀 수 없고 나갈 수만 있습니다.',
  },
  sources: src,
  interpretation:
    "The source lists host, speaker and listener as the targets of a host's change of the other party's role, so set-role takes role 'host' too (revised in 0.2.0: 0.1.0 allowed host only by invitation). A listener made host takes a talking place and is refused at the cap (talker-cap-reached); a speaker made host keeps its place, and any invitation it held is used up. A host may demote another host. Setting the role someone already has is refused (already-in-role) rather than accepted as a no-op; a host naming itself is refused (cannot-change-own-role) whatever the role.",
  enforcedBy: ['applyVoiceRoomEvent', 'canApply'],
  codes: ['not-a-host', 'cannot-change-own-role', 'already-in-role'],
} as const satisfies RuleEntry;

// ---- voiceroom.speaker-cap ----

/**
 * At most 10 participants hold a talking role (hosts + speakers).
 * @example
 * VOICE_ROOM_MAX_TALKERS //=> 10
 * @see voiceroom.speaker-cap
 */
export const VOICE_ROOM_MAX_TALKERS = 10;

/** A change that would make an eleventh talker; `limit` is the cap, 10 (voiceroom.speaker-cap). */
export type VoiceRoomSpeakerCapRefusal = Refusal<'talker-cap-reached', 'voiceroom.speaker-cap', { limit: number }>;

export const TALKER_CAP_REACHED = /* @__PURE__ */ refusal(
  'voiceroom.speaker-cap',
  'talker-cap-reached',
  'At most 10 people can talk at once, hosts included.',
  '진행자를 포함해 최대 10명까지만 말할 수 있어요.',
  { limit: VOICE_ROOM_MAX_TALKERS },
);

const SPEAKER_CAP_RULE = {
  id: 'voiceroom.speaker-cap',
  module: 'voiceroom',
  summary: {
    en: 'At most 10 participants hold a talking role, hosts included (hosts + speakers <= 10); a change that would make 11 is refused.',
    ko: '말할 수 있는 역할(진행자+스피커)은 진행자를 포함해 최대 10명이며, 11명이 되게 하는 변경은 거절됩니다.',
  },
  sources: src,
  limits: { maxTalkers: VOICE_ROOM_MAX_TALKERS },
  enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'talkerCount'],
  codes: ['talker-cap-reached'],
} as const satisfies RuleEntry;

// ---- voiceroom.host-invite ----

/**
 * An invitation to become host refused: the invitee is not a speaker, already holds one, or there is
 * none to answer (voiceroom.host-invite).
 */
export type VoiceRoomHostInviteRefusal = Refusal<
  'invitee-not-speaker' | 'invite-already-pending' | 'no-pending-invite',
  'voiceroom.host-invite'
>;

export const INVITEE_NOT_SPEAKER = /* @__PURE__ */ refusal(
  'voiceroom.host-invite',
  'invitee-not-speaker',
  'Only a speaker can be invited to become a host; make a listener a speaker first.',
  '스피커만 진행자로 초대할 수 있어요. 리스너는 먼저 스피커로 바꿔 주세요.',
);

export const INVITE_ALREADY_PENDING = /* @__PURE__ */ refusal(
  'voiceroom.host-invite',
  'invite-already-pending',
  'This speaker already has a pending invitation to become a host.',
  '이미 진행자 초대를 받은 스피커예요.',
);

export const NO_PENDING_INVITE = /* @__PURE__ */ refusal(
  'voiceroom.host-invite',
  'no-pending-invite',
  'There is no pending invitation to become a host.',
  '받은 진행자 초대가 없어요.',
);

const HOST_INVITE_RULE = {
  id: 'voiceroom.host-invite',
  module: 'voiceroom',
  summary: {
    en: 'A host makes another host by inviting a speaker, who becomes host only on accepting. Listeners cannot be invited. An invitation lapses if the invitee leaves or stops being a speaker first.',
    ko: '진행자는 스피커를 진행자로 초대할 수 있고, 초대받은 스피커가 수락해야 진행자가 됩니다. 리스너는 초대할 수 없으며, 수락 전에 나가거나 스피커가 아니게 되면 초대는 사라집니다.',
  },
  sources: src,
  interpretation:
    'The invitation is a second path beside a direct set-role to host (voiceroom.role-change-by-host): a host may also invite a speaker, who decides. Lapsing on leave or demotion is our reading: the source only says a host may invite a speaker. One pending invitation per speaker (invite-already-pending). The invitation stays valid if the inviting host later leaves or is demoted: the source ties it to the invitee only.',
  enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'pendingHostInvites'],
  codes: ['invitee-not-speaker', 'invite-already-pending', 'no-pending-invite'],
} as const satisfies RuleEntry;

// ---- voiceroom.speak-request ----

/**
 * A request to speak refused: the asker is not a listener, already asked, or there is no request to
 * answer (voiceroom.speak-request).
 */
export type VoiceRoomSpeakRequestRefusal = Refusal<
  'not-a-listener' | 'request-already-pending' | 'no-pending-request',
  'voiceroom.speak-request'
>;

export const NOT_A_LISTENER = /* @__PURE__ */ refusal(
  'voiceroom.speak-request',
  'not-a-listener',
  'Only a listener can ask to speak.',
  '말하기 요청은 리스너만 할 수 있어요.',
);

export const REQUEST_ALREADY_PENDING = /* @__PURE__ */ refusal(
  'voiceroom.speak-request',
  'request-already-pending',
  'This listener already has a pending request to speak.',
  '이미 말하기 요청을 보냈어요.',
);

export const NO_PENDING_REQUEST = /* @__PURE__ */ refusal(
  'voiceroom.speak-request',
  'no-pending-request',
  'This listener has no pending request to speak.',
  '대기 중인 말하기 요청이 없어요.',
);

const SPEAK_REQUEST_RULE = {
  id: 'voiceroom.speak-request',
  module: 'voiceroom',
  summary: {
    en: 'A listener who wants to talk asks a host; the host approves (the listener becomes a speaker if the cap allows) or declines. Only listeners ask, one pending request each.',
    ko: '말하고 싶은 리스너는 진행자에게 요청하고, 진행자가 승인하면(인원 제한 안에서) 스피커가 되며 거절할 수도 있습니다. 요청은 리스너만, 한 번에 하나씩 할 수 있습니다.',
  },
  sources: src,
  interpretation:
    "A declined request is cleared and the listener may ask again. A pending request disappears when the listener leaves or becomes a speaker by a host's set-role.",
  enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'pendingSpeakRequests'],
  codes: ['not-a-listener', 'request-already-pending', 'no-pending-request'],
} as const satisfies RuleEntry;

// ---- voiceroom.lifetime ----

/**
 * The lifetime in hours, as the rule book and the catalogue state it.
 * @example
 * VOICE_ROOM_LIFETIME_HOURS //=> 48
 * @see voiceroom.lifetime
 */
export const VOICE_ROOM_LIFETIME_HOURS = 48;

/**
 * A voice room ends by itself 48 hours after it opened.
 * @example
 * VOICE_ROOM_LIFETIME_MS //=> 172800000
 * @see voiceroom.lifetime
 */
export const VOICE_ROOM_LIFETIME_MS = VOICE_ROOM_LIFETIME_HOURS * 3_600_000;

/** An event after the room's 48 hours, or earlier than the last one it accepted (voiceroom.lifetime). */
export type VoiceRoomLifetimeRefusal = Refusal<'room-ended' | 'event-out-of-order', 'voiceroom.lifetime'>;

export const ROOM_ENDED = /* @__PURE__ */ refusal(
  'voiceroom.lifetime',
  'room-ended',
  'The voice room has ended (48 hours after it opened).',
  '보이스룸이 종료되었어요(개설 후 48시간).',
);

export const EVENT_OUT_OF_ORDER = /* @__PURE__ */ refusal(
  'voiceroom.lifetime',
  'event-out-of-order',
  'This event is earlier than the last one the room accepted (or than its opening).',
  '방이 마지막으로 받은 이벤트(또는 개설 시각)보다 이른 이벤트예요.',
);

/**
 * How many numbered events a room remembers (its `receipts`, oldest first): a redelivery of one of
 * them is recognised (`duplicate: true`) or refused as a conflict; an older `seq` is `seq-forgotten`.
 * @example
 * VOICE_ROOM_RECEIPT_WINDOW //=> 64
 * @see voiceroom.lifetime
 */
export const VOICE_ROOM_RECEIPT_WINDOW = 64;

/**
 * The longest id (`roomId`, `userId`, `hostId`, `creatorId`) an event or an opening may carry, in
 * characters (code points); ids are also non-blank (not only whitespace).
 * @example
 * VOICE_ROOM_MAX_ID_LENGTH //=> 256
 * @see voiceroom.roles
 */
export const VOICE_ROOM_MAX_ID_LENGTH = 256;

/**
 * What an id must match besides its length: no line break (of any dialect: \n \r U+0085 U+2028
 * U+2029) and at least one character that is not whitespace (JavaScript's \s; U+0085 too). The
 * characters themselves (no escapes) and anchored, so every JSON Schema validator reads it alike.
 */
const LINE_BREAKS = '\n\r\u0085\u2028\u2029';
const WHITESPACE = '\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const ID_PATTERN = /* @__PURE__ */ new RegExp(`^[^${LINE_BREAKS}]*[^${WHITESPACE}][^${LINE_BREAKS}]*$`);

/**
 * The most events one call of `replayVoiceRoom` or `applyVoiceRoomEvents` takes (checked before any
 * event is read): a library cap, not a Kakao rule; split longer logs into batches.
 * @example
 * VOICE_ROOM_MAX_BATCH //=> 100000
 * @see voiceroom.lifetime
 */
export const VOICE_ROOM_MAX_BATCH = 100_000;

/** A numbered event ahead of the next one the room expects; `expected` is that seq (voiceroom.lifetime). */
export type VoiceRoomSeqGapRefusal = Refusal<'seq-gap', 'voiceroom.lifetime', { expected: number }>;

/**
 * Why a numbered event is not taken: a gap before it, a different event already taken with its seq,
 * or a seq older than the room remembers (voiceroom.lifetime). Nothing changes.
 */
export type VoiceRoomDeliveryRefusal =
  | VoiceRoomSeqGapRefusal
  | Refusal<'seq-conflict' | 'seq-forgotten', 'voiceroom.lifetime'>;

/** The refusal of a numbered event whose `seq` is ahead of the next one the room expects. */
export function seqGap(expected: number): VoiceRoomSeqGapRefusal {
  return Object.freeze({ ...SEQ_GAP, expected });
}

const SEQ_GAP = /* @__PURE__ */ refusal(
  'voiceroom.lifetime',
  'seq-gap',
  'This event is ahead of the next one the room expects: send the missing events first.',
  '방이 기다리는 다음 이벤트보다 앞선 이벤트예요. 빠진 이벤트를 먼저 보내 주세요.',
);

export const SEQ_CONFLICT = /* @__PURE__ */ refusal(
  'voiceroom.lifetime',
  'seq-conflict',
  'The room already took a different event with this seq.',
  '방이 이 순번으로 다른 이벤트를 이미 받았어요.',
);

export const SEQ_FORGOTTEN = /* @__PURE__ */ refusal(
  'voiceroom.lifetime',
  'seq-forgotten',
  "This seq is older than the events the room remembers: only the service's own record can say what became of it.",
  '방이 기억하는 범위보다 오래된 순번이에요. 처리 결과는 서비스의 기록에서 확인해야 해요.',
);

const LIFETIME_RULE = {
  id: 'voiceroom.lifetime',
  module: 'voiceroom',
  summary: {
    en: 'A voice room ends by itself 48 hours after it opened; from that instant no event is accepted.',
    ko: '보이스룸은 개설 48시간 뒤 자동으로 끝나며, 그 시각부터는 어떤 이벤트도 받지 않습니다.',
  },
  sources: src,
  interpretation:
    "The room is a log that runs forward: an event earlier than the last accepted one (or than the opening) is refused with event-out-of-order under this rule; events at the same instant are accepted in order. An event at exactly opened + 48 h is refused (room-ended). Delivery (a library contract, not a Kakao rule; 0.3.0): an event may carry seq, a positive integer per room, numbering one producer's stream. With expected = (lastSeq ?? 0) + 1: seq = expected is decided by the rules and takes its place either way (lastSeq = seq, revision + 1, a receipt with the outcome; a refusal then carries the room to store, so the writer is never stuck); seq > expected is refused seq-gap (nothing changes; expected is given); seq < expected is a redelivery when the room remembers that seq (its last 64 receipts) with an equal event (the first answer again, duplicate: true), seq-conflict when it remembers a different event, and seq-forgotten when the seq is older than what it remembers (the service's own record must answer). Every change to the stored document adds one to revision, and nothing else does. Events without seq are decided by the rules alone, as before.",
  limits: {
    lifetimeHours: VOICE_ROOM_LIFETIME_HOURS,
    receiptWindow: VOICE_ROOM_RECEIPT_WINDOW,
    maxBatch: VOICE_ROOM_MAX_BATCH,
  },
  enforcedBy: [
    'applyVoiceRoomEvent',
    'applyVoiceRoomEvents',
    'canApply',
    'replayVoiceRoom',
    'roomAfter',
    'voiceRoomSchedule',
    'voiceRoomPhase',
    'nextVoiceRoomChange',
  ],
  codes: ['room-ended', 'event-out-of-order', 'seq-gap', 'seq-conflict', 'seq-forgotten'],
} as const satisfies RuleEntry;

// ---- voiceroom.end-warning ----

/**
 * How many minutes before the end the warning appears, as the rule book and the catalogue state it.
 * @example
 * VOICE_ROOM_END_WARNING_MINUTES //=> 10
 * @see voiceroom.end-warning
 */
export const VOICE_ROOM_END_WARNING_MINUTES = 10;

/**
 * The end warning appears 10 minutes before the automatic end.
 * @example
 * VOICE_ROOM_END_WARNING_MS //=> 600000
 * @see voiceroom.end-warning
 */
export const VOICE_ROOM_END_WARNING_MS = VOICE_ROOM_END_WARNING_MINUTES * 60_000;

const END_WARNING_RULE = {
  id: 'voiceroom.end-warning',
  module: 'voiceroom',
  summary: {
    en: 'An end warning appears 10 minutes before the automatic end, at opening + 47 h 50 min.',
    ko: '자동 종료 10분 전(개설 후 47시간 50분)에 종료 알림이 표시됩니다.',
  },
  sources: src,
  limits: { warningMinutesBeforeEnd: VOICE_ROOM_END_WARNING_MINUTES },
  enforcedBy: ['voiceRoomSchedule', 'voiceRoomPhase'],
  codes: [],
} as const satisfies RuleEntry;

// ---- voiceroom.voice-data ----

const VOICE_DATA_RULE = {
  id: 'voiceroom.voice-data',
  module: 'voiceroom',
  summary: {
    en: 'Voice data collected in a room goes to the report server only if someone reports; otherwise it is deleted as soon as the room ends.',
    ko: '보이스룸에서 수집된 음성 데이터는 신고가 있을 때만 신고 서버로 전송되고, 신고가 없으면 방이 끝나는 즉시 삭제됩니다.',
  },
  sources: src,
  enforcedBy: ['applyVoiceRoomEvent', 'voiceDataDisposition'],
  codes: [],
} as const satisfies RuleEntry;

// ---- voiceroom.hostless ----

/** A host action while the room has no host (voiceroom.hostless). */
export type VoiceRoomHostlessRefusal = Refusal<'no-host', 'voiceroom.hostless'>;

export const NO_HOST = /* @__PURE__ */ refusal(
  'voiceroom.hostless',
  'no-host',
  'The room has no host right now, so no role can change.',
  '지금은 진행자가 없어서 역할을 바꿀 수 없어요.',
);

const HOSTLESS_RULE = {
  id: 'voiceroom.hostless',
  module: 'voiceroom',
  summary: {
    en: 'Undocumented: what happens when the last host leaves. The room stays open and reports that it has no host; no role can change until a host exists.',
    ko: '문서에 없음: 마지막 진행자가 나갔을 때의 동작. 방은 열린 채로 진행자가 없음을 드러내며, 진행자가 생기기 전에는 역할을 바꿀 수 없습니다.',
  },
  sources: src,
  interpretation:
    'The sources are silent. The library invents no successor: the room stays open with hostIds(room) empty; every host action (set-role, to host too, answering a speak request, invite-host) is refused with code no-host; joins, leaves, requests to speak and reports still work, and a speaker who holds an invitation made before the last host left may still accept it (that host chose them).',
  enforcedBy: ['applyVoiceRoomEvent', 'hostIds'],
  codes: ['no-host'],
} as const satisfies RuleEntry;

// ---- the module's catalogue, its refusal codes and the unions of its refusals ----

/** The voice-room entries of the rule catalogue, keyed by rule id, deeply frozen. */
export const VOICEROOM_RULES = /* @__PURE__ */ defineRules({
  'voiceroom.where': WHERE_RULE,
  'voiceroom.capacity': CAPACITY_RULE,
  'voiceroom.roles': ROLES_RULE,
  'voiceroom.entry-role': ENTRY_ROLE_RULE,
  'voiceroom.role-change-by-host': ROLE_CHANGE_BY_HOST_RULE,
  'voiceroom.speaker-cap': SPEAKER_CAP_RULE,
  'voiceroom.host-invite': HOST_INVITE_RULE,
  'voiceroom.speak-request': SPEAK_REQUEST_RULE,
  'voiceroom.lifetime': LIFETIME_RULE,
  'voiceroom.end-warning': END_WARNING_RULE,
  'voiceroom.voice-data': VOICE_DATA_RULE,
  'voiceroom.hostless': HOSTLESS_RULE,
});

/**
 * Every refusal code of the voice-room module, opening and events, in catalogue order: build a
 * complete message table from it, or switch on it exhaustively.
 * @example
 * VOICE_ROOM_REFUSAL_CODES.includes('talker-cap-reached') //=> true
 * VOICE_ROOM_REFUSAL_CODES.length //=> 21
 * @see voiceroom.speaker-cap
 */
export const VOICE_ROOM_REFUSAL_CODES = /* @__PURE__ */ Object.freeze([
  'not-open-chat',
  'not-group-chat',
  'room-full',
  'unknown-participant',
  'already-in-room',
  'not-a-host',
  'cannot-change-own-role',
  'already-in-role',
  'talker-cap-reached',
  'invitee-not-speaker',
  'invite-already-pending',
  'no-pending-invite',
  'not-a-listener',
  'request-already-pending',
  'no-pending-request',
  'room-ended',
  'event-out-of-order',
  'no-host',
  'seq-gap',
  'seq-conflict',
  'seq-forgotten',
] as const);

/** Every refusal code of the module, e.g. `'talker-cap-reached'`: one of {@link VOICE_ROOM_REFUSAL_CODES}. */
export type VoiceRoomRefusalCode = (typeof VOICE_ROOM_REFUSAL_CODES)[number];

/** Why an event is refused: every refusal of {@link applyVoiceRoomEvent}, one named type per rule. */
export type VoiceRoomEventRefusal =
  | VoiceRoomCapacityRefusal
  | VoiceRoomRolesRefusal
  | VoiceRoomEntryRoleRefusal
  | VoiceRoomRoleChangeRefusal
  | VoiceRoomSpeakerCapRefusal
  | VoiceRoomHostInviteRefusal
  | VoiceRoomSpeakRequestRefusal
  | VoiceRoomLifetimeRefusal
  | VoiceRoomHostlessRefusal;

/** The code of a refusal by a rule of an event (what a receipt records): every event refusal but the delivery ones. */
export type VoiceRoomEventRefusalCode = VoiceRoomEventRefusal['code'];

/** Every refusal of the module (opening, events, delivery). */
export type VoiceRoomRefusal = VoiceRoomOpeningRefusal | VoiceRoomEventRefusal | VoiceRoomDeliveryRefusal;

/** Each event refusal by its code: what a remembered refusal is answered with again. */
export const EVENT_REFUSALS: Readonly<Record<VoiceRoomEventRefusalCode, VoiceRoomEventRefusal>> =
  /* @__PURE__ */ Object.freeze({
    'room-full': ROOM_FULL,
    'unknown-participant': UNKNOWN_PARTICIPANT,
    'already-in-room': ALREADY_IN_ROOM,
    'not-a-host': NOT_A_HOST,
    'cannot-change-own-role': CANNOT_CHANGE_OWN_ROLE,
    'already-in-role': ALREADY_IN_ROLE,
    'talker-cap-reached': TALKER_CAP_REACHED,
    'invitee-not-speaker': INVITEE_NOT_SPEAKER,
    'invite-already-pending': INVITE_ALREADY_PENDING,
    'no-pending-invite': NO_PENDING_INVITE,
    'not-a-listener': NOT_A_LISTENER,
    'request-already-pending': REQUEST_ALREADY_PENDING,
    'no-pending-request': NO_PENDING_REQUEST,
    'room-ended': ROOM_ENDED,
    'event-out-of-order': EVENT_OUT_OF_ORDER,
    'no-host': NO_HOST,
  });
