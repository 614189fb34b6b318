import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../helpers.js';
import {
  RuleInputError,
  accountLinkCheck,
  canInquireAbout,
  checkImpersonationReport,
  electionMisinformationPath,
  memoRetention,
  memorialProfileDecision,
  playStoreInstallCheck,
  withdrawalConsequences,
} from '../../src/index.js';

const ALL_MASKED = ['resident-number-back-digits', 'address', 'issue-date', 'photo'] as const;

describe('checkImpersonationReport', () => {
  it('policy.impersonation-report: a reported message and a fully masked proof are enough', () => {
    const r = checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...ALL_MASKED] } });
    expect(r.ok).toBe(true);
  });

  it('policy.impersonation-report: nothing done lists all six requirements in one refusal', () => {
    expect(checkImpersonationReport({ messagesReported: false, identityProof: null })).toMatchObject({
      ok: false,
      rule: 'policy.impersonation-report',
      code: 'report-incomplete',
      missing: ['message-report', 'identity-proof', 'mask-resident-number-back-digits', 'mask-address', 'mask-issue-date', 'mask-photo'],
    });
  });

  it('policy.impersonation-report: a message report alone is not enough', () => {
    expect(checkImpersonationReport({ messagesReported: true, identityProof: null })).toMatchObject({
      rule: 'policy.impersonation-report',
      missing: ['identity-proof', 'mask-resident-number-back-digits', 'mask-address', 'mask-issue-date', 'mask-photo'],
    });
  });

  it('policy.impersonation-report: proof without a message report is refused (Kakao cannot find the sender)', () => {
    expect(checkImpersonationReport({ messagesReported: false, identityProof: { masked: [...ALL_MASKED] } })).toMatchObject({
      rule: 'policy.impersonation-report',
      code: 'report-incomplete',
      missing: ['message-report'],
    });
  });

  it.each([
    [['address', 'photo'], ['mask-resident-number-back-digits', 'mask-issue-date']],
    [[], ['mask-resident-number-back-digits', 'mask-address', 'mask-issue-date', 'mask-photo']],
    [['resident-number-back-digits', 'address', 'issue-date'], ['mask-photo']],
    [['photo', 'photo', 'address', 'issue-date'], ['mask-resident-number-back-digits']],
  ] as const)('policy.id-masking: masked %j leaves %j', (masked, missing) => {
    const r = checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...masked] } });
    expect(r).toMatchObject({ ok: false, rule: 'policy.id-masking', code: 'id-not-masked', missing });
    if (!r.ok) expect(r.message.ko).toMatch(/가리기/);
  });

  it('does not mutate its (deep-frozen) input', () => {
    const input = deepFreeze({ messagesReported: true, identityProof: { masked: ['photo' as const] } });
    checkImpersonationReport(input);
    expect(input).toEqual({ messagesReported: true, identityProof: { masked: ['photo'] } });
  });

  it('lists every bad field', () => {
    try {
      checkImpersonationReport({ messagesReported: 'yes', identityProof: { masked: ['face'] } } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual(['report.messagesReported', 'report.identityProof.masked.0']);
    }
  });
});

describe('canInquireAbout', () => {
  it('policy.third-party-inquiry: the member may ask about themself, through the website form', () => {
    expect(canInquireAbout({ requesterId: 'u1', subjectId: 'u1' })).toEqual({
      ok: true,
      value: { channel: 'website-inquiry-form', url: 'https://cs.kakao.com/requests' },
    });
  });

  it('policy.third-party-inquiry: family cannot ask for the member', () => {
    expect(canInquireAbout({ requesterId: 'mother', subjectId: 'son' })).toMatchObject({
      ok: false,
      rule: 'policy.third-party-inquiry',
      code: 'third-party-inquiry',
      channel: 'website-inquiry-form',
    });
  });
});

describe('electionMisinformationPath', () => {
  it.each([
    [{ kakaoCanJudge: true, commissionRequested: false }, 'judged-by-policy', 'undetermined'],
    [{ kakaoCanJudge: false, commissionRequested: false }, 'awaiting-commission-request', 'undetermined'],
    [{ kakaoCanJudge: false, commissionRequested: true }, 'commission-request', 'content-or-user'],
    [{ kakaoCanJudge: true, commissionRequested: true }, 'commission-request', 'content-or-user'],
  ])('policy.election-misinformation: %j takes the %s path', (input, path, restricts) => {
    expect(electionMisinformationPath(input)).toMatchObject({ path, restricts, rule: 'policy.election-misinformation' });
  });
});

describe('accountLinkCheck and withdrawalConsequences', () => {
  it('policy.one-account-one-talk: with another KakaoTalk in use, withdraw it first', () => {
    expect(accountLinkCheck({ currentTalkActive: true })).toMatchObject({
      ok: false,
      rule: 'policy.one-account-one-talk',
      code: 'withdraw-current-talk-first',
    });
    expect(accountLinkCheck({ currentTalkActive: false }).ok).toBe(true);
  });

  it('policy.withdrawal-deletes: lists exactly what withdrawal deletes, in the source order', () => {
    const w = withdrawalConsequences();
    expect(w.deleted.map((d) => d.id)).toEqual(['chat-history', 'friend-list', 'profile', 'gift-box', 'item-box', 'themes', 'kakaopay', 'other-settings']);
    expect(w.exportOptions.map((d) => d.id)).toEqual(['export-text-only', 'export-all-to-device']);
    expect([w.backupRestorable, w.importSupported, w.rule]).toEqual([false, false, 'policy.withdrawal-deletes']);
    for (const d of [...w.deleted, ...w.exportOptions]) {
      expect(d.rule).toBe('policy.withdrawal-deletes');
      expect(d.ko).toMatch(/[가-힣]/);
    }
    expect(Object.isFrozen(w.deleted[0])).toBe(true);
  });
});

