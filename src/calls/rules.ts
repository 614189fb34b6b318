/**
 * The `calls.*` rules, one section per rule id: the rule's named constants, its prebuilt refusals and
 * its catalogue entry. `CALLS_RULES` at the end assembles the entries; the package root adds them to `RULES`.
 * @module
 */
import { SOURCE_CALLS_FAQ, defineRules, refusal, type Refusal, type RuleEntry } from '../core/index.js';

const src = [SOURCE_CALLS_FAQ] as const;

/**
 * Every refusal code of the `calls` module, for a complete message table. Each code belongs to one
 * rule: `not-friends` to `calls.friends-only`, `group-chat-only` and `live-talk-full` to `calls.livetalk`.
 *
 * @example
 * CALLS_REFUSAL_CODES //=> ['not-friends', 'group-chat-only', 'live-talk-full']
 * @see calls.friends-only
 * @see calls.livetalk
 */
export const CALLS_REFUSAL_CODES = /* @__PURE__ */ Object.freeze([
  'not-friends',
  'group-chat-only',
  'live-talk-full',
] as const);

/** A refusal code of the `calls` module: one of {@link CALLS_REFUSAL_CODES}. */
export type CallRefusalCode = (typeof CALLS_REFUSAL_CODES)[number];

// ---------------------------------------------------------------------------------------------
// calls.friends-only

/**
 * The call kinds: VoiceTalk (voice) and FaceTalk (video).
 *
 * @example
 * CALL_KINDS //=> ['voice', 'video']
 */
export const CALL_KINDS = /* @__PURE__ */ Object.freeze(['voice', 'video'] as const);

/** A call kind, one of {@link CALL_KINDS}: `'voice'` (VoiceTalk) or `'video'` (FaceTalk). */
export type CallKind = (typeof CALL_KINDS)[number];

/** VoiceTalk and FaceTalk are calls with a KakaoTalk friend only. @see calls.friends-only */
export type CallRefusal = Refusal<'not-friends', 'calls.friends-only'>;

export const NOT_FRIENDS: CallRefusal = /* @__PURE__ */ refusal(
  'calls.friends-only',
  'not-friends',
  'VoiceTalk and FaceTalk calls are with KakaoTalk friends: add this person as a friend first.',
  '보이스톡과 페이스톡은 카카오톡 친구와 하는 통화입니다. 먼저 친구로 추가해 주세요.',
);

