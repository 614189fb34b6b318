import { fc, test } from '../prop.js';
import { describe, expect, it } from 'vitest';
import {
  AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
  AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
  ID_MASK_FIELDS,
  PLAY_CONTENT_RATINGS,
  PLAY_STORE_MIN_ACCOUNT_AGE,
  POLICY_REFUSAL_CODES,
  RULES,
  checkAccountLink,
  checkImpersonationReport,
  checkInquiry,
  checkMemorialProfileRequest,
  checkPlayStoreInstall,
  type Refusal,
  type RuleEntry,
} from '../../src/index.js';
import { POLICY_RULES } from '../../src/policy/rules.js';

const entries = Object.values(POLICY_RULES) as RuleEntry[];

/** One outcome of each policy check, from generated inputs. */
const outcomes = fc.tuple(
  fc
    .record({
      messagesReported: fc.boolean(),
      identityProof: fc.option(fc.record({ masked: fc.array(fc.constantFrom(...ID_MASK_FIELDS), { maxLength: 6 }) }), {
        nil: null,
      }),
    })
    .map(checkImpersonationReport),
  fc.record({ requesterId: fc.constantFrom('a', 'b'), subjectId: fc.constantFrom('a', 'b') }).map(checkInquiry),
  fc.record({ currentTalkActive: fc.boolean() }).map(checkAccountLink),
  fc
    .record({
      preference: fc.constantFrom('allow', 'restrict', 'unset' as const),
      requestedBy: fc.constantFrom('bereaved-family', 'other' as const),
    })
    .map(checkMemorialProfileRequest),
  fc
    .record({
      accountAge: fc.nat({ max: 30 }),
      supervised: fc.boolean(),
      contentRating: fc.constantFrom(...PLAY_CONTENT_RATINGS),
    })
    .map(checkPlayStoreInstall),
);

describe('the policy rules in one place', () => {
  it('POLICY_REFUSAL_CODES is exactly the set of codes over the policy entries, each code under one rule', () => {
    const codes = entries.flatMap((e) => e.codes);
    expect(codes.sort()).toEqual([...POLICY_REFUSAL_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('each code sits under the rule its refusals name', () => {
    expect(Object.fromEntries(entries.filter((e) => e.codes.length > 0).map((e) => [e.id, e.codes]))).toEqual({
      'policy.impersonation-report': ['report-incomplete'],
      'policy.id-masking': ['id-not-masked'],
      'policy.third-party-inquiry': ['third-party-inquiry'],
      'policy.one-account-one-talk': ['withdraw-current-talk-first'],
      'policy.memorial-profile': ['conversion-restricted'],
      'policy.play-store-age': ['account-under-12', 'all-ages-content-only'],
    });
  });

  test.prop([outcomes])('every refusal a policy check returns names a rule whose entry lists its code', (os) => {
    for (const o of os) {
      if (o.ok) continue;
      const r = o as Refusal;
      expect((RULES[r.rule as keyof typeof RULES] as RuleEntry).codes).toContain(r.code);
      expect(POLICY_REFUSAL_CODES).toContain(r.code);
    }
  });

  it('the catalogue numbers are the constants the code uses', () => {
    expect(RULES['policy.play-store-age'].limits).toEqual({ minimumAccountAge: PLAY_STORE_MIN_ACCOUNT_AGE });
    expect(
      checkPlayStoreInstall({
        accountAge: RULES['policy.play-store-age'].limits.minimumAccountAge - 1,
        supervised: false,
      }).ok,
    ).toBe(false);
    expect(
      checkPlayStoreInstall({ accountAge: RULES['policy.play-store-age'].limits.minimumAccountAge, supervised: false })
        .ok,
    ).toBe(true);
    expect(RULES['policy.auto-protection'].limits).toEqual({
      bestCaseLiftMinDays: AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS,
      bestCaseLiftMaxDays: AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS,
    });
    expect([AUTO_PROTECTION_BEST_CASE_LIFT_MIN_DAYS, AUTO_PROTECTION_BEST_CASE_LIFT_MAX_DAYS]).toEqual([1, 2]);
  });

  it('the revised readings are in the entries (rule book revisions of 2026-12-01)', () => {
    expect(RULES['policy.severity-order'].summary.en).toMatch(
      /none < user protection < temporary restriction < permanent restriction/,
    );
    expect(RULES['policy.open-chat-zero-tolerance'].interpretation).toMatch(/The list is open/);
    expect(RULES['policy.impersonation-report'].interpretation).toMatch(/without-delay/);
    expect(RULES['policy.impersonation-report'].summary.en).toMatch(/Not about stolen accounts/);
    expect(RULES['policy.auto-protection'].interpretation).toMatch(/'suspected'/);
  });

  it('every policy entry is in the root catalogue, unchanged and frozen', () => {
    for (const e of entries) {
      expect(RULES[e.id as keyof typeof RULES]).toBe(e);
      expect(Object.isFrozen(e) && Object.isFrozen(e.codes)).toBe(true);
    }
  });
});
