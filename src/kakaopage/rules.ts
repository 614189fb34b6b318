import { SOURCE_KAKAOPAGE_HELP, defineRules } from '../core/index.js';

const src = [SOURCE_KAKAOPAGE_HELP] as const;

export const KAKAOPAGE_RULES = /* @__PURE__ */ defineRules({
  'kakaopage.new-work': {
    id: 'kakaopage.new-work',
    module: 'kakaopage',
    summary: {
      en: 'A work is a new work while its first episode was published within the last 30 days: [firstEpisodeAt, firstEpisodeAt + 30 days).',
      ko: '첫 회차가 공개된 지 30일이 지나지 않은 작품이 신작입니다: [첫 회차 시각, +30일).',
    },
    sources: src,
    limits: { newWorkDays: 30 },
    interpretation:
      'A day is 24 hours of elapsed time (30 days = 2,592,000,000 ms; KST has no summer time since 1988), and the window is half-open: new at firstEpisodeAt + 30 days - 1 ms, not at + 30 days. Before its first episode a work is not new (the window has not started).',
    enforcedBy: ['isNewWork', 'newWorkWindow'],
    codes: [],
  },
  'kakaopage.new-author': {
    id: 'kakaopage.new-author',
    module: 'kakaopage',
    summary: {
      en: "A work is in the new-author ranking only while both hold: the author's nickname is at most 60 days old and the work's first episode at most 30 days old. It is eligible until the earlier of the two window ends.",
      ko: '작가 닉네임 생성 60일 이내이면서 작품 첫 회차 등록 30일 이내인 동안에만 신인작가 랭킹에 오릅니다. 두 기간 중 먼저 끝나는 때까지 대상입니다.',
    },
    sources: src,
    limits: { nicknameDays: 60, firstEpisodeDays: 30 },
    interpretation:
      'Windows of 24-hour days, half-open: eligible while at lies in [nicknameCreatedAt, +60 days) and in [firstEpisodeAt, +30 days), so until the earlier end. Every failing condition is listed (nickname-too-old, first-episode-too-old); an instant after at gives not-yet-published.',
    enforcedBy: ['isNewAuthorRankingEligible', 'checkNewAuthorRanking', 'newAuthorRankingWindow'],
    codes: [],
  },
  'kakaopage.stage-on-limits': {
    id: 'kakaopage.stage-on-limits',
    module: 'kakaopage',
    summary: {
      en: 'StageON maximum episodes: fantasy, martial arts, modern fantasy and romance fantasy 250; romance and BL mid-length 100, long 200; free genre 50.',
      ko: '스테이지온 최대 회차: 판타지·무협·현대판타지·로맨스판타지 250화, 로맨스·BL 중편 100화·장편 200화, 자유장르 50화.',
    },
    sources: src,
    limits: { fantasy: 250, martialArts: 250, modernFantasy: 250, romanceFantasy: 250, romanceBlMid: 100, romanceBlLong: 200, free: 50 },
    interpretation:
      'The source also lists romance fantasy beside BL long at 200 ("로판/BL장편 200화"). We read that line as romance/BL long; romance fantasy stays at 250. Ambiguous in the source. length is required for romance and BL and is bad input for every other genre (so a caller cannot ask for a romance-fantasy long limit and silently get 250). Episode numbers are positive integers; episode N is allowed while N <= limit.',
    enforcedBy: ['stageOnEpisodeLimit', 'checkStageOnEpisode'],
    codes: [],
  },
  'kakaopage.stage-contracts': {
    id: 'kakaopage.stage-contracts',
    module: 'kakaopage',
    summary: {
      en: "StageON and PageGO contracts are separate from a KakaoPage paid-serialization contract. A personal contract can move to a CP once the CP and the author agree; the Stage contract's CP and the paid contract's CP may differ.",
      ko: '스테이지온·페이지고 계약은 카카오페이지 유료 연재 계약과 별개입니다. 개인 계약은 CP와 작가가 합의하면 CP로 옮길 수 있고, 스테이지 계약의 CP와 유료 계약의 CP는 다를 수 있습니다.',
    },
    sources: src,
    interpretation:
      'Exposed as guidance: the transfer needs the CP and the author to agree first, then KakaoPage is contacted; the answer also states that the Stage contract is separate from the paid contract and that their CPs may differ.',
    enforcedBy: ['checkContractTransfer'],
    codes: [],
  },
  'kakaopage.pagego-exclusive': {
    id: 'kakaopage.pagego-exclusive',
    module: 'kakaopage',
    summary: {
      en: "PageGO turns a Stage work into a paid serialization promoted by KakaoPage; at paid conversion (when a season or the whole work is complete) KakaoPage-exclusive serialization comes first.",
      ko: '페이지고는 스테이지 작품을 카카오페이지 프로모션과 함께 유료 연재로 전환합니다. 유료 전환 시(시즌 또는 작품 완결 시점) 카카오페이지 독점 연재가 우선입니다.',
    },
    sources: src,
    interpretation:
      'Exposed as frozen guidance data (conversion at season or work completion, KakaoPage promotion, KakaoPage-exclusive first); the library checks nothing here.',
    enforcedBy: ['pageGoConversionRequirements'],
    codes: [],
  },
  'kakaopage.stage-messages': {
    id: 'kakaopage.stage-messages',
    module: 'kakaopage',
    summary: {
      en: 'Stage messages run only between publishers or management companies and members who registered a work. Only the publisher or management company may send the first message; an individual member can only reply.',
      ko: '스테이지 메시지는 출판사·매니지먼트사와 작품을 등록한 회원 사이에서만 오갑니다. 첫 메시지는 출판사·매니지먼트사만 보낼 수 있고 개인 회원은 답장만 할 수 있습니다.',
    },
    sources: src,
    interpretation:
      'threadStartedBy null means the message would start a thread. A member without a registered work cannot message at all; a thread not started by a publisher is refused like a member starting one. Publisher-to-publisher messaging is not covered by the source and not checked (the recipient is not an input).',
    enforcedBy: ['checkStageMessage'],
    codes: [],
  },
  'kakaopage.bulk-purchase': {
    id: 'kakaopage.bulk-purchase',
    module: 'kakaopage',
    summary: {
      en: 'Buying many episodes at once works only for series that sell ownership tickets; selective rental purchase is not available yet.',
      ko: '여러 회차 한 번에 구매는 소장이용권을 파는 작품에서만 되며, 대여 선택 구매는 아직 지원하지 않습니다.',
    },
    sources: src,
    interpretation:
      'A rental selection is refused whatever the series (the feature does not exist yet); owning several episodes needs a series selling ownership tickets.',
    enforcedBy: ['checkBulkPurchase'],
    codes: [],
  },
  'kakaopage.charge-support': {
    id: 'kakaopage.charge-support',
    module: 'kakaopage',
    summary: {
      en: "A cash charge that failed or was paid but not credited is handled by the store's support when paid through Google Play, Apple or ONE store; otherwise by KakaoPage's inquiry (home, top-right menu, customer center, inquiry).",
      ko: '캐시 충전이 실패했거나 결제되었는데 들어오지 않았다면, Google Play·Apple·원스토어 결제는 해당 스토어 고객센터가, 그 밖의 결제는 카카오페이지 문의(홈 우측 상단 메뉴 → 고객센터 → 문의)가 처리합니다.',
    },
    sources: src,
    enforcedBy: ['chargeSupportRoute'],
    codes: [],
  },
  'kakaopage.data-charges': {
    id: 'kakaopage.data-charges',
    module: 'kakaopage',
    summary: {
      en: "Streaming or downloading content uses network data; on mobile data the carrier plan's data charges apply.",
      ko: '콘텐츠 감상·다운로드에는 데이터가 쓰이며, 모바일 데이터에서는 통신사 요금제의 데이터 요금이 적용됩니다.',
    },
    sources: src,
    interpretation:
      'Exposed as guidance data. On Wi-Fi the library says only that the mobile data plan is not used; the source says nothing about Wi-Fi costs.',
    enforcedBy: ['contentDataCharges'],
    codes: [],
  },
  'kakaopage.report': {
    id: 'kakaopage.report',
    module: 'kakaopage',
    summary: {
      en: 'A content report must give the exact reason and the episode number(s). Reporting without a valid reason, or reporting the same post again, can get the reporter sanctioned.',
      ko: '콘텐츠 신고에는 정확한 사유와 해당 회차 번호가 있어야 합니다. 타당한 사유 없는 신고나 같은 게시물의 반복 신고는 신고자가 제재받을 수 있습니다.',
    },
    sources: src,
    interpretation:
      'The library checks that a reason and at least one episode number are given and that the same reporter has not reported the same post (same postId) before; a repeat is refused with reporterSanctionRisk: true. Whether a reason is valid is a human judgement and is not checked.',
    enforcedBy: ['checkContentReport'],
    codes: [],
  },
  'kakaopage.cash-pass': {
    id: 'kakaopage.cash-pass',
    module: 'kakaopage',
    summary: {
      en: 'Cash PASS (auto-charge) is cancelled in the auto-charge management screen ([cancel auto-charge], then confirm); the charge condition and payment method are changed there too.',
      ko: '캐시 PASS(자동충전)는 자동충전 관리 화면에서 [자동충전 해지] 후 확인으로 해지하며, 충전 조건과 결제 수단도 그곳에서 바꿉니다.',
    },
    sources: src,
    enforcedBy: ['cashPassSteps'],
    codes: [],
  },
});
