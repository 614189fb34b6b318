import { SOURCE_POLICY_HELP, SOURCE_PROTECTION_ACCOUNT, defineRules } from '../core/index.js';

const src = [SOURCE_POLICY_HELP] as const;

export const POLICY_RULES = /* @__PURE__ */ defineRules({
  'policy.severity-order': {
    id: 'policy.severity-order',
    module: 'policy',
    summary: {
      en: 'Restriction levels are totally ordered: none < user protection < temporary measure < temporary restriction < permanent restriction. Combining measures keeps the most severe.',
      ko: '제재 단계는 없음 < 이용자 보호조치 < 임시조치 < 일시적 이용제한 < 영구 이용제한 순으로 전부 비교할 수 있고, 여러 조치를 합치면 가장 무거운 것이 남습니다.',
    },
    sources: [SOURCE_POLICY_HELP, SOURCE_PROTECTION_ACCOUNT],
    interpretation: 'The source names a temporary measure (임시조치) without detail; it is kept as its own level between user protection and temporary restriction. restrictionEffects answers \'undetermined\' where the sources are silent: every effect of the temporary measure, whether a member under user protection can still chat in existing rooms (003 documents only that starting chats fails), and who lifts a temporary or permanent restriction.',
    enforcedBy: ['compareRestrictions', 'mostSevereRestriction', 'restrictionRank', 'restrictionEffects'],
    codes: [],
  },
  'policy.auto-protection': {
    id: 'policy.auto-protection',
    module: 'policy',
    summary: {
      en: 'Spam, creating many chat rooms at once, or adding many friends at once (e.g. a reinstall with a large address book) triggers the automatic user-protection measure. The system applies and lifts it; an agent cannot.',
      ko: '스팸, 채팅방 대량 생성, 친구 대량 추가(예: 재설치 후 많은 연락처 동기화)는 자동 이용자 보호조치를 부릅니다. 시스템이 걸고 풀며, 상담원은 풀 수 없습니다.',
    },
    sources: [SOURCE_PROTECTION_ACCOUNT],
    interpretation: 'Secondary source only (a user\'s account). It reports lifting often within 1-2 days without spam or report history; that figure is informative, not a rule. The source says the measure \'can\' be applied and gives no threshold for \'many\', so assessViolation answers possibleMeasure \'user-protection\' with certain: false for any count.',
    enforcedBy: ['assessViolation', 'restrictionEffects'],
    codes: [],
  },
  'policy.open-chat-zero-tolerance': {
    id: 'policy.open-chat-zero-tolerance',
    module: 'policy',
    summary: {
      en: 'In Open Chat, obscene material, illegal gambling sites, or promoting either can bring a permanent restriction even for one message.',
      ko: '오픈채팅에서 음란물, 불법 도박 사이트 또는 그 홍보는 한 번의 메시지만으로도 영구 이용제한이 될 수 있습니다.',
    },
    sources: src,
    interpretation: '\'Can lead to\' is read as a possible measure, not a certain one: assessViolation answers possibleMeasure \'permanent-restriction\' with certain: false for any count from 1. Outside Open Chat no source names a measure for these kinds: \'undetermined\'.',
    enforcedBy: ['assessViolation'],
    codes: [],
  },
  'policy.impersonation-report': {
    id: 'policy.impersonation-report',
    module: 'policy',
    summary: {
      en: "To restrict someone posing as you to ask your family or friends for money: report the messages with the in-app Report function (or Kakao cannot identify the sender) and prove that you are the person impersonated. A message report alone rarely leads to a restriction.",
      ko: '나를 사칭해 가족·지인에게 금전을 요구한 사람을 제재하려면, 앱의 신고 기능으로 메시지를 신고하고(그래야 발신자를 특정할 수 있음) 본인임을 증명하는 권리침해 신고를 해야 합니다. 메시지 신고만으로는 제재가 어렵습니다.',
    },
    sources: src,
    interpretation: 'No restriction level is documented: assessViolation answers \'undetermined\' and points to this procedure. checkImpersonationReport lists every unmet requirement in one refusal; with no document attached, the four masks of policy.id-masking are listed as missing too.',
    enforcedBy: ['checkImpersonationReport', 'assessViolation'],
    codes: [],
  },
  'policy.id-masking': {
    id: 'policy.id-masking',
    module: 'policy',
    summary: {
      en: 'An identity document sent as proof must hide the back digits of the resident registration number, the address, the issue date and the photo.',
      ko: '증빙으로 내는 신분증은 주민등록번호 뒷자리, 주소, 발급일, 사진을 가려야 합니다.',
    },
    sources: src,
    interpretation: 'When the messages are reported and a document is attached but not fully masked, the refusal names this rule (code id-not-masked); otherwise policy.impersonation-report.',
    enforcedBy: ['checkImpersonationReport'],
    codes: [],
  },
  'policy.third-party-inquiry': {
    id: 'policy.third-party-inquiry',
    module: 'policy',
    summary: {
      en: "Kakao does not tell a third party about a member's status. Only the member (the real user of that number) can ask, through the website inquiry form.",
      ko: '카카오는 회원의 상태를 제3자에게 알려주지 않습니다. 해당 번호의 실제 사용자 본인만 웹 문의 양식으로 문의할 수 있습니다.',
    },
    sources: src,
    enforcedBy: ['canInquireAbout'],
    codes: [],
  },
  'policy.election-misinformation': {
    id: 'policy.election-misinformation',
    module: 'policy',
    summary: {
      en: 'Reported content is judged against the law, the terms and the operating policy. Election misinformation Kakao cannot judge itself is restricted (content or user) on a request from the National Election Commission, as the law provides.',
      ko: '신고된 콘텐츠는 법령, 약관, 운영정책에 따라 판단합니다. 카카오가 직접 판단하기 어려운 선거 관련 허위 정보는 중앙선거관리위원회의 요청이 있으면 법에 따라 콘텐츠나 이용자를 제한합니다.',
    },
    sources: src,
    interpretation: 'No restriction level is documented: assessViolation answers \'undetermined\'. electionMisinformationPath: a Commission request restricts the content or the user; without one, content Kakao can judge is judged by policy (outcome undetermined) and content it cannot judge awaits a request.',
    enforcedBy: ['electionMisinformationPath', 'assessViolation'],
    codes: [],
  },
  'policy.one-account-one-talk': {
    id: 'policy.one-account-one-talk',
    module: 'policy',
    summary: {
      en: 'A Kakao Account is linked to one KakaoTalk only. To log in with an earlier account that shows "temporarily restricted", withdraw the current KakaoTalk first.',
      ko: '카카오계정 하나는 카카오톡 하나에만 연결됩니다. "일시적 이용제한"이 표시되는 예전 계정으로 로그인하려면 지금의 카카오톡을 먼저 탈퇴해야 합니다.',
    },
    sources: src,
    interpretation: 'accountLinkCheck takes whether a KakaoTalk is in use now with another account; if so, that KakaoTalk must be withdrawn first.',
    enforcedBy: ['accountLinkCheck'],
    codes: [],
  },
  'policy.withdrawal-deletes': {
    id: 'policy.withdrawal-deletes',
    module: 'policy',
    summary: {
      en: 'Withdrawing from KakaoTalk irrecoverably deletes chats (backups cannot be restored afterwards), the whole friend list, the profile, the gift box, the item box, themes, KakaoPay and every setting. Export chats first; an export cannot be imported back.',
      ko: '카카오톡을 탈퇴하면 대화(탈퇴 후 백업 복원 불가), 친구 목록 전체, 프로필, 선물함, 아이템함, 테마, 카카오페이, 모든 설정이 복구할 수 없게 지워집니다. 먼저 대화를 내보내 두되, 내보낸 대화를 다시 가져올 수는 없습니다.',
    },
    sources: src,
    enforcedBy: ['withdrawalConsequences'],
    codes: [],
  },
  'policy.memorial-profile': {
    id: 'policy.memorial-profile',
    module: 'policy',
    summary: {
      en: "A member can record in advance whether their profile may become a memorial profile after death. If they chose to restrict it, the bereaved family's request is refused and told of the member's wish.",
      ko: '회원은 사후 추모 프로필 전환 여부를 미리 정해 둘 수 있습니다. "전환 제한"을 골랐다면 유족의 요청은 거절되고 고인의 뜻이 유족에게 전달됩니다.',
    },
    sources: src,
    interpretation: 'Only a recorded \'allow\' with the bereaved family asking is \'possible\'. With no recorded wish, or anyone else asking, the sources are silent: \'undetermined\'. A recorded \'restrict\' refuses any requester.',
    enforcedBy: ['memorialProfileDecision'],
    codes: [],
  },
  'policy.play-store-age': {
    id: 'policy.play-store-age',
    module: 'policy',
    summary: {
      en: 'Google Play blocks installing or updating KakaoTalk for a Google account under 12, or a supervised child account whose Play setting allows only all-ages content; a parent changes it in Family Link content restrictions.',
      ko: '구글 계정이 만 12세 미만이거나, 보호자 관리 계정의 Play 다운로드 설정이 "전체 이용가"만 허용하면 Google Play에서 카카오톡 설치·업데이트가 막힙니다. 보호자가 Family Link 콘텐츠 제한에서 바꿉니다.',
    },
    sources: src,
    limits: { minimumAccountAge: 12 },
    interpretation: 'Age is the Google account\'s age in whole years. Play ratings other than all-ages (\'12+\', \'15+\', \'18+\') are read as allowing KakaoTalk: the source names only all-ages as blocking. When both conditions hold, the age refusal is returned (the setting would not help).',
    enforcedBy: ['playStoreInstallCheck'],
    codes: [],
  },
  'policy.memo-retention': {
    id: 'policy.memo-retention',
    module: 'policy',
    summary: {
      en: 'Memos in TalkDrawer are kept for a limited time for every user, without limit for paid TalkDrawer subscribers. The free limit is not stated, so callers supply it.',
      ko: '톡서랍 메모는 모든 이용자에게 보관 기한이 있고, 톡서랍 유료 구독자는 기한이 없습니다. 무료 기한은 밝혀져 있지 않아 호출자가 값을 넘깁니다.',
    },
    sources: src,
    interpretation: 'Undocumented: the free retention period. It is a required caller-supplied value; the library has no default.',
    enforcedBy: ['memoRetention'],
    codes: [],
  },
});
