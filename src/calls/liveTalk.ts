import { isRecord, type Message, type Ok, type Outcome, ok, rejectGuard, message } from '../core/index.js';
import {
  GROUP_CHAT_ONLY,
  LIVE_TALK_FULL,
  LIVE_TALK_MAX_PARTICIPANTS,
  type LiveTalkJoinRefusal,
  type LiveTalkStartRefusal,
} from './rules.js';
import type { LiveTalkJoinInput, LiveTalkStartInput } from './schemas.js';
import { LiveTalkJoinGuard, LiveTalkStartGuard } from './guards.generated.js';

/** After a join: how many take part, the broadcaster included. */
export interface LiveTalkJoinValue {
  readonly participantCount: number;
}

const STARTS: Ok<undefined> = /* @__PURE__ */ Object.freeze(ok());
/** `JOINED[n]`: the answer to a join with `n` people in (1 to 39): `n + 1` after it, built once. */
const JOINED: readonly Ok<LiveTalkJoinValue>[] = /* @__PURE__ */ Object.freeze(
  Array.from({ length: LIVE_TALK_MAX_PARTICIPANTS }, (_, n) =>
    Object.freeze(ok(Object.freeze({ participantCount: n + 1 }))),
  ),
);

/**
 * Whether a LiveTalk can be started in this chat: LiveTalk shares your live video with a group chat,
 * never a 1:1 chat.
 *
 * @param request `{ chat: { kind: 'group' | 'one-to-one' } }`
 * @returns `{ ok: true }` or the refusal `group-chat-only`
 * @throws {RuleInputError} listing every bad field
 * @example
 * checkLiveTalkStart({ chat: { kind: 'one-to-one' } }).code //=> 'group-chat-only'
 * @see calls.livetalk
 */
export function checkLiveTalkStart(request: LiveTalkStartInput): Outcome<undefined, LiveTalkStartRefusal> {
  let kind: unknown;
  try {
    kind = isRecord(request) && isRecord(request.chat) ? request.chat.kind : undefined;
  } catch {
    // unreadable input: the guard below reports it
  }
  if (kind === 'group') return STARTS;
  if (kind === 'one-to-one') return GROUP_CHAT_ONLY;
  return rejectGuard(LiveTalkStartGuard, request, 'checkLiveTalkStart', ['request']);
}

/** Whether `n` is a number of people: an integer of at least 1 (`Number.isInteger` is false for a non-number). */
const isHeadCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1;

/**
 * Whether one more person can join a LiveTalk. At most 40 take part, the broadcaster included, so a
 * join that would make 41 is refused.
 *
 * @param live `{ participantCount }`: how many are in the LiveTalk now, the broadcaster included
 *   (an integer >= 1)
 * @returns `{ ok: true, value: { participantCount } }` with the count after the join, or the refusal
 *   `live-talk-full` (with `limit: 40`)
 * @throws {RuleInputError} when the count is missing, negative, zero or fractional
 * @example
 * checkLiveTalkJoin({ participantCount: 40 }).code //=> 'live-talk-full'
 * @see calls.livetalk
 */
export function checkLiveTalkJoin(live: LiveTalkJoinInput): Outcome<LiveTalkJoinValue, LiveTalkJoinRefusal> {
  let count: unknown;
  try {
    count = isRecord(live) ? live.participantCount : undefined;
  } catch {
    // unreadable input: the guard below reports it
  }
  if (!isHeadCount(count)) {
    return rejectGuard(LiveTalkJoinGuard, live, 'checkLiveTalkJoin', ['live']);
  }
  return count < LIVE_TALK_MAX_PARTICIPANTS ? JOINED[count]! : LIVE_TALK_FULL;
}

/** One step of starting or joining a LiveTalk. */
export interface LiveTalkStep {
  readonly order: number;
  /** The step in both languages. */
  readonly message: Message;
  readonly rule: 'calls.livetalk';
}

/** How to start a LiveTalk, and how to join one. */
export interface LiveTalkSteps {
  readonly start: readonly LiveTalkStep[];
  readonly join: readonly LiveTalkStep[];
}

const step = (order: number, en: string, ko: string): LiveTalkStep =>
  Object.freeze({ order, message: message(en, ko), rule: 'calls.livetalk' });
const STEPS: LiveTalkSteps = /* @__PURE__ */ Object.freeze({
  start: Object.freeze([
    step(
      1,
      'In the group chat, tap [+] to the left of the input box.',
      '그룹채팅방에서 대화 입력창 왼쪽의 [+] 버튼을 누릅니다.',
    ),
    step(2, 'Tap LiveTalk among the buttons at the bottom.', "하단 버튼 중 '라이브톡'을 누릅니다."),
    step(3, 'Tap Start LiveTalk.', '라이브톡 시작 버튼을 누릅니다.'),
  ]),
  join: Object.freeze([
    step(
      1,
      'Open the chat room showing the LiveTalk "live" badge.',
      '라이브톡 진행 중 뱃지가 표시된 채팅방에 들어갑니다.',
    ),
    step(
      2,
      'Tap Join in the notice pinned at the top, or tap the "started LiveTalk" bubble.',
      "상단 공지의 '참여하기' 버튼이나 '라이브톡을 시작했습니다' 말풍선을 누릅니다.",
    ),
  ]),
});

/**
 * How to start a LiveTalk (in a group chat: [+] beside the input box, LiveTalk, Start) and how to join
 * one (from the chat with the "live" badge: Join in the pinned notice, or the "started LiveTalk" bubble).
 *
 * @returns frozen plain data in both languages; each step names its rule id
 * @example
 * liveTalkSteps().join.length //=> 2
 * liveTalkSteps().start[1].message.en //=> 'Tap LiveTalk among the buttons at the bottom.'
 * @see calls.livetalk
 */
export function liveTalkSteps(): LiveTalkSteps {
  return STEPS;
}
