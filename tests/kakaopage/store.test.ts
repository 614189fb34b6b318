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
      'Confirm the cancellation.',
    ]);
    expect(s.change[0]!.ko).toBe('자동충전 관리 화면을 엽니다.');
    expect(Object.isFrozen(s.cancel)).toBe(true);
  });
});

describe('content reports (kakaopage.report)', () => {
  const good = { postId: 'work-7', reason: 'sexual content above the age rating', episodeNumbers: [3, 4] };

  it('kakaopage.report: a report with a reason and episode numbers is filed', () => {
    expect(checkContentReport(good, [{ postId: 'work-8' }])).toEqual({ ok: true, value: undefined });
  });

  it.each([
    [{ ...good, reason: '   ' }, [], ['reason-missing'], false],
    [{ ...good, episodeNumbers: [] }, [], ['episodes-missing'], false],
    [good, [{ postId: 'work-7' }], ['duplicate-report'], true],
    [{ ...good, reason: '', episodeNumbers: [] }, [{ postId: 'work-7' }], ['reason-missing', 'episodes-missing', 'duplicate-report'], true],
  ])('kakaopage.report: %j after %j is refused for %j (reporter sanction risk: %s)', (report, earlier, reasons, risk) => {
    expect(checkContentReport(report, earlier)).toMatchObject({
      ok: false,
      rule: 'kakaopage.report',
      code: reasons[0],
      reasons,
      reporterSanctionRisk: risk,
    });
  });

  it('kakaopage.report: a repeat report warns the reporter in both languages', () => {
    const r = checkContentReport(good, [{ postId: 'work-7' }]);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.message.en).toContain('sanctioned');
    expect(r.message.ko).toContain('제재');
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
    if (!Array.isArray(g)) expectInputError(() => checkContentReport({ postId: 'p', reason: 'r', episodeNumbers: [1] }, g as never), 'checkContentReport');
  });
});
