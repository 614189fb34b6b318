import { ok, guardInput, type Message, type Ok, type Outcome, message } from '../core/index.js';
import { WITHDRAW_CURRENT_TALK_FIRST, type AccountLinkRefusal } from './rules.js';
import type { AccountLinkInput } from './schemas.js';
import { AccountLinkGuard } from './guards.generated.js';

/** What to do when the earlier account can be used. */
export interface AccountLinkValue {
  /** Always `'log-in-with-earlier-account'`: sign up to KakaoTalk and log in with the earlier account. */
  readonly next: 'log-in-with-earlier-account';
  readonly message: Message;
}

const CAN_LOG_IN: Ok<AccountLinkValue> = /* @__PURE__ */ Object.freeze(
  ok(
    Object.freeze({
      next: 'log-in-with-earlier-account' as const,
      message: Object.freeze({
        en: 'Sign up to KakaoTalk and log in with the earlier Kakao Account.',
        ko: '카카오톡 가입 과정에서 기존 카카오계정으로 로그인해 이용하세요.',
      }),
    }),
  ),
);

/**
 * Whether an earlier Kakao Account (for example one showing "temporarily restricted") can be used
 * now. A Kakao Account is linked to one KakaoTalk only, so while a KakaoTalk is in use with another
 * account, that KakaoTalk must be withdrawn first.
 *
 * @param link `{ currentTalkActive }`: whether a KakaoTalk is in use now with another account
 * @returns `{ ok: true, value: { next: 'log-in-with-earlier-account', message } }` or the refusal
 *   `withdraw-current-talk-first`
 * @throws {RuleInputError} listing every bad field (paths start at `link`)
 * @example
 * checkAccountLink({ currentTalkActive: true }).code //=> 'withdraw-current-talk-first'
 * checkAccountLink({ currentTalkActive: false }).value.next //=> 'log-in-with-earlier-account'
 * @see policy.one-account-one-talk
 */
export function checkAccountLink(link: AccountLinkInput): Outcome<AccountLinkValue, AccountLinkRefusal> {
  return guardInput(AccountLinkGuard, link, 'checkAccountLink', ['link']).currentTalkActive
    ? WITHDRAW_CURRENT_TALK_FIRST
    : CAN_LOG_IN;
}

/** One thing withdrawal deletes, or one way to keep chats. */
export interface WithdrawalItem {
  readonly id: string;
  /** The item in both languages. */
  readonly message: Message;
  readonly rule: 'policy.withdrawal-deletes';
}

/** What withdrawing from KakaoTalk does, as listed by the source. */
export interface WithdrawalConsequences {
  /** Deleted irrecoverably, in the source's order. */
  readonly deleted: readonly WithdrawalItem[];
  /** Always `false`: a chat backup cannot be restored after withdrawal. */
  readonly backupRestorable: false;
  /** Ways to export chats before withdrawing. */
  readonly exportOptions: readonly WithdrawalItem[];
  /** Always `false`: an exported chat cannot be imported back. */
  readonly importSupported: false;
  readonly rule: 'policy.withdrawal-deletes';
}

const item = (id: string, en: string, ko: string): WithdrawalItem =>
  Object.freeze({ id, message: message(en, ko), rule: 'policy.withdrawal-deletes' });

const CONSEQUENCES: WithdrawalConsequences = /* @__PURE__ */ Object.freeze({
  deleted: Object.freeze([
    item(
      'chat-history',
      'chat history (a backup cannot be restored after withdrawal)',
      '대화내용 (백업해 두어도 탈퇴 후 복원 불가)',
    ),
    item(
      'friend-list',
      'the whole friend list: registered, blocked and hidden friends, favourites',
      '친구 목록 전체: 등록·차단·숨김 친구, 즐겨찾기',
    ),
    item(
      'profile',
      'the profile: name, status message, ID, profile and background photos',
      '내 프로필: 이름, 상태메시지, ID, 프로필·배경 사진',
    ),
    item('gift-box', 'the gift box: gifts bought and received', '선물함: 구매한 선물, 받은 선물'),
    item('item-box', 'the item box: emoticons bought or received as gifts', '아이템함: 구매하거나 선물 받은 이모티콘'),
    item('themes', 'themes bought or received as gifts', '구매하거나 선물 받은 테마'),
    item('kakaopay', 'KakaoPay: registration and card details', '카카오페이: 가입 정보, 카드 정보'),
    item('other-settings', 'every other setting', '그 밖에 설정한 모든 정보'),
  ]),
  backupRestorable: false,
  exportOptions: Object.freeze([
    item(
      'export-text-only',
      'export a chat as text only (chat room > menu > settings > export chat)',
      '텍스트만 내보내기 (채팅방 > 메뉴 > 설정 > 대화내용 내보내기)',
    ),
    item(
      'export-all-to-device',
      'export every message to device storage (same menu)',
      '모든 메시지를 내부 저장소에 저장 (같은 메뉴)',
    ),
  ]),
  importSupported: false,
  rule: 'policy.withdrawal-deletes',
});

/**
 * What withdrawing from KakaoTalk deletes, irrecoverably: chat history (a backup cannot be restored
 * afterwards), the whole friend list, the profile, the gift box, the item box, themes, KakaoPay and
 * every other setting. Export chats first (text only, or every message to device storage); an export
 * cannot be imported back.
 *
 * @returns frozen plain data; each entry names its rule id
 * @example
 * withdrawalConsequences().deleted.map((d) => d.id)
 * //=> ['chat-history', 'friend-list', 'profile', 'gift-box', 'item-box', 'themes', 'kakaopay', 'other-settings']
 * withdrawalConsequences().deleted[5].message.ko //=> '구매하거나 선물 받은 테마'
 * @see policy.withdrawal-deletes
 */
export function withdrawalConsequences(): WithdrawalConsequences {
  return CONSEQUENCES;
}
