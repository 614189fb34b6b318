import { ok, parseInput, refusal, type Ok } from '../core/index.js';
import { StageMessageSchema, type StageMessage } from './schemas.js';
import type { StageMessageRefusal } from './types.js';

const NOT_A_PARTICIPANT = /* @__PURE__ */ refusal(
  'kakaopage.stage-messages',
  'not-a-participant',
  'Stage messages are only between publishers or management companies and members who registered a work.',
  '스테이지 메시지는 출판사·매니지먼트사와 작품을 등록한 회원 사이에서만 주고받을 수 있습니다.',
);
const PUBLISHER_FIRST = /* @__PURE__ */ refusal(
  'kakaopage.stage-messages',
  'publisher-first',
  'Only a publisher or management company can send the first message; a member can only reply to one.',
  '첫 메시지는 출판사·매니지먼트사만 보낼 수 있고, 개인 회원은 받은 메시지에 답장만 할 수 있습니다.',
);
const SENT = /* @__PURE__ */ Object.freeze(ok());

/**
 * Checks whether a Stage message may be sent. Messaging runs only between publishers or management
 * companies and members who registered a work; only a publisher or management company may send a
 * thread's first message, and an individual member may only reply in a thread a publisher started.
 *
 * @param message - `{ sender, threadStartedBy }`: `sender` is `'publisher'`, `'author-member'` (a member
 *   who registered a work) or `'member'`; `threadStartedBy` is who sent the thread's first message, or
 *   `null` when this message would start a new thread.
 * @returns `{ ok: true }`, or the refusal `not-a-participant` (a member without a registered work) or
 *   `publisher-first` (a member starting a thread, or a thread not started by a publisher).
 * @throws {RuleInputError} for an unknown party or a missing field.
 * @example
 * checkStageMessage({ sender: 'author-member', threadStartedBy: 'publisher' }).ok //=> true
 * checkStageMessage({ sender: 'author-member', threadStartedBy: null }).code      //=> 'publisher-first'
 * @see kakaopage.stage-messages
 */
export function checkStageMessage(message: StageMessage): Ok<undefined> | StageMessageRefusal {
  const { sender, threadStartedBy } = parseInput(StageMessageSchema, message, 'checkStageMessage');
  if (sender === 'member') return NOT_A_PARTICIPANT;
  if (threadStartedBy === null ? sender !== 'publisher' : threadStartedBy !== 'publisher') return PUBLISHER_FIRST;
  return SENT;
}
