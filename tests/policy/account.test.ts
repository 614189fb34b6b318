import { describe, expect, it } from 'vitest';
import { deepFreeze, thrown } from '../helpers.js';
import {
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
import { impersonationRefusal } from '../../src/policy/impersonation.js';

const ALL_MASKED = ['resident-number-back-digits', 'address', 'issue-date', 'photo'] as const;

describe('checkImpersonationReport', () => {
  it('policy.impersonation-report: a reported message and a fully masked proof are enough: the restriction follows without delay', () => {
    const r = checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...ALL_MASKED] } });
    expect(r).toMatchObject({ ok: true, value: { restriction: 'without-delay' } });
  });

  it('policy.impersonation-report: the same unmet requirements give the same frozen refusal', () => {
    const a = checkImpersonationReport({ messagesReported: false, identityProof: { masked: ['photo'] } });
    const b = checkImpersonationReport({ messagesReported: false, identityProof: { masked: ['photo', 'photo'] } });
    expect(b).toBe(a);
    expect(Object.isFrozen(a) && !a.ok && Object.isFrozen(a.reasons) && Object.isFrozen(a.message)).toBe(true);
    expect(checkImpersonationReport({ messagesReported: false, identityProof: { masked: ['address'] } })).not.toBe(a);
  });

  it('policy.impersonation-report: nothing done lists all six requirements in one refusal', () => {
    expect(checkImpersonationReport({ messagesReported: false, identityProof: null })).toMatchObject({
      ok: false,
      rule: 'policy.impersonation-report',
      code: 'report-incomplete',
      reasons: [
        'message-report',
        'identity-proof',
        'mask-resident-number-back-digits',
        'mask-address',
        'mask-issue-date',
        'mask-photo',
      ],
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
        "ok": false,
        "reasons": [
          "message-report",
          "identity-proof",
          "mask-resident-number-back-digits",
          "mask-address",
          "mask-issue-date",
          "mask-photo",
        ],
        "rule": "policy.impersonation-report",
      }
    `);
  });

  it('policy.id-masking: the refusal names only the masks still missing', () => {
    expect(
      checkImpersonationReport({ messagesReported: true, identityProof: { masked: ['address', 'photo'] } }),
    ).toMatchInlineSnapshot(`
      {
        "code": "id-not-masked",
        "message": {
          "en": "The report is not complete. Still needed: mask the back digits of the resident registration number; mask the issue date.",
          "ko": "신고 요건이 아직 부족합니다. 필요한 것: 주민등록번호 뒷자리 가리기, 발급일자 가리기.",
        },
        "ok": false,
        "reasons": [
          "mask-resident-number-back-digits",
          "mask-issue-date",
        ],
        "rule": "policy.id-masking",
      }
    `);
  });

  it('policy.impersonation-report: the complete report is told what happens next', () => {
    expect(
      checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...ALL_MASKED] } }),
    ).toMatchInlineSnapshot(`
      {
        "ok": true,
        "value": {
          "message": {
            "en": "The report is complete: once Kakao confirms it breaks the operating policy, the impersonator is restricted without delay.",
            "ko": "신고 요건을 갖췄습니다. 카카오가 운영정책 위반을 확인하면 사칭한 이용자를 지체 없이 제한합니다.",
          },
          "restriction": "without-delay",
        },
      }
    `);
  });

  it('policy.impersonation-report: a message report alone is not enough', () => {
    expect(checkImpersonationReport({ messagesReported: true, identityProof: null })).toMatchObject({
      rule: 'policy.impersonation-report',
      reasons: ['identity-proof', 'mask-resident-number-back-digits', 'mask-address', 'mask-issue-date', 'mask-photo'],
    });
  });

  it('policy.impersonation-report: proof without a message report is refused (Kakao cannot find the sender)', () => {
    expect(
      checkImpersonationReport({ messagesReported: false, identityProof: { masked: [...ALL_MASKED] } }),
    ).toMatchObject({
      rule: 'policy.impersonation-report',
      code: 'report-incomplete',
      reasons: ['message-report'],
    });
  });

  it.each([
    [
      ['address', 'photo'],
      ['mask-resident-number-back-digits', 'mask-issue-date'],
    ],
    [[], ['mask-resident-number-back-digits', 'mask-address', 'mask-issue-date', 'mask-photo']],
    [['resident-number-back-digits', 'address', 'issue-date'], ['mask-photo']],
    [['photo', 'photo', 'address', 'issue-date'], ['mask-resident-number-back-digits']],
  ] as const)('policy.id-masking: masked %j leaves %j', (masked, reasons) => {
    const r = checkImpersonationReport({ messagesReported: true, identityProof: { masked: [...masked] } });
    expect(r).toMatchObject({ ok: false, rule: 'policy.id-masking', code: 'id-not-masked', reasons });
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
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual([
        'report.messagesReported',
        'report.identityProof.masked.0',
      ]);
    }
  });
});

describe('checkInquiry', () => {
  it('policy.third-party-inquiry: the member may ask about themself, through the website form', () => {
    expect(checkInquiry({ requesterId: 'u1', subjectId: 'u1' })).toEqual({
      ok: true,
      value: { channel: 'website-inquiry-form', url: 'https://cs.kakao.com/requests' },
    });
  });

  it('policy.third-party-inquiry: family cannot ask for the member', () => {
    expect(checkInquiry({ requesterId: 'mother', subjectId: 'son' })).toEqual({
      ok: false,
      rule: 'policy.third-party-inquiry',
      code: 'third-party-inquiry',
      channel: 'website-inquiry-form',
      url: 'https://cs.kakao.com/requests',
      message: {
        en: "Kakao does not tell anyone else about a member's status. The member (the real user of that number) must ask through https://cs.kakao.com/requests.",
        ko: '회원의 상태는 제3자에게 안내하지 않습니다. 해당 번호의 실제 사용자 본인이 https://cs.kakao.com/requests 에서 직접 문의해야 합니다.',
      },
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
    expect(electionMisinformationPath(input)).toMatchObject({
      path,
      restricts,
      rule: 'policy.election-misinformation',
    });
  });
});

describe('checkAccountLink and withdrawalConsequences', () => {
  it('policy.one-account-one-talk: with another KakaoTalk in use, withdraw it first', () => {
    expect(checkAccountLink({ currentTalkActive: true })).toMatchObject({
      ok: false,
      rule: 'policy.one-account-one-talk',
      code: 'withdraw-current-talk-first',
    });
    expect(checkAccountLink({ currentTalkActive: false })).toEqual({
      ok: true,
      value: {
        next: 'log-in-with-earlier-account',
        message: {
          en: 'Sign up to KakaoTalk and log in with the earlier Kakao Account.',
          ko: '카카오톡 가입 과정에서 기존 카카오계정으로 로그인해 이용하세요.',
        },
      },
    });
  });

  it('policy.withdrawal-deletes: lists exactly what withdrawal deletes, in the source order', () => {
    const w = withdrawalConsequences();
    expect(w.deleted.map((d) => d.id)).toEqual([
      'chat-history',
      'friend-list',
      'profile',
      'gift-box',
      'item-box',
      'themes',
      'kakaopay',
      'other-settings',
    ]);
    expect(w.exportOptions.map((d) => d.id)).toEqual(['export-text-only', 'export-all-to-device']);
    expect([w.backupRestorable, w.importSupported, w.rule]).toEqual([false, false, 'policy.withdrawal-deletes']);
    for (const d of [...w.deleted, ...w.exportOptions]) {
      expect(d.rule).toBe('policy.withdrawal-deletes');
      expect(d.message.ko).toMatch(/[가-힣]/);
      expect(Object.keys(d).sort()).toEqual(['id', 'message', 'rule']);
    }
    expect(Object.isFrozen(w.deleted[0])).toBe(true);
  });
});

describe('checkMemorialProfileRequest', () => {
  it.each([
    ['allow', 'bereaved-family', { ok: true, value: { conversion: 'possible' } }],
    ['unset', 'bereaved-family', { ok: true, value: { conversion: 'undetermined' } }],
    ['allow', 'other', { ok: true, value: { conversion: 'undetermined' } }],
  ] as const)('policy.memorial-profile: preference %s, requested by %s', (preference, requestedBy, expected) => {
    expect(checkMemorialProfileRequest({ preference, requestedBy })).toEqual(expected);
  });

  it.each(['bereaved-family', 'other'] as const)(
    'policy.memorial-profile: "restrict" refuses a request by %s and passes the wish on',
    (requestedBy) => {
      expect(checkMemorialProfileRequest({ preference: 'restrict', requestedBy })).toMatchObject({
        ok: false,
        rule: 'policy.memorial-profile',
        code: 'conversion-restricted',
        wishPassedOn: true,
      });
    },
  );
});

describe('checkPlayStoreInstall', () => {
  it.each([
    [{ accountAge: 11, supervised: false }, 'account-under-12'],
    [{ accountAge: 0, supervised: true, contentRating: '18+' }, 'account-under-12'],
    [{ accountAge: 11, supervised: true, contentRating: 'all-ages' }, 'account-under-12'],
    [{ accountAge: 12, supervised: true, contentRating: 'all-ages' }, 'all-ages-content-only'],
    [{ accountAge: 15, supervised: true, contentRating: 'all-ages' }, 'all-ages-content-only'],
  ] as const)('policy.play-store-age: %j is refused with %s', (input, code) => {
    expect(checkPlayStoreInstall(input)).toMatchObject({ ok: false, rule: 'policy.play-store-age', code });
  });

  it.each([
    [{ accountAge: 12, supervised: false }],
    [{ accountAge: 40, supervised: false, contentRating: 'all-ages' }],
    [{ accountAge: 13, supervised: true, contentRating: '12+' }],
    [{ accountAge: 17, supervised: true, contentRating: '15+' }],
  ] as const)('policy.play-store-age: %j may install', (input) => {
    expect(checkPlayStoreInstall(input)).toEqual({ ok: true, value: undefined });
  });

  it('policy.play-store-age: the fix is the parent changing Family Link content restrictions', () => {
    expect(checkPlayStoreInstall({ accountAge: 13, supervised: true, contentRating: 'all-ages' })).toEqual({
      ok: false,
      rule: 'policy.play-store-age',
      code: 'all-ages-content-only',
      fix: 'family-link-content-restrictions',
      url: 'https://familylink.google.com/',
      message: {
        en: "This supervised account's Play download setting allows only all-ages content, so KakaoTalk cannot be installed or updated. A parent opens Family Link (app or https://familylink.google.com/), picks the child account, and changes its content restrictions for Google Play so KakaoTalk's rating is allowed.",
        ko: '자녀 계정의 Play 다운로드 설정이 전체 이용가로 되어 있어 카카오톡을 설치하거나 업데이트할 수 없습니다. 보호자가 Family Link 앱 또는 https://familylink.google.com/ 에서 자녀 계정을 고른 뒤 콘텐츠 제한의 Google Play 설정을 카카오톡 등급이 허용되도록 바꿉니다.',
      },
    });
    expect(checkPlayStoreInstall({ accountAge: 11, supervised: false })).toEqual({
      ok: false,
      rule: 'policy.play-store-age',
      code: 'account-under-12',
      minimumAge: 12,
      message: {
        en: 'Google Play does not install or update KakaoTalk for a Google account under 12.',
        ko: '만 12세 미만 구글 계정에서는 Google Play에서 카카오톡을 설치하거나 업데이트할 수 없습니다.',
      },
    });
  });

  it('a supervised account without a content rating, and a fractional age, are bad input (both listed)', () => {
    try {
      checkPlayStoreInstall({ accountAge: 12.5, supervised: true });
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual([
        'account.accountAge',
        'account.contentRating',
      ]);
    }
  });
});

describe('memoRetention', () => {
  it('policy.memo-retention: subscribers keep memos without limit', () => {
    expect(memoRetention({ talkDrawerSubscriber: true })).toEqual({ limited: false, rule: 'policy.memo-retention' });
    expect(memoRetention({ talkDrawerSubscriber: true, freeRetentionDays: 30 })).toEqual({
      limited: false,
      rule: 'policy.memo-retention',
    });
  });

  it('policy.memo-retention: others get the caller-supplied limit', () => {
    expect(memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 30 })).toEqual({
      limited: true,
      days: 30,
      rule: 'policy.memo-retention',
    });
  });

  it('policy.memo-retention: there is no default free limit', () => {
    expect(() => memoRetention({ talkDrawerSubscriber: false })).toThrow(/freeRetentionDays/);
  });
});

describe('bad input', () => {
  const fns: [string, (x: never) => unknown][] = [
    ['checkImpersonationReport', checkImpersonationReport],
    ['checkInquiry', checkInquiry],
    ['electionMisinformationPath', electionMisinformationPath],
    ['checkAccountLink', checkAccountLink],
    ['checkMemorialProfileRequest', checkMemorialProfileRequest],
    ['checkPlayStoreInstall', checkPlayStoreInstall],
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
    [() => checkInquiry({ requesterId: '', subjectId: 'a' })],
    [() => checkPlayStoreInstall({ accountAge: -1, supervised: false })],
    [() => memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 0 })],
    [() => memoRetention({ talkDrawerSubscriber: false, freeRetentionDays: 2.5 })],
    [() => checkMemorialProfileRequest({ preference: 'maybe', requestedBy: 'other' } as never)],
  ])('out-of-range value %# is bad input', (f) => {
    expect(f).toThrow(RuleInputError);
  });
});

describe('bad input: each function names itself and its argument, and lists every problem', () => {
  it('checkImpersonationReport: a non-boolean report flag and a mask list that is not an array', () => {
    expect(
      thrown(() => checkImpersonationReport({ messagesReported: 1, identityProof: { masked: 'photo' } } as never)),
    ).toMatchInlineSnapshot(`
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

  it('checkInquiry: an empty requester id and a non-string subject id', () => {
    expect(thrown(() => checkInquiry({ requesterId: '', subjectId: 7 } as never))).toMatchInlineSnapshot(`
      {
        "fn": "checkInquiry",
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

  it('checkAccountLink: a non-boolean currentTalkActive', () => {
    expect(thrown(() => checkAccountLink({ currentTalkActive: 'yes' } as never))).toMatchInlineSnapshot(`
      {
        "fn": "checkAccountLink",
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

  it('checkMemorialProfileRequest: an unknown preference and an unknown requester', () => {
    expect(
      thrown(() => checkMemorialProfileRequest({ preference: 'maybe', requestedBy: 'friend' } as never)),
    ).toMatchInlineSnapshot(`
      {
        "fn": "checkMemorialProfileRequest",
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

  it('checkPlayStoreInstall: a negative fractional age (both problems) and an unknown rating', () => {
    expect(
      thrown(() => checkPlayStoreInstall({ accountAge: -1.5, supervised: true, contentRating: '7+' } as never)),
    ).toMatchInlineSnapshot(`
      {
        "fn": "checkPlayStoreInstall",
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
    ['checkPlayStoreInstall', checkPlayStoreInstall, 'account', null, 'null'],
    ['checkPlayStoreInstall', checkPlayStoreInstall, 'account', undefined, 'undefined'],
    ['checkPlayStoreInstall', checkPlayStoreInstall, 'account', 42, 'number'],
    ['memoRetention', memoRetention, 'memo', null, 'null'],
    ['memoRetention', memoRetention, 'memo', undefined, 'undefined'],
    ['memoRetention', memoRetention, 'memo', 'x', 'string'],
  ] as const)(
    '%s(%j) reports only that it wants an object, not the cross-field check that needs one',
    (fn, f, arg, g, received) => {
      expect(thrown(() => f(g as never))).toEqual({
        fn,
        issues: [
          { path: [arg], code: 'invalid-type', message: `Invalid input: expected object, received ${received}` },
        ],
      });
    },
  );

  it('the cross-field checks are listed beside field problems of an object', () => {
    expect(
      thrown(() => checkPlayStoreInstall({ accountAge: 'ten', supervised: true } as never)),
    ).toMatchInlineSnapshot(`
      {
        "fn": "checkPlayStoreInstall",
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
            "code": "invalid-type",
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
            "code": "invalid-type",
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

// checkImpersonationReport keeps each refusal it builds, so only the first test meeting a set of
// requirements builds its sentences: these call the builder itself.
describe('impersonationRefusal: the sentences of a refusal', () => {
  it('policy.impersonation-report: every requirement, in English joined by "; ", in Korean by ", "', () => {
    expect(
      impersonationRefusal(
        [
          'message-report',
          'identity-proof',
          'mask-resident-number-back-digits',
          'mask-address',
          'mask-issue-date',
          'mask-photo',
        ],
        false,
      ),
    ).toEqual({
      ok: false,
      rule: 'policy.impersonation-report',
      code: 'report-incomplete',
      message: {
        en: 'The report is not complete. Still needed: report the messages with the in-app Report function; prove that you are the person impersonated (identity document); mask the back digits of the resident registration number; mask the address; mask the issue date; mask the photo.',
        ko: '신고 요건이 아직 부족합니다. 필요한 것: 앱의 신고 기능으로 메시지 신고, 본인임을 증명하는 신분증 증빙, 주민등록번호 뒷자리 가리기, 주소 가리기, 발급일자 가리기, 사진 가리기.',
      },
      reasons: [
        'message-report',
        'identity-proof',
        'mask-resident-number-back-digits',
        'mask-address',
        'mask-issue-date',
        'mask-photo',
      ],
    });
  });

  it('policy.id-masking: only masks missing', () => {
    expect(impersonationRefusal(['mask-address', 'mask-photo'], true)).toEqual({
      ok: false,
      rule: 'policy.id-masking',
      code: 'id-not-masked',
      message: {
        en: 'The report is not complete. Still needed: mask the address; mask the photo.',
        ko: '신고 요건이 아직 부족합니다. 필요한 것: 주소 가리기, 사진 가리기.',
      },
      reasons: ['mask-address', 'mask-photo'],
    });
  });
});
