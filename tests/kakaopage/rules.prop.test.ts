import { RULES } from '../../src/rules.js';
import { REPEAT_REPORT_RISK } from '../../src/kakaopage/rules.js';
import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import {
  cashPassSteps,
  chargeSupportRoute,
  checkBulkPurchase,
  checkContentReport,
  checkContractTransfer,
  checkStageMessage,
  checkStageOnEpisode,
  contentDataCharges,
  pageGoConversionRequirements,
  stageOnEpisodeLimit,
} from '../../src/kakaopage/index.js';

const HANGUL = /[가-힣]/;
const single = fc.constantFrom('fantasy', 'martial-arts', 'modern-fantasy', 'romance-fantasy', 'free');
const lengthGenre = fc.constantFrom('romance', 'bl');
const length = fc.constantFrom('mid', 'long');
const stageWork = fc.oneof(
  single.map((genre) => ({ genre })),
  fc.record({ genre: lengthGenre, length }),
);
const party = fc.constantFrom('publisher', 'author-member', 'member');

describe('kakaopage.stage-on-limits (laws)', () => {
  test.prop([stageWork, fc.integer({ min: 1, max: 400 })])(
    'an episode fits exactly while its number is at most the limit, and the limit is one of 250/200/100/50',
    (work, episodeNumber) => {
      const limit = stageOnEpisodeLimit(work);
      expect([250, 200, 100, 50]).toContain(limit);
      const r = checkStageOnEpisode({ ...work, episodeNumber } as never);
      expect(r.ok).toBe(episodeNumber <= limit);
      if (r.ok) expect(r.value.remaining).toBe(limit - episodeNumber);
      else expect(r).toMatchObject({ rule: 'kakaopage.stage-on-limits', limit });
    },
  );

  test.prop([lengthGenre])('romance and BL: long allows more than mid', (genre) => {
    expect(stageOnEpisodeLimit({ genre, length: 'long' })).toBeGreaterThan(
      stageOnEpisodeLimit({ genre, length: 'mid' }),
    );
  });

  test.prop([single, length])('any other genre with a length is bad input, never a silent answer', (genre, len) => {
    expect(() => stageOnEpisodeLimit({ genre, length: len } as never)).toThrow(RuleInputError);
  });
});

describe('kakaopage.stage-messages (laws)', () => {
  test.prop([party, fc.option(party, { nil: null })])(
    'a member without a work never sends, and every allowed thread begins with a publisher',
    (sender, threadStartedBy) => {
      const r = checkStageMessage({ sender, threadStartedBy });
      expect(r.ok).toBe(sender !== 'member' && (threadStartedBy ?? sender) === 'publisher');
      if (!r.ok) expect(r.rule).toBe('kakaopage.stage-messages');
    },
  );
});

describe('guidance rules (laws)', () => {
  test.prop([fc.boolean()])(
    'kakaopage.stage-contracts: a CP transfer goes ahead exactly when agreed',
    (agreedByCpAndAuthor) => {
      const r = checkContractTransfer({ agreedByCpAndAuthor });
      expect(r.ok).toBe(agreedByCpAndAuthor);
      expect(r.ok ? r.value.message.ko : r.message.ko).toMatch(HANGUL);
    },
  );

  test.prop([fc.nat(3)])(
    'kakaopage.pagego-exclusive: the answer is always the same frozen data, KakaoPage exclusivity mandatory',
    () => {
      const r = pageGoConversionRequirements();
      expect(r).toBe(pageGoConversionRequirements());
      expect(r.kakaoPageExclusiveMandatory).toBe(true);
      expect(r.message.ko).toMatch(HANGUL);
    },
  );

  test.prop([fc.constantFrom('wifi', 'mobile')])(
    'kakaopage.data-charges: content always uses network data; mobile data charges apply exactly on mobile',
    (network) => {
      const r = contentDataCharges({ network });
      expect(r.usesNetworkData).toBe(true);
      expect(r.mobileDataCharges).toBe(network === 'mobile');
      expect(r.message.ko).toMatch(HANGUL);
    },
  );

  test.prop([fc.constantFrom('google-play', 'apple', 'one-store', 'kakaopage')])(
    'kakaopage.charge-support: a store payment goes to that store, only a KakaoPage payment to its inquiry',
    (paidVia) => {
      const r = chargeSupportRoute({ paidVia });
      expect(r.handledBy === 'kakaopage-inquiry').toBe(paidVia === 'kakaopage');
      expect(r.handledBy.startsWith(paidVia === 'kakaopage' ? 'kakaopage' : paidVia)).toBe(true);
      for (const step of r.steps) expect(step.ko).toMatch(HANGUL);
    },
  );

  test.prop([fc.nat(3)])('kakaopage.cash-pass: every step names the auto-charge screen flow in both languages', () => {
    const r = cashPassSteps();
    expect(r.cancel[0]!.en).toContain('auto-charge management screen');
    // The source names no screen for a change; the library invents none.
    expect(r.change[0]!.en).not.toContain('screen.');
    expect(r.change[0]!.en).toContain('does not name the screen');
    for (const step of [...r.cancel, ...r.change]) expect(step.ko).toMatch(HANGUL);
  });
});

describe('kakaopage.bulk-purchase (laws)', () => {
  test.prop([fc.boolean(), fc.constantFrom('own', 'rent')])(
    'several episodes can be bought at once exactly when owning in a series that sells ownership tickets',
    (sellsOwnershipTickets, mode) => {
      expect(checkBulkPurchase({ sellsOwnershipTickets, mode }).ok).toBe(sellsOwnershipTickets && mode === 'own');
    },
  );
});

describe('kakaopage.report (laws)', () => {
  const postId = fc.constantFrom('a', 'b', 'c', 'd');
  const report = fc.record({
    postId,
    reason: fc.oneof(fc.constantFrom('', ' ', '\t'), fc.string()),
    episodeNumbers: fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 3 }),
  });
  const earlier = fc.array(fc.record({ postId }), { maxLength: 4 });

  test.prop([report, earlier])(
    'a report is refused for exactly its missing parts; a repeat is still a report, flagged naming kakaopage.report',
    (r, prior) => {
      const outcome = checkContentReport(r, prior);
      const expected = [
        ...(r.reason.trim() === '' ? ['reason-missing'] : []),
        ...(r.episodeNumbers.length === 0 ? ['episodes-missing'] : []),
      ];
      const risk = prior.some((p) => p.postId === r.postId) ? REPEAT_REPORT_RISK : null;
      if (expected.length === 0) expect(outcome).toEqual({ ok: true, value: { reporterSanctionRisk: risk } });
      else {
        expect(outcome).toMatchObject({
          ok: false,
          rule: 'kakaopage.report',
          code: expected[0],
          reasons: expected,
          reporterSanctionRisk: risk,
        });
        if (!outcome.ok) expect(RULES[outcome.rule].codes).toContain(outcome.code);
      }
    },
  );

  test.prop([report, earlier])('the order of earlier reports does not matter', (r, prior) => {
    expect(checkContentReport(r, [...prior].reverse())).toEqual(checkContentReport(r, prior));
  });

  test.prop([fc.anything(), fc.anything()])('garbage is a RuleInputError, never another error', (a, b) => {
    try {
      checkContentReport(a as never, b as never);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
    }
  });
});
