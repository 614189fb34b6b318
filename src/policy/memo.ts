import { guardInput } from '../core/index.js';
import type { MemoRetentionInput } from './schemas.js';
import { MemoRetentionGuard } from './guards.generated.js';

/** How long TalkDrawer keeps memos: without limit for subscribers, else the caller's free limit. */
export type MemoRetention =
  | { readonly limited: false; readonly rule: 'policy.memo-retention' }
  | { readonly limited: true; readonly days: number; readonly rule: 'policy.memo-retention' };

const UNLIMITED: MemoRetention = /* @__PURE__ */ Object.freeze({ limited: false, rule: 'policy.memo-retention' });

/**
 * How long memos saved in TalkDrawer (톡서랍) are kept. Every user has a retention limit except paid
 * TalkDrawer subscribers, who have none. The sources do not state the free limit, so the caller
 * supplies it; there is no default.
 *
 * @param memo `{ talkDrawerSubscriber, freeRetentionDays? }`; `freeRetentionDays` (integer >= 1) is
 *   required for a non-subscriber
 * @returns `{ limited: false }` for subscribers, else `{ limited: true, days }`
 * @throws {RuleInputError} when a non-subscriber has no `freeRetentionDays`, or any field is bad
 * @example
 * memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 30 }) //=> { limited: true, days: 30, rule: 'policy.memo-retention' }
 * @see policy.memo-retention
 */
export function memoRetention(memo: MemoRetentionInput): MemoRetention {
  const { talkDrawerSubscriber, freeRetentionDays } = guardInput(MemoRetentionGuard, memo, 'memoRetention', ['memo']);
  return talkDrawerSubscriber ? UNLIMITED : { limited: true, days: freeRetentionDays!, rule: 'policy.memo-retention' };
}