const FRIENDS_ONLY = {
  id: 'calls.friends-only',
  module: 'calls',
  summary: {
    en: 'VoiceTalk (voice) and FaceTalk (video) are real-time calls with someone who is your KakaoTalk friend.',
    ko: '보이스톡(음성)과 페이스톡(영상)은 카카오톡 친구와 하는 실시간 통화입니다.',
  },
  sources: src,
  enforcedBy: ['checkCall'],
  codes: ['not-friends'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.no-voice-fee

/**
 * The networks a call runs on: Wi-Fi, or the carrier's mobile data (3G/LTE).
 *
 * @example
 * CALL_NETWORKS //=> ['wifi', 'mobile']
 */
export const CALL_NETWORKS = /* @__PURE__ */ Object.freeze(['wifi', 'mobile'] as const);

/** A network, one of {@link CALL_NETWORKS}: `'wifi'` or `'mobile'`. */
export type CallNetwork = (typeof CALL_NETWORKS)[number];

const NO_VOICE_FEE = {
  id: 'calls.no-voice-fee',
  module: 'calls',
  summary: {
    en: "No call fee is ever charged. Only the caller's carrier data plan applies, at home and abroad: mobile data may cost data charges, Wi-Fi does not draw on the carrier plan. Wi-Fi is recommended.",
    ko: '통화료는 받지 않습니다. 국내외 모두 통신사 데이터 요금제만 적용되어, 모바일 데이터에서는 데이터 요금이 나올 수 있고 Wi-Fi에서는 통신사 요금제와 무관합니다. Wi-Fi 사용을 권합니다.',
  },
  sources: src,
  interpretation:
    'On Wi-Fi nothing is drawn from the carrier plan; what a Wi-Fi provider may charge is outside the sources. Being abroad changes nothing.',
  enforcedBy: ['callCharges'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.mvoip-allowance

const MVOIP_ALLOWANCE = {
  id: 'calls.mvoip-allowance',
  module: 'calls',
  summary: {
    en: "On 3G/LTE a carrier plan may block or limit calls; calls work within the plan's mVoIP data allowance, and both parties' plans matter.",
    ko: '3G/LTE에서는 요금제에 따라 통화가 막히거나 제한될 수 있으며, 요금제의 mVoIP 허용량 안에서만 통화됩니다. 양쪽의 요금제가 모두 영향을 줍니다.',
  },
  sources: src,
  enforcedBy: ['callCharges', 'callTroubleshootingSteps'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.network-quality

const NETWORK_QUALITY = {
  id: 'calls.network-quality',
  module: 'calls',
  summary: {
    en: "Both parties need a good connection; a call can drop when either side's network is poor. Moving, public Wi-Fi and firewalls make calls unstable or blocked; on mobile data, dead zones matter.",
    ko: '양쪽 모두 연결 상태가 좋아야 하며, 한쪽이라도 불안정하면 통화가 끊길 수 있습니다. 이동 중, 공용 Wi-Fi, 방화벽은 불안정이나 차단의 원인이 되고, 모바일 데이터에서는 음영 지역을 확인해야 합니다.',
  },
  sources: src,
  enforcedBy: ['callTroubleshootingSteps', 'diagnoseCallTrouble'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.troubleshoot-order

const TROUBLESHOOT_ORDER = {
  id: 'calls.troubleshoot-order',
  module: 'calls',
  summary: {
    en: "When an unstable-network message appears, check (1) the network you are on (public Wi-Fi, firewall, dead zone), then (2) the carrier plan's mVoIP allowance, on your side and the other party's.",
    ko: '네트워크 불안정 안내가 뜨면 (1) 접속한 네트워크(공용 Wi-Fi, 방화벽, 음영 지역), (2) 통신사 요금제의 mVoIP 허용량 순서로, 내 쪽과 상대방 쪽을 모두 확인합니다.',
  },
  sources: src,
  enforcedBy: ['callTroubleshootingSteps'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.carrier-block-test

/**
 * The result of a test call: it worked, it failed, or it was not tried yet.
 *
 * @example
 * CALL_TEST_RESULTS //=> ['works', 'fails', 'untested']
 */
export const CALL_TEST_RESULTS = /* @__PURE__ */ Object.freeze(['works', 'fails', 'untested'] as const);

/** How a test call went, one of {@link CALL_TEST_RESULTS}. */
export type CallTestResult = (typeof CALL_TEST_RESULTS)[number];

const CARRIER_BLOCK_TEST = {
  id: 'calls.carrier-block-test',
  module: 'calls',
  summary: {
    en: 'Diagnosis: call with both parties on Wi-Fi. Works on Wi-Fi but fails off it: the carrier is probably blocking or limiting. Fails even on Wi-Fi: contact Kakao support. Not tried yet: run the Wi-Fi test first.',
    ko: '진단: 양쪽 모두 Wi-Fi에 연결해 통화해 봅니다. Wi-Fi에서는 되고 그 밖에서는 안 되면 통신사 차단·제한일 가능성이 높고, Wi-Fi에서도 안 되면 카카오 고객센터에 문의합니다. 아직 안 해 봤다면 Wi-Fi 시험부터 합니다.',
  },
  sources: src,
  interpretation:
    "The source states three readings (works on Wi-Fi but not off it: carrier; fails on Wi-Fi: Kakao support; untested: test on Wi-Fi first). Two cases are our reading: Wi-Fi works and off-Wi-Fi untested gives 'test off Wi-Fi next'; both work gives 'no block found', pointing to calls.network-quality.",
  enforcedBy: ['diagnoseCallTrouble', 'callTroubleshootingSteps'],
  codes: [],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------
// calls.livetalk

/**
 * The chat kinds LiveTalk distinguishes: a group chat, or a 1:1 chat.
 *
 * @example
 * LIVE_TALK_CHAT_KINDS //=> ['group', 'one-to-one']
 */
export const LIVE_TALK_CHAT_KINDS = /* @__PURE__ */ Object.freeze(['group', 'one-to-one'] as const);

/** A chat kind LiveTalk tells apart, one of {@link LIVE_TALK_CHAT_KINDS}. */
export type LiveTalkChatKind = (typeof LIVE_TALK_CHAT_KINDS)[number];

/**
 * At most this many people take part in a LiveTalk, the broadcaster included.
 *
 * @example
 * LIVE_TALK_MAX_PARTICIPANTS //=> 40
 * @see calls.livetalk
 */
export const LIVE_TALK_MAX_PARTICIPANTS = 40;

/** LiveTalk is for group chats only. @see calls.livetalk */
export type LiveTalkStartRefusal = Refusal<'group-chat-only', 'calls.livetalk'>;

/** The LiveTalk already has 40 people, the broadcaster included. @see calls.livetalk */
export type LiveTalkJoinRefusal = Refusal<'live-talk-full', 'calls.livetalk', { readonly limit: number }>;

export const GROUP_CHAT_ONLY: LiveTalkStartRefusal = /* @__PURE__ */ refusal(
  'calls.livetalk',
  'group-chat-only',
  'LiveTalk can be started only in a group chat, not in a 1:1 chat.',
  '라이브톡은 그룹채팅방에서만 시작할 수 있고, 1:1 채팅방에서는 할 수 없습니다.',
);

// Wrapped in an arrow called at once: a bundler cannot prove a template literal free of effects.
export const LIVE_TALK_FULL: LiveTalkJoinRefusal = /* @__PURE__ */ (() =>
  refusal(
    'calls.livetalk',
    'live-talk-full',
    `This LiveTalk is full: at most ${LIVE_TALK_MAX_PARTICIPANTS} people take part, the broadcaster included.`,
    `라이브톡 참여 인원이 가득 찼습니다. 방송하는 사람을 포함해 최대 ${LIVE_TALK_MAX_PARTICIPANTS}명까지 참여할 수 있습니다.`,
    { limit: LIVE_TALK_MAX_PARTICIPANTS },
  ))();

const LIVETALK = {
  id: 'calls.livetalk',
  module: 'calls',
  summary: {
    en: 'LiveTalk shares your live video with a group chat (not a 1:1 chat), for at most 40 people including the broadcaster. Start it from [+] beside the input box, LiveTalk, Start; others join from the pinned notice or the LiveTalk bubble in the chat marked "live".',
    ko: '라이브톡은 그룹 채팅방(1:1 불가)에 내 실시간 영상을 공유하며, 방송하는 사람을 포함해 최대 40명이 참여합니다. 입력창 옆 [+] → 라이브톡 → 시작으로 열고, 다른 사람은 "live" 표시가 있는 채팅방의 공지 참여 버튼이나 시작 말풍선으로 들어옵니다.',
  },
  sources: src,
  limits: { maxParticipants: LIVE_TALK_MAX_PARTICIPANTS },
  interpretation:
    "Chats are 'group' or 'one-to-one'; open chats are not covered by the source. Whether the broadcaster counts is unstated: we count them among the 40. checkLiveTalkJoin takes the count now (at least 1) and refuses a join that would make 41.",
  enforcedBy: ['checkLiveTalkStart', 'checkLiveTalkJoin', 'liveTalkSteps'],
  codes: ['group-chat-only', 'live-talk-full'],
} as const satisfies RuleEntry;

// ---------------------------------------------------------------------------------------------

/** The catalogue entries of the `calls` module, keyed by rule id (deeply frozen). */
export const CALLS_RULES = /* @__PURE__ */ defineRules({
  'calls.friends-only': FRIENDS_ONLY,
  'calls.no-voice-fee': NO_VOICE_FEE,
  'calls.mvoip-allowance': MVOIP_ALLOWANCE,
  'calls.network-quality': NETWORK_QUALITY,
  'calls.troubleshoot-order': TROUBLESHOOT_ORDER,
  'calls.carrier-block-test': CARRIER_BLOCK_TEST,
  'calls.livetalk': LIVETALK,
});

// Names of 0.2.0, kept for one minor version (CONTRIBUTING: one naming scheme).
/** @deprecated Use {@link CallRefusalCode}; this 0.2.0 name is removed in 0.4.0. */
export type CallsRefusalCode = CallRefusalCode;
