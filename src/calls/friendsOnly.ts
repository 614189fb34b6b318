import { isRecord, type Ok, type Outcome, ok, rejectGuard } from '../core/index.js';
import { NOT_FRIENDS, type CallRefusal, type CallKind } from './rules.js';
import type { CallInput } from './schemas.js';
import { CallGuard } from './guards.generated.js';

/** What a permitted call is. */
export interface CallValue {
  readonly kind: CallKind;
  /** `'voicetalk'` (보이스톡) for voice, `'facetalk'` (페이스톡) for video. */
  readonly service: 'voicetalk' | 'facetalk';
}

const VOICE: Ok<CallValue> = /* @__PURE__ */ Object.freeze(
  ok(Object.freeze({ kind: 'voice' as const, service: 'voicetalk' as const })),
);
const VIDEO: Ok<CallValue> = /* @__PURE__ */ Object.freeze(
  ok(Object.freeze({ kind: 'video' as const, service: 'facetalk' as const })),
);

/**
 * Whether a VoiceTalk (voice) or FaceTalk (video) call can be placed: both are real-time calls with
 * a KakaoTalk friend.
 *
 * @param call `{ kind: 'voice' | 'video', areFriends }`
 * @returns `{ ok: true, value: { kind, service } }` or the refusal `not-friends`
 * @throws {RuleInputError} listing every bad field (paths start at `call`)
 * @example
 * checkCall({ kind: 'video', areFriends: true }) //=> { ok: true, value: { kind: 'video', service: 'facetalk' } }
 * checkCall({ kind: 'voice', areFriends: false }).code //=> 'not-friends'
 * @see calls.friends-only
 */
export function checkCall(call: CallInput): Outcome<CallValue, CallRefusal> {
  try {
    if (isRecord(call) && typeof call.areFriends === 'boolean') {
      const kind = call.kind;
      if (kind === 'voice' || kind === 'video')
        return call.areFriends ? (kind === 'voice' ? VOICE : VIDEO) : NOT_FRIENDS;
    }
  } catch {
    // an input whose reading throws (a getter, a Proxy): the guard below reports it as unreadable
  }
  return rejectGuard(CallGuard, call, 'checkCall', ['call']);
}
