import { describe, expect, it } from 'vitest';
import {
  LIVE_TALK_MAX_PARTICIPANTS,
  RuleInputError,
  callCharges,
  callTroubleshootingSteps,
  checkCall,
  checkLiveTalkJoin,
  checkLiveTalkStart,
  diagnoseCallTrouble,
  liveTalkSteps,
} from '../../src/index.js';

describe('checkCall', () => {
  it.each([
    ['voice', { ok: true, value: { kind: 'voice', service: 'voicetalk' } }],
    ['video', { ok: true, value: { kind: 'video', service: 'facetalk' } }],
  ] as const)('calls.friends-only: a %s call with a friend goes through', (kind, expected) => {
    expect(checkCall({ kind, areFriends: true })).toEqual(expected);
  });

  it.each(['voice', 'video'] as const)('calls.friends-only: a %s call with a non-friend is refused', (kind) => {
    expect(checkCall({ kind, areFriends: false })).toEqual({
      ok: false,
      rule: 'calls.friends-only',
      code: 'not-friends',
      message: {
        en: 'VoiceTalk and FaceTalk calls are with KakaoTalk friends: add this person as a friend first.',
        ko: '보이스톡과 페이스톡은 카카오톡 친구와 하는 통화입니다. 먼저 친구로 추가해 주세요.',
      },
    });
  });
});

describe('callCharges', () => {
  it.each([false, true])(
    'calls.no-voice-fee: on Wi-Fi (abroad %s) no call fee and nothing from the carrier plan',
    (abroad) => {
      expect(callCharges({ network: 'wifi', abroad })).toMatchObject({
        network: 'wifi',
        abroad,
        callFee: false,
        dataCharges: 'not-from-carrier-plan',
        mvoipAllowanceApplies: false,
        wifiRecommended: true,
        rules: ['calls.no-voice-fee'],
      });
    },
  );

  it.each([false, true])(
    'calls.mvoip-allowance: on mobile data (abroad %s) the carrier data plan and its mVoIP allowance apply',
    (abroad) => {
      expect(callCharges({ network: 'mobile', abroad })).toMatchObject({
        callFee: false,
        dataCharges: 'carrier-data-plan',
        mvoipAllowanceApplies: true,
        rules: ['calls.no-voice-fee', 'calls.mvoip-allowance'],
      });
    },
  );
});

describe('diagnoseCallTrouble', () => {
  it.each([
    ['works', 'fails', 'carrier-block-or-limit', 'check-carrier-plan', 'calls.carrier-block-test'],
    ['fails', 'fails', 'not-the-carrier-plan', 'contact-kakao-support', 'calls.carrier-block-test'],
    ['fails', 'works', 'not-the-carrier-plan', 'contact-kakao-support', 'calls.carrier-block-test'],
    ['fails', 'untested', 'not-the-carrier-plan', 'contact-kakao-support', 'calls.carrier-block-test'],
    ['untested', 'fails', 'undetermined', 'test-both-on-wifi', 'calls.carrier-block-test'],
    ['untested', 'works', 'undetermined', 'test-both-on-wifi', 'calls.carrier-block-test'],
    ['untested', 'untested', 'undetermined', 'test-both-on-wifi', 'calls.carrier-block-test'],
    ['works', 'untested', 'undetermined', 'test-off-wifi', 'calls.carrier-block-test'],
    ['works', 'works', 'no-block-found', 'check-network-quality', 'calls.network-quality'],
  ] as const)(
    'calls.carrier-block-test: Wi-Fi %s, off Wi-Fi %s: %s, next %s',
    (bothOnWifi, offWifi, likelyCause, nextStep, rule) => {
      const d = diagnoseCallTrouble({ bothOnWifi, offWifi });
      expect(d).toMatchObject({ likelyCause, nextStep, rule });
      expect(d.message.ko).toMatch(/[가-힣]/);
    },
  );
});

describe('callTroubleshootingSteps', () => {
  it('calls.troubleshoot-order: network first, then the carrier plan, then the Wi-Fi test, for both parties', () => {
    const steps = callTroubleshootingSteps();
    expect(steps.map((s) => [s.order, s.id, s.rule])).toEqual([
      [1, 'check-network', 'calls.troubleshoot-order'],
      [2, 'check-carrier-plan', 'calls.troubleshoot-order'],
      [3, 'carrier-block-test', 'calls.carrier-block-test'],
    ]);
    expect(steps.map((s) => s.concerns)).toEqual([
      ['calls.network-quality'],
      ['calls.mvoip-allowance'],
      ['calls.carrier-block-test'],
    ]);
    for (const s of steps) expect(s.parties).toEqual(['self', 'other-party']);
    expect(steps[0]!.message.en).toMatch(/Public Wi-Fi/);
    expect(steps[0]!.message.ko).toMatch(/음영 지역/);
    expect(Object.keys(steps[0]!).sort()).toEqual(['concerns', 'id', 'message', 'order', 'parties', 'rule']);
    expect(Object.isFrozen(steps[0])).toBe(true);
  });
});

