import { guardInput, ok, type Outcome } from '../core/index.js';
import { NOT_A_PARTICIPANT, PUBLISHER_FIRST, type StageMessageRefusal } from './rules.js';
import { StageMessageGuard } from './guards.generated.js';
import type { StageMessageInput } from './schemas.js';

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
export function checkStageMessage(message: StageMessageInput): Outcome<undefined, StageMessageRefusal> {
  const { sender, threadStartedBy } = guardInput(StageMessageGuard, message, 'checkStageMessage', ['message']);
  if (sender === 'member') return NOT_A_PARTICIPANT;
  if (threadStartedBy === null ? sender !== 'publisher' : threadStartedBy !== 'publisher') return PUBLISHER_FIRST;
  return SENT;
}
