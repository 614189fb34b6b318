import { describe, expect, it } from 'vitest';
import { RULES, RuleInputError, assessViolation, describeAutoProtection } from '../../src/index.js';
import { thrown } from '../helpers.js';

describe('assessViolation', () => {
  it.each([
    ['obscene-material', 1],
    ['illegal-gambling', 1],
    ['promotion-of-obscene-or-gambling', 1],
    ['illegal-gambling', 7],
  ] as const)(
    'policy.open-chat-zero-tolerance: %s in Open Chat (count %i) can lead to a permanent restriction',
    (kind, count) => {
      expect(assessViolation({ kind, context: 'open-chat', count })).toEqual({
        kind,
        context: 'open-chat',
        listed: true,
        similarTo: null,
        possibleMeasure: 'permanent-restriction',
        certain: false,
        path: 'report-review',
        automaticTrigger: 'none',
        rule: 'policy.open-chat-zero-tolerance',
        secondarySource: false,
        message: {
          en: 'In Open Chat even a single such message, once reported, can lead to a permanent restriction.',
          ko: '오픈채팅에서는 신고된 이런 메시지 한 번만으로도 영구 이용제한이 될 수 있습니다.',
        },
      });
    },
  );

  it.each(['obscene-material', 'illegal-gambling', 'promotion-of-obscene-or-gambling'] as const)(
    'policy.open-chat-zero-tolerance: %s outside Open Chat has no documented measure',
    (kind) => {
      expect(assessViolation({ kind, context: 'other', count: 1 })).toMatchObject({
        possibleMeasure: 'undetermined',
        certain: false,
        path: 'undocumented',
        rule: 'policy.open-chat-zero-tolerance',
      });
    },
  );

  it.each([
    ['illegal-activity', 'main'],
    ['spam', 'main'],
    ['mass-chat-room-creation', 'named'],
    ['mass-friend-adds', 'suspected'],
  ] as const)(
    'policy.auto-protection: %s can trigger the automatic user protection measure, weighed %s (secondary source)',
    (kind, automaticTrigger) => {
      for (const context of ['open-chat', 'other'] as const) {
        expect(assessViolation({ kind, context, count: 3 })).toMatchObject({
          kind,
          listed: true,
          possibleMeasure: 'user-protection',
          certain: false,
          path: 'automatic',
          automaticTrigger,
          rule: 'policy.auto-protection',
          secondarySource: true,
        });
      }
    },
  );

  it('policy.auto-protection: mass friend adds is only possible, and its message says so', () => {
    expect(assessViolation({ kind: 'mass-friend-adds', context: 'other', count: 500 }).message).toEqual({
      en: 'Only suspected as a trigger of user protection (secondary source); the criteria are unpublished.',
      ko: '이용자 보호조치의 원인으로 추정될 뿐입니다(2차 출처). 기준은 비공개입니다.',
    });
  });

  it('policy.auto-protection: describeAutoProtection lists the main triggers first, the suspected one last, and the best case of a day or two', () => {
    const a = describeAutoProtection();
    expect(a.triggers.map((t) => [t.trigger, t.weight, t.certain])).toEqual([
      ['illegal-activity', 'main', false],
      ['spam', 'main', false],
      ['mass-chat-room-creation', 'named', false],
      ['mass-friend-adds', 'suspected', false],
    ]);
    expect(a).toMatchObject({
      measure: 'user-protection',
      appliedBy: 'system',
      liftedBy: 'system',
      agentCanLift: false,
      bestCaseLift: { minDays: 1, maxDays: 2, condition: 'no-spam-or-report-history' },
      rule: 'policy.auto-protection',
      secondarySource: true,
    });
    expect(a.triggers[3]!.message).toEqual({
      en: 'adding many friends at once (only suspected)',
      ko: '친구 대량 추가 (추정)',
    });
    expect(RULES['policy.auto-protection'].limits).toEqual({
      bestCaseLiftMinDays: a.bestCaseLift.minDays,
      bestCaseLiftMaxDays: a.bestCaseLift.maxDays,
    });
    expect(Object.isFrozen(a) && Object.isFrozen(a.triggers) && Object.isFrozen(a.bestCaseLift)).toBe(true);
    expect(describeAutoProtection()).toBe(a);
  });

  describe('policy.open-chat-zero-tolerance: the list is open ("or the like")', () => {
    it.each(['open-chat', 'other'] as const)(
      'a kind the rule book does not list is answered in %s, not refused: listed false, undetermined',
      (context) => {
        expect(assessViolation({ kind: 'drug-dealing', context, count: 1 })).toEqual({
          kind: 'drug-dealing',
          context,
          listed: false,
          similarTo: null,
          possibleMeasure: 'undetermined',
          certain: false,
          path: 'undocumented',
          automaticTrigger: 'none',
          rule: 'policy.open-chat-zero-tolerance',
          secondarySource: false,
          message: {
            en: 'Not a listed kind. The Open Chat list is open ("or the like"): if you judge it like one, pass similarTo.',
            ko: '목록에 없는 종류입니다. 오픈채팅 목록은 "등"으로 열려 있으니, 같은 종류로 판단되면 similarTo로 알려 주세요.',
          },
        });
      },
    );

    it('an unlisted kind the caller judges like a listed one follows the listed kind in Open Chat, and shows the judgement', () => {
      expect(
        assessViolation({ kind: 'drug-dealing', context: 'open-chat', count: 1, similarTo: 'illegal-gambling' }),
      ).toMatchObject({
        kind: 'drug-dealing',
        listed: false,
        similarTo: 'illegal-gambling',
        possibleMeasure: 'permanent-restriction',
        certain: false,
        path: 'report-review',
        rule: 'policy.open-chat-zero-tolerance',
      });
    });

    it('outside Open Chat the judgement changes nothing: undetermined, as for the listed kinds', () => {
      expect(
        assessViolation({ kind: 'drug-dealing', context: 'other', count: 1, similarTo: 'obscene-material' }),
      ).toMatchObject({
        listed: false,
        similarTo: 'obscene-material',
        possibleMeasure: 'undetermined',
        path: 'undocumented',
      });
    });

    it.each(['__proto__', 'constructor', 'toString', 'Spam'])(
      'an unlisted kind %j is only an unlisted kind',
      (kind) => {
        expect(assessViolation({ kind, context: 'open-chat', count: 1 })).toMatchObject({
          kind,
          listed: false,
          possibleMeasure: 'undetermined',
        });
      },
    );

    it('similarTo is bad input for a listed kind, and must name a listed zero-tolerance kind', () => {
      expect(
        thrown(() => assessViolation({ kind: 'spam', context: 'open-chat', count: 1, similarTo: 'illegal-gambling' })),
      ).toEqual({
        fn: 'assessViolation',
        issues: [
          {
            path: ['violation', 'similarTo'],
            code: 'invalid-value',
            message: 'similarTo is only for a kind the rule book does not list; this kind is listed',
          },
        ],
      });
      expect(
        thrown(() =>
          assessViolation({ kind: 'drug-dealing', context: 'open-chat', count: 1, similarTo: 'spam' } as never),
        ),
      ).toEqual({
        fn: 'assessViolation',
        issues: [
          {
            path: ['violation', 'similarTo'],
            code: 'invalid-value',
            message:
              'Invalid option: expected one of "obscene-material"|"illegal-gambling"|"promotion-of-obscene-or-gambling"',
          },
        ],
      });
    });
  });

  it('policy.impersonation-report: impersonation names the documented procedure, not a level', () => {
    expect(assessViolation({ kind: 'impersonation-for-money', context: 'other', count: 1 })).toMatchObject({
      possibleMeasure: 'undetermined',
      path: 'impersonation-report',
      rule: 'policy.impersonation-report',
      message: { en: expect.stringMatching(/without delay/), ko: expect.stringMatching(/지체 없이/) },
    });
  });

  it('policy.election-misinformation: election misinformation names the documented path, not a level', () => {
    expect(assessViolation({ kind: 'election-misinformation', context: 'open-chat', count: 2 })).toMatchObject({
      possibleMeasure: 'undetermined',
      path: 'election-misinformation',
      rule: 'policy.election-misinformation',
    });
  });

  it('returns frozen plain data in both languages', () => {
    const a = assessViolation({ kind: 'spam', context: 'other', count: 1 });
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.message.ko).toMatch(/[가-힣]/);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('does not mutate its (frozen) input', () => {
    const input = Object.freeze({ kind: 'spam', context: 'open-chat', count: 2 } as const);
    assessViolation(input);
    expect(input).toEqual({ kind: 'spam', context: 'open-chat', count: 2 });
  });

  it('lists every bad field', () => {
    try {
      assessViolation({ kind: '', context: 'dm', count: -1 } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual([
        'violation.kind',
        'violation.context',
        'violation.count',
      ]);
    }
  });

  it.each([
    [null],
    [undefined],
    ['spam'],
    [[]],
    [{}],
    [{ kind: 'spam', context: 'other', count: 0 }],
    [{ kind: 'spam', context: 'other', count: 1.5 }],
    [{ kind: 'spam', context: 'other' }],
    [{ kind: '', context: 'other', count: 1 }],
    [{ kind: 7, context: 'other', count: 1 }],
    [{ kind: 'theft', context: 'dm', count: 1 }],
    [JSON.parse('{"__proto__":{"kind":"spam"},"context":"other","count":1}')],
  ])('garbage %j throws RuleInputError', (g) => {
    expect(() => assessViolation(g as never)).toThrow(RuleInputError);
  });

  it('a listed kind without similarTo is not told about similarTo when its count is bad', () => {
    expect(thrown(() => assessViolation({ kind: 'illegal-gambling', context: 'open-chat', count: 0 }))).toEqual({
      fn: 'assessViolation',
      issues: [{ path: ['violation', 'count'], code: 'too-small', message: 'Too small: expected number to be >=1' }],
    });
  });

  it('a kind that is not a string is bad input even when it has a length (an array)', () => {
    expect(
      thrown(() =>
        assessViolation({
          kind: ['drug-dealing'],
          context: 'open-chat',
          count: 1,
          similarTo: 'illegal-gambling',
        } as never),
      ),
    ).toEqual({
      fn: 'assessViolation',
      issues: [
        {
          path: ['violation', 'kind'],
          code: 'invalid-type',
          message: 'Invalid input: expected string, received array',
        },
      ],
    });
  });

  it('bad input names assessViolation and lists every problem with its code and message', () => {
    expect(
      thrown(() => assessViolation({ kind: 42, context: 'open-chat', count: 1.5 } as never)),
    ).toMatchInlineSnapshot(`
      {
        "fn": "assessViolation",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected string, received number",
            "path": [
              "violation",
              "kind",
            ],
          },
          {
            "code": "invalid-type",
            "message": "Invalid input: expected int, received number",
            "path": [
              "violation",
              "count",
            ],
          },
        ],
      }
    `);
    expect(thrown(() => assessViolation(null as never))).toMatchInlineSnapshot(`
      {
        "fn": "assessViolation",
        "issues": [
          {
            "code": "invalid-type",
            "message": "Invalid input: expected object, received null",
            "path": [
              "violation",
            ],
          },
        ],
      }
    `);
  });
});