describe('memorialProfileDecision', () => {
  it.each([
    ['allow', 'bereaved-family', { ok: true, value: { conversion: 'possible' } }],
    ['unset', 'bereaved-family', { ok: true, value: { conversion: 'undetermined' } }],
    ['allow', 'other', { ok: true, value: { conversion: 'undetermined' } }],
  ] as const)('policy.memorial-profile: preference %s, requested by %s', (preference, requestedBy, expected) => {
    expect(memorialProfileDecision({ preference, requestedBy })).toEqual(expected);
  });

  it.each(['bereaved-family', 'other'] as const)('policy.memorial-profile: "restrict" refuses a request by %s and passes the wish on', (requestedBy) => {
    expect(memorialProfileDecision({ preference: 'restrict', requestedBy })).toMatchObject({
      ok: false,
      rule: 'policy.memorial-profile',
      code: 'conversion-restricted',
      wishPassedOn: true,
    });
  });
});

describe('playStoreInstallCheck', () => {
  it.each([
    [{ accountAge: 11, supervised: false }, 'account-under-12'],
    [{ accountAge: 0, supervised: true, contentRating: '18+' }, 'account-under-12'],
    [{ accountAge: 11, supervised: true, contentRating: 'all-ages' }, 'account-under-12'],
    [{ accountAge: 12, supervised: true, contentRating: 'all-ages' }, 'all-ages-content-only'],
    [{ accountAge: 15, supervised: true, contentRating: 'all-ages' }, 'all-ages-content-only'],
  ] as const)('policy.play-store-age: %j is refused with %s', (input, code) => {
    expect(playStoreInstallCheck(input)).toMatchObject({ ok: false, rule: 'policy.play-store-age', code });
  });

  it.each([
    [{ accountAge: 12, supervised: false }],
    [{ accountAge: 40, supervised: false, contentRating: 'all-ages' }],
    [{ accountAge: 13, supervised: true, contentRating: '12+' }],
    [{ accountAge: 17, supervised: true, contentRating: '15+' }],
  ] as const)('policy.play-store-age: %j may install', (input) => {
    expect(playStoreInstallCheck(input)).toEqual({ ok: true, value: undefined });
  });

  it('policy.play-store-age: the fix is the parent changing Family Link content restrictions', () => {
    const r = playStoreInstallCheck({ accountAge: 13, supervised: true, contentRating: 'all-ages' });
    expect(r.ok).toBe(false);
    if (!r.ok && r.code === 'all-ages-content-only') {
      expect(r.fix.en).toMatch(/Family Link/);
      expect(r.fix.ko).toMatch(/콘텐츠 제한/);
    }
  });

  it('a supervised account without a content rating, and a fractional age, are bad input (both listed)', () => {
    try {
      playStoreInstallCheck({ accountAge: 12.5, supervised: true });
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual(['account.accountAge', 'account.contentRating']);
    }
  });
});

describe('memoRetention', () => {
  it('policy.memo-retention: subscribers keep memos without limit', () => {
    expect(memoRetention({ talkDrawerSubscriber: true })).toEqual({ limited: false, rule: 'policy.memo-retention' });
    expect(memoRetention({ talkDrawerSubscriber: true, freeRetentionDays: 30 })).toEqual({ limited: false, rule: 'policy.memo-retention' });
  });

  it('policy.memo-retention: others get the caller-supplied limit', () => {
    expect(memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 30 })).toEqual({ limited: true, days: 30, rule: 'policy.memo-retention' });
  });

  it('policy.memo-retention: there is no default free limit', () => {
    expect(() => memoRetention({ talkDrawerSubscriber: false })).toThrow(/freeRetentionDays/);
  });
});

describe('bad input', () => {
  const fns: [string, (x: never) => unknown][] = [
    ['checkImpersonationReport', checkImpersonationReport],
    ['canInquireAbout', canInquireAbout],
    ['electionMisinformationPath', electionMisinformationPath],
    ['accountLinkCheck', accountLinkCheck],
    ['memorialProfileDecision', memorialProfileDecision],
    ['playStoreInstallCheck', playStoreInstallCheck],
    ['memoRetention', memoRetention],
  ];
  const garbage = [null, undefined, 42, 'x', [], {}, Object.freeze({ a: 1 }), JSON.parse('{"__proto__":{"ok":true}}')];

  it.each(fns)('%s throws RuleInputError naming itself for every garbage value', (name, fn) => {
    for (const g of garbage) {
      try {
        fn(g as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
        expect((e as RuleInputError).fn).toBe(name);
        expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    [() => canInquireAbout({ requesterId: '', subjectId: 'a' })],
    [() => playStoreInstallCheck({ accountAge: -1, supervised: false })],
    [() => memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 0 })],
    [() => memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 2.5 })],
    [() => memorialProfileDecision({ preference: 'maybe', requestedBy: 'other' } as never)],
  ])('out-of-range value %# is bad input', (f) => {
    expect(f).toThrow(RuleInputError);
  });
});
