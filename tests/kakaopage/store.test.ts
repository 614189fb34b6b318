import { describe, expect, it } from 'vitest';
import {
  cashPassSteps,
  chargeSupportRoute,
  checkBulkPurchase,
  checkContentReport,
  contentDataCharges,
} from '../../src/kakaopage/index.js';
import { GARBAGE, deepFreeze, expectInputError } from './helpers.js';

describe('bulk purchase (kakaopage.bulk-purchase)', () => {
  it.each([
    [true, 'own', true],
    [false, 'own', 'no-ownership-tickets'],
    [true, 'rent', 'rental-not-available'],
    [false, 'rent', 'rental-not-available'],
  ] as const)('kakaopage.bulk-purchase: tickets sold %s, mode %s -> %s', (sellsOwnershipTickets, mode, expected) => {
    const r = checkBulkPurchase({ sellsOwnershipTickets, mode });
    if (expected === true) expect(r).toEqual({ ok: true, value: undefined });
    else expect(r).toMatchObject({ ok: false, rule: 'kakaopage.bulk-purchase', code: expected });
  });
});

describe('cash charge support (kakaopage.charge-support)', () => {
  it.each([
    ['google-play', 'google-play-support', 1],
    ['apple', 'apple-support', 1],
    ['one-store', 'one-store-support', 1],
    ['kakaopage', 'kakaopage-inquiry', 4],
  ] as const)('kakaopage.charge-support: paid via %s -> %s', (paidVia, handledBy, steps) => {
    const r = chargeSupportRoute({ paidVia });
    expect(r).toMatchObject({ rule: 'kakaopage.charge-support', handledBy });
    expect(r.steps).toHaveLength(steps);
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('walks KakaoPage inquiry from the home screen', () => {
    expect(chargeSupportRoute({ paidVia: 'kakaopage' }).steps.map((s) => s.ko)).toEqual([
      '앱 메인 홈으로 갑니다.',
      '우측 상단 메뉴를 누릅니다.',
      '고객센터를 고릅니다.',
      '문의하기를 골라 충전 내용을 적습니다.',
    ]);
  });
});

describe('data charges (kakaopage.data-charges)', () => {
  it.each([
    ['mobile', true],
    ['wifi', false],
  ] as const)('kakaopage.data-charges: on %s, mobile data charges apply: %s', (network, charged) => {
    expect(contentDataCharges({ network })).toMatchObject({
      rule: 'kakaopage.data-charges',
      network,
      usesNetworkData: true,
      mobileDataCharges: charged,
    });
  });
});

describe('Cash PASS (kakaopage.cash-pass)', () => {
  it('kakaopage.cash-pass: cancel from the auto-charge management screen, then confirm', () => {
    const s = cashPassSteps();
    expect(s.rule).toBe('kakaopage.cash-pass');
    expect(s.cancel.map((m) => m.en)).toEqual([
      'Open the auto-charge management screen.',
      'Tap [Cancel auto-charge] at the bottom right.',
      'Confirm with the button labelled "I\'ll give up".',
    ]);
    expect(s.cancel[2]!.ko).toBe("'포기할게요' 버튼을 눌러 해지를 확인합니다.");
    expect(s.change).toEqual([
      {
        en: 'Change the charge condition or the payment method while the membership is in use, from the Cash PASS membership itself (the help article does not name the screen).',
        ko: '충전 조건이나 결제수단은 캐시 PASS 멤버십을 이용하는 중에 그 멤버십에서 바꿉니다(도움말은 화면을 밝히지 않습니다).',
      },
    ]);
    expect(Object.isFrozen(s.cancel)).toBe(true);
  });
});

describe('content reports (kakaopage.report)', () => {
  const good = { postId: 'work-7', reason: 'sexual content above the age rating', episodeNumbers: [3, 4] };

  it('kakaopage.report: a report with a reason and episode numbers is filed', () => {
    expect(checkContentReport(good, [{ postId: 'work-8' }])).toEqual({
      ok: true,
      value: { reporterSanctionRisk: null },
    });
  });

  it.each([
    [{ ...good, reason: '   ' }, [], ['reason-missing'], false],
    [{ ...good, episodeNumbers: [] }, [], ['episodes-missing'], false],
    [{ ...good, reason: '', episodeNumbers: [] }, [{ postId: 'work-7' }], ['reason-missing', 'episodes-missing'], true],
  ])('kakaopage.report: %j after %j is refused for %j (repeat: %s)', (report, earlier, reasons, repeat) => {
    expect(checkContentReport(report, earlier)).toMatchObject({
      ok: false,
      rule: 'kakaopage.report',
      code: reasons[0],
      reasons,
      reporterSanctionRisk: repeat ? { rule: 'kakaopage.report', code: 'repeat-report' } : null,
    });
  });

  it('kakaopage.report: a repeat report is still filed, flagged with the sanction risk naming the rule, in both languages', () => {
    const r = checkContentReport(good, [{ postId: 'work-7' }]);
    expect(r).toEqual({
      ok: true,
      value: {
        reporterSanctionRisk: {
          rule: 'kakaopage.report',
          code: 'repeat-report',
          message: {
            en: 'You have already reported this post. The report is still filed, but reporting the same post again can get you, the reporter, sanctioned.',
            ko: '이미 신고한 게시물입니다. 신고는 접수되지만, 같은 게시물을 다시 신고하면 신고자가 제재를 받을 수 있습니다.',
          },
        },
      },
    });
    expect(Object.isFrozen(r) && r.ok && Object.isFrozen(r.value.reporterSanctionRisk)).toBe(true);
  });

  it('ignores other fields of earlier reports', () => {
    expect(checkContentReport(good, [{ ...good, postId: 'other' }] as never).ok).toBe(true);
  });

  it('lists every problem of both arguments', () => {
    const err = expectInputError(
      () => checkContentReport({ postId: '', episodeNumbers: [0] } as never, [{ id: 1 }] as never),
      'checkContentReport',
    );
    expect(err.issues.map((i) => i.path)).toEqual([
      ['report', 'postId'],
      ['report', 'reason'],
      ['report', 'episodeNumbers', 0],
      ['earlierReportsByTheSameReporter', 0, 'postId'],
    ]);
  });
});

describe('store inputs', () => {
  it('does not mutate deep-frozen inputs', () => {
    const report = deepFreeze({ postId: 'p', reason: 'r', episodeNumbers: [1] });
    const earlier = deepFreeze([{ postId: 'q' }]);
    expect(checkContentReport(report, earlier).ok).toBe(true);
    expect(checkBulkPurchase(deepFreeze({ sellsOwnershipTickets: true, mode: 'own' } as const)).ok).toBe(true);
    expect(chargeSupportRoute(deepFreeze({ paidVia: 'apple' } as const)).handledBy).toBe('apple-support');
    expect(contentDataCharges(deepFreeze({ network: 'wifi' } as const)).network).toBe('wifi');
  });

  it.each(GARBAGE.map((g) => [g]))('garbage %s is bad input, never a crash', (g) => {
    expectInputError(() => checkBulkPurchase(g as never), 'checkBulkPurchase');
    expectInputError(() => chargeSupportRoute(g as never), 'chargeSupportRoute');
    expectInputError(() => contentDataCharges(g as never), 'contentDataCharges');
    expectInputError(() => checkContentReport(g as never, []), 'checkContentReport');
    // an empty array is a valid (empty) list of earlier reports
    if (!Array.isArray(g))
      expectInputError(
        () => checkContentReport({ postId: 'p', reason: 'r', episodeNumbers: [1] }, g as never),
        'checkContentReport',
      );
  });
});
