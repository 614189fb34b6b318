import { isRecord, type Ok, ok, type Refusal, refusal, rejectInput } from '../core/index.js';
import { CallSchema, type CallInput, type CallKind } from './schemas.js';

/** What a permitted call is. */
export interface CallValue {
  readonly kind: CallKind;
  /** `'voicetalk'` (보이스톡) for voice, `'facetalk'` (페이스톡) for video. */
  readonly service: 'voicetalk' | 'facetalk';
}

/** VoiceTalk and FaceTalk are calls with a KakaoTalk friend only. */
export type CallRefusal = Refusal<'not-friends', 'calls.friends-only'>;

const VOICE: Ok<CallValue> = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ kind: 'voice' as const, service: 'voicetalk' as const })));
const VIDEO: Ok<CallValue> = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ kind: 'video' as const, service: 'facetalk' as const })));
const NOT_FRIENDS: CallRefusal = /* @__PURE__ */ refusal(
  'calls.friends-only',
  'not-friends',
  'VoiceTalk and FaceTalk calls are with KakaoTalk friends: add this person as a friend first.',
  '보이스톡과 페이스톡은 카카오톡 친구와 하는 통화입니다. 먼저 친구로 추가해 주세요.',
);

/**
 * Whether a VoiceTalk (voice) or FaceTalk (video) call can be placed: both are real-time calls with
 * a KakaoTalk friend.
 *
 * @param call `{ kind: 'voice' | 'video', areFriends }`
 * @returns `{ ok: true, value: { kind, service } }` or the refusal `not-friends`
 * @throws {RuleInputError} listing every bad field
 * @example
 * checkCall({ kind: 'video', areFriends: true }) //=> { ok: true, value: { kind: 'video', service: 'facetalk' } }
 * @see calls.friends-only
 */
export function checkCall(call: CallInput): Ok<CallValue> | CallRefusal {
  if (isRecord(call) && typeof call.areFriends === 'boolean') {
    const kind = call.kind;
    if (kind === 'voice' || kind === 'video') return call.areFriends ? (kind === 'voice' ? VOICE : VIDEO) : NOT_FRIENDS;
  }
  return rejectInput(CallSchema, call, 'checkCall', ['call']);
}