describe('LiveTalk', () => {
  it('calls.livetalk: at most 40 take part', () => {
    expect(LIVE_TALK_MAX_PARTICIPANTS).toBe(40);
  });

  it('calls.livetalk: starts in a group chat, not in a 1:1 chat', () => {
    expect(checkLiveTalkStart({ chat: { kind: 'group' } })).toEqual({ ok: true, value: undefined });
    expect(checkLiveTalkStart({ chat: { kind: 'one-to-one' } })).toEqual({
      ok: false,
      rule: 'calls.livetalk',
      code: 'group-chat-only',
      message: {
        en: 'LiveTalk can be started only in a group chat, not in a 1:1 chat.',
        ko: '라이브톡은 그룹채팅방에서만 시작할 수 있고, 1:1 채팅방에서는 할 수 없습니다.',
      },
    });
  });

  it.each([
    [1, { ok: true, value: { participantCount: 2 } }],
    [38, { ok: true, value: { participantCount: 39 } }],
    [39, { ok: true, value: { participantCount: 40 } }],
  ])(
    'calls.livetalk: with %i in the LiveTalk (broadcaster included) one more may join',
    (participantCount, expected) => {
      expect(checkLiveTalkJoin({ participantCount })).toEqual(expected);
    },
  );

  it.each([40, 41, 1000])(
    'calls.livetalk: with %i in the LiveTalk a join (the 41st) is refused',
    (participantCount) => {
      expect(checkLiveTalkJoin({ participantCount })).toEqual({
        ok: false,
        rule: 'calls.livetalk',
        code: 'live-talk-full',
        limit: 40,
        message: {
          en: 'This LiveTalk is full: at most 40 people take part, the broadcaster included.',
          ko: '라이브톡 참여 인원이 가득 찼습니다. 방송하는 사람을 포함해 최대 40명까지 참여할 수 있습니다.',
        },
      });
    },
  );

  it('calls.livetalk: answers are frozen and shared, so a caller cannot change the next answer', () => {
    const a = checkLiveTalkJoin({ participantCount: 5 });
    expect(Object.isFrozen(a) && a.ok && Object.isFrozen(a.value)).toBe(true);
    expect(checkLiveTalkJoin({ participantCount: 5 })).toBe(a);
    expect(checkLiveTalkJoin({ participantCount: 6 })).toEqual({ ok: true, value: { participantCount: 7 } });
  });

  it('calls.livetalk: start and join steps in both languages', () => {
    const s = liveTalkSteps();
    expect(s.start.map((x) => x.order)).toEqual([1, 2, 3]);
    expect(s.join.map((x) => x.order)).toEqual([1, 2]);
    expect(s.start[0]!.message.en).toMatch(/\[\+\]/);
    expect(s.join[1]!.message.ko).toMatch(/참여하기/);
    expect(s.start[0]).toEqual({
      order: 1,
      message: {
        en: 'In the group chat, tap [+] to the left of the input box.',
        ko: '그룹채팅방에서 대화 입력창 왼쪽의 [+] 버튼을 누릅니다.',
      },
      rule: 'calls.livetalk',
    });
    for (const x of [...s.start, ...s.join]) expect(x.rule).toBe('calls.livetalk');
  });
});

describe('bad input', () => {
  const fns: [string, (x: never) => unknown][] = [
    ['checkCall', checkCall],
    ['callCharges', callCharges],
    ['diagnoseCallTrouble', diagnoseCallTrouble],
    ['checkLiveTalkStart', checkLiveTalkStart],
    ['checkLiveTalkJoin', checkLiveTalkJoin],
  ];
  const garbage = [
    null,
    undefined,
    42,
    'voice',
    [],
    {},
    Object.freeze({ kind: 'voice' }),
    JSON.parse('{"__proto__":{"kind":"voice","areFriends":true}}'),
    { chat: null },
  ];

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

  it.each([-1, 0, 1.5, NaN, Infinity, '3'])('calls.livetalk: participantCount %s is bad input', (participantCount) => {
    expect(() => checkLiveTalkJoin({ participantCount } as never)).toThrow(RuleInputError);
  });

  it('lists every bad field', () => {
    try {
      diagnoseCallTrouble({ bothOnWifi: 'ok', offWifi: 'maybe' } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.path.join('.'))).toEqual(['tests.bothOnWifi', 'tests.offWifi']);
    }
  });

  it('does not mutate its (frozen) inputs', () => {
    const input = Object.freeze({ chat: Object.freeze({ kind: 'group' as const }) });
    checkLiveTalkStart(input);
    expect(input).toEqual({ chat: { kind: 'group' } });
    const call = Object.freeze({ kind: 'voice' as const, areFriends: true });
    checkCall(call);
    expect(call).toEqual({ kind: 'voice', areFriends: true });
  });
});
