import { describe, expect, it } from 'vitest';
import { deepFreeze, thrown } from '../helpers.js';
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

  it('policy.impersonation-report: the refusal lists every requirement in both languages, in order', () => {
    expect(checkImpersonationReport({ messagesReported: false, identityProof: null })).toMatchInlineSnapshot(`
      {
        "code": "report-incomplete",
        "message": {
          "en": "The report is not complete. Still needed: report the messages with the in-app Report function; prove that you are the person impersonated (identity document); mask the back digits of the resident registration number; mask the address; mask the issue date; mask the photo.",
          "ko": "신고 요건이 아직 부족합니다. 필요한 것: 앱의 신고 기능으로 메시지 신고, 본인임을 증명하는 신분증 증빙, 주민등록번호 뒷자리 가리기, 주소 가리기, 발급일자 가리기, 사진 가리기.",
        },
        "missing": [
          "message-report",
          "identity-proof",
          "mask-resident-number-back-digits",
          "mask-address",
          "mask-issue-date",
          "mask-photo",
        ],
        "ok": false,
        "rule": "policy.impersonation-report",
      }
    `);
  });

  it('policy.id-masking: the refusal names only the masks still missing', () => {
    expect(checkImpersonationReport({ messagesReported: true, identityProof: { masked: ['address', 'photo'] } })).toMatchInlineSnapshot(`
      {
        "code": "id-not-masked",
        "message": {
          "en": "The report is not complete. Still needed: mask the back digits of the resident registration number; mask the issue date.",
          "ko": "신고 요건이 아직 부족합니다. 필요한 것: 주민등록번호 뒷자리 가리기, 발급일자 가리기.",
        },
        "missing": [
          "mask-resident-number-back-digits",
          "mask-issue-date",
        ],
        "ok": false,
        "rule": "policy.id-masking",
      }
    `);
  });

  it('policy.impersonation-report: the complete report is told what happens next', () => {
    expect(checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...ALL_MASKED] } })).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": {
          "en": "The report is complete: Kakao checks it against the operating policy, and the impersonator can then be restricted.",
          "ko": "신고 요건을 갖췄습니다. 카카오가 운영정책 위반 여부를 확인한 뒤 사칭한 이용자를 제한할 수 있습니다.",
        },
      }
    `);
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

describe('bad input: each function names itself and its argument, and lists every problem', () => {
  it('checkImpersonationReport: a non-boolean report flag and a mask list that is not an array', () => {
    expect(thrown(() => checkImpersonationReport({ messagesReported: 1, identityProof: { masked: 'photo' } } as never))).toMatchInlineSnapshot(`
      {
        "fn": "checkImpersonationReport",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected boolean, received number",
            "path": [
              "report",
              "messagesReported",
            ],
          },
          {
            "code": "invalid-type",
            "message": "Invalid input: expected array, received string",
            "path": [
              "report",
              "identityProof",
              "masked",
            ],
          },
        ],
      }
    `);
  });

  it('canInquireAbout: an empty requester id and a non-string subject id', () => {
    expect(thrown(() => canInquireAbout({ requesterId: '', subjectId: 7 } as never))).toMatchInlineSnapshot(`
      {
        "fn": "canInquireAbout",
        "issues": [
          {
            "code": "too-small",
            "message": "Too small: expected string to have >=1 characters",
            "path": [
              "inquiry",
              "requesterId",
            ],
          },
          {
            "code": "invalid-type",
            "message": "Invalid input: expected string, received number",
            "path": [
              "inquiry",
              "subjectId",
            ],
          },
        ],
      }
    `);
  });

  it('electionMisinformationPath: a non-boolean flag and a missing one', () => {
    expect(thrown(() => electionMisinformationPath({ kakaoCanJudge: 'no' } as never))).toMatchInlineSnapshot(`
      {
        "fn": "electionMisinformationPath",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected boolean, received string",
            "path": [
              "report",
              "kakaoCanJudge",
            ],
          },
          {
            "code": "invalid-type",
            "message": "Invalid input: expected boolean, received undefined",
            "path": [
              "report",
              "commissionRequested",
            ],
          },
        ],
      }
    `);
  });

  it('accountLinkCheck: a non-boolean currentTalkActive', () => {
    expect(thrown(() => accountLinkCheck({ currentTalkActive: 'yes' } as never))).toMatchInlineSnapshot(`
      {
        "fn": "accountLinkCheck",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected boolean, received string",
            "path": [
              "link",
              "currentTalkActive",
            ],
          },
        ],
      }
    `);
  });

  it('memorialProfileDecision: an unknown preference and an unknown requester', () => {
    expect(thrown(() => memorialProfileDecision({ preference: 'maybe', requestedBy: 'friend' } as never))).toMatchInlineSnapshot(`
      {
        "fn": "memorialProfileDecision",
        "issues": [
          {
            "code": "invalid-value",
            "message": "Invalid option: expected one of "allow"|"restrict"|"unset"",
            "path": [
              "request",
              "preference",
            ],
          },
          {
            "code": "invalid-value",
            "message": "Invalid option: expected one of "bereaved-family"|"other"",
            "path": [
              "request",
              "requestedBy",
            ],
          },
        ],
      }
    `);
  });

  it('playStoreInstallCheck: a negative fractional age (both problems) and an unknown rating', () => {
    expect(thrown(() => playStoreInstallCheck({ accountAge: -1.5, supervised: true, contentRating: '7+' } as never))).toMatchInlineSnapshot(`
      {
        "fn": "playStoreInstallCheck",
        "issues": [
          {
            "code": "too-small",
            "message": "Too small: expected number to be >=0",
            "path": [
              "account",
              "accountAge",
            ],
          },
          {
            "code": "not-multiple-of",
            "message": "expected a whole number of years",
            "path": [
              "account",
              "accountAge",
            ],
          },
          {
            "code": "invalid-value",
            "message": "Invalid option: expected one of "all-ages"|"12+"|"15+"|"18+"",
            "path": [
              "account",
              "contentRating",
            ],
          },
        ],
      }
    `);
  });

  it('memoRetention: a free limit below 1 day and not whole (both problems)', () => {
    expect(thrown(() => memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 0.5 }))).toMatchInlineSnapshot(`
      {
        "fn": "memoRetention",
        "issues": [
          {
            "code": "too-small",
            "message": "Too small: expected number to be >=1",
            "path": [
              "memo",
              "freeRetentionDays",
            ],
          },
          {
            "code": "not-multiple-of",
            "message": "expected a whole number of days",
            "path": [
              "memo",
              "freeRetentionDays",
            ],
          },
        ],
      }
    `);
  });

  it.each([
    ['playStoreInstallCheck', playStoreInstallCheck, 'account', null, 'null'],
    ['playStoreInstallCheck', playStoreInstallCheck, 'account', undefined, 'undefined'],
    ['playStoreInstallCheck', playStoreInstallCheck, 'account', 42, 'number'],
    ['memoRetention', memoRetention, 'memo', null, 'null'],
    ['memoRetention', memoRetention, 'memo', undefined, 'undefined'],
    ['memoRetention', memoRetention, 'memo', 'x', 'string'],
  ] as const)('%s(%j) reports only that it wants an object, not the cross-field check that needs one', (fn, f, arg, g, received) => {
    expect(thrown(() => f(g as never))).toEqual({
      fn,
      issues: [{ path: [arg], code: 'invalid-type', message: `Invalid input: expected object, received ${received}` }],
    });
  });

  it('the cross-field checks are listed beside field problems of an object', () => {
    expect(thrown(() => playStoreInstallCheck({ accountAge: 'ten', supervised: true } as never))).toMatchInlineSnapshot(`
      {
        "fn": "playStoreInstallCheck",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected number, received string",
            "path": [
              "account",
              "accountAge",
            ],
          },
          {
            "code": "custom",
            "message": "a supervised account needs its Play content rating",
            "path": [
              "account",
              "contentRating",
            ],
          },
        ],
      }
    `);
    expect(thrown(() => memoRetention({ talkDrawerSubscriber: false, extra: 1 } as never))).toMatchInlineSnapshot(`
      {
        "fn": "memoRetention",
        "issues": [
          {
            "code": "custom",
            "message": "the free retention limit is undocumented: pass freeRetentionDays",
            "path": [
              "memo",
              "freeRetentionDays",
            ],
          },
        ],
      }
    `);
  });
});
