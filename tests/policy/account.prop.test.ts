import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  ID_MASK_FIELDS,
  PLAY_CONTENT_RATINGS,
  RuleInputError,
  checkAccountLink,
  checkInquiry,
  checkImpersonationReport,
  electionMisinformationPath,
  memoRetention,
  checkMemorialProfileRequest,
  checkPlayStoreInstall,
  withdrawalConsequences,
} from '../../src/index.js';

const masked = fc.array(fc.constantFrom(...ID_MASK_FIELDS), { maxLength: 8 });
const proof = fc.option(fc.record({ masked }), { nil: null });

describe('policy account rules (laws)', () => {
  test.prop([fc.boolean(), proof])(
    'policy.impersonation-report and policy.id-masking: the report passes exactly when every requirement is met, else all unmet ones are listed',
    (messagesReported, identityProof) => {
      const r = checkImpersonationReport({ messagesReported, identityProof });
      const unmasked = ID_MASK_FIELDS.filter((f) => !identityProof?.masked.includes(f)).map((f) => `mask-${f}`);
      const expected = [
        ...(messagesReported ? [] : ['message-report']),
        ...(identityProof ? [] : ['identity-proof']),
        ...unmasked,
      ];
      if (expected.length === 0) expect(r).toMatchObject({ ok: true, value: { restriction: 'without-delay' } });
      else {
        expect(r).toMatchObject({ ok: false, reasons: expected });
        expect(r.ok === false && r.rule).toBe(
          messagesReported && identityProof ? 'policy.id-masking' : 'policy.impersonation-report',
        );
      }
    },
  );

  test.prop([fc.string({ minLength: 1 }), fc.string({ minLength: 1 })])(
    'policy.third-party-inquiry: only the member themself may inquire',
    (requesterId, subjectId) => {
      const r = checkInquiry({ requesterId, subjectId });
      expect(r.ok).toBe(requesterId === subjectId);
      expect(checkInquiry({ requesterId: subjectId, subjectId }).ok).toBe(true);
    },
  );

  test.prop([fc.boolean(), fc.boolean()])(
    'policy.election-misinformation: a Commission request always restricts content or user; without one no restriction is certain',
    (kakaoCanJudge, commissionRequested) => {
      const p = electionMisinformationPath({ kakaoCanJudge, commissionRequested });
      expect(p.restricts === 'content-or-user').toBe(commissionRequested);
      expect(p.rule).toBe('policy.election-misinformation');
    },
  );

  test.prop([fc.boolean()])(
    'policy.one-account-one-talk: an earlier account is usable exactly when no other KakaoTalk is in use',
    (currentTalkActive) => {
      expect(checkAccountLink({ currentTalkActive }).ok).toBe(!currentTalkActive);
    },
  );

  test.prop([fc.constant(null)])(
    'policy.withdrawal-deletes: the consequences are the same frozen data on every call',
    () => {
      const w = withdrawalConsequences();
      expect(withdrawalConsequences()).toBe(w);
      expect(Object.isFrozen(w) && Object.isFrozen(w.deleted) && w.deleted.every(Object.isFrozen)).toBe(true);
      expect(w.importSupported).toBe(false);
    },
  );

  test.prop([
    fc.constantFrom('allow', 'restrict', 'unset' as const),
    fc.constantFrom('bereaved-family', 'other' as const),
  ])(
    'policy.memorial-profile: a recorded "restrict" is always refused; only "allow" asked by the family is possible',
    (preference, requestedBy) => {
      const r = checkMemorialProfileRequest({ preference, requestedBy });
      expect(r.ok).toBe(preference !== 'restrict');
      if (r.ok)
        expect(r.value.conversion).toBe(
          preference === 'allow' && requestedBy === 'bereaved-family' ? 'possible' : 'undetermined',
        );
    },
  );

  test.prop([fc.nat({ max: 120 }), fc.boolean(), fc.constantFrom(...PLAY_CONTENT_RATINGS)])(
    'policy.play-store-age: blocked exactly when under 12 or supervised with all-ages only',
    (accountAge, supervised, contentRating) => {
      const r = checkPlayStoreInstall({ accountAge, supervised, contentRating });
      expect(r.ok).toBe(!(accountAge < 12 || (supervised && contentRating === 'all-ages')));
      if (!r.ok) expect(r.code).toBe(accountAge < 12 ? 'account-under-12' : 'all-ages-content-only');
    },
  );

  test.prop([fc.boolean(), fc.integer({ min: 1, max: 100_000 })])(
    'policy.memo-retention: subscribers are unlimited, everyone else gets exactly the supplied limit',
    (talkDrawerSubscriber, freeRetentionDays) => {
      const r = memoRetention({ talkDrawerSubscriber, freeRetentionDays });
      expect(r).toEqual(
        talkDrawerSubscriber
          ? { limited: false, rule: 'policy.memo-retention' }
          : { limited: true, days: freeRetentionDays, rule: 'policy.memo-retention' },
      );
    },
  );

  test.prop([fc.anything()])('garbage is bad input for every account rule, never another error', (x) => {
    for (const fn of [
      checkImpersonationReport,
      checkInquiry,
      electionMisinformationPath,
      checkAccountLink,
      checkMemorialProfileRequest,
      checkPlayStoreInstall,
      memoRetention,
    ]) {
      try {
        fn(x as never);
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
      }
    }
  });
});
