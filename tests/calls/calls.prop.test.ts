import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import {
  CALL_KINDS,
  CALL_NETWORKS,
  CALL_TEST_RESULTS,
  CALLS_REFUSAL_CODES,
  RULES,
  RuleInputError,
  type RuleEntry,
  callCharges,
  callTroubleshootingSteps,
  checkCall,
  checkLiveTalkJoin,
  checkLiveTalkStart,
  diagnoseCallTrouble,
} from '../../src/index.js';

const result = fc.constantFrom(...CALL_TEST_RESULTS);

describe('calls (laws)', () => {
  test.prop([fc.constantFrom(...CALL_KINDS), fc.boolean()])(
    'calls.friends-only: a call goes through exactly when the parties are friends',
    (kind, areFriends) => {
      expect(checkCall({ kind, areFriends }).ok).toBe(areFriends);
    },
  );

  test.prop([fc.constantFrom(...CALL_NETWORKS), fc.boolean()])(
    'calls.no-voice-fee: no call fee ever, and being abroad changes nothing',
    (network, abroad) => {
      const c = callCharges({ network, abroad });
      expect(c.callFee).toBe(false);
      const { abroad: _a, ...rest } = c;
      const { abroad: _b, ...home } = callCharges({ network, abroad: !abroad });
      expect(rest).toEqual(home);
    },
  );

  test.prop([fc.constantFrom(...CALL_NETWORKS), fc.boolean()])(
    'calls.mvoip-allowance: the mVoIP allowance applies exactly on mobile data',
    (network, abroad) => {
      const c = callCharges({ network, abroad });
      expect(c.mvoipAllowanceApplies).toBe(network === 'mobile');
      expect(c.dataCharges === 'carrier-data-plan').toBe(network === 'mobile');
    },
  );

  test.prop([result, result])(
    'calls.carrier-block-test: the carrier is blamed exactly when Wi-Fi works and off-Wi-Fi fails',
    (bothOnWifi, offWifi) => {
      const d = diagnoseCallTrouble({ bothOnWifi, offWifi });
      expect(d.likelyCause === 'carrier-block-or-limit').toBe(bothOnWifi === 'works' && offWifi === 'fails');
      if (bothOnWifi === 'fails') expect(d.nextStep).toBe('contact-kakao-support');
      if (bothOnWifi === 'untested') expect(d.nextStep).toBe('test-both-on-wifi');
    },
  );

  test.prop([result, result])(
    'calls.network-quality: when nothing is blocked the advice is the network quality on either side',
    (bothOnWifi, offWifi) => {
      const d = diagnoseCallTrouble({ bothOnWifi, offWifi });
      expect(d.rule === 'calls.network-quality').toBe(bothOnWifi === 'works' && offWifi === 'works');
    },
  );

  test.prop([fc.constant(null)])(
    'calls.troubleshoot-order: the steps are numbered in order and the network comes before the carrier plan',
    () => {
      const steps = callTroubleshootingSteps();
      expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
      expect(steps.findIndex((s) => s.id === 'check-network')).toBeLessThan(
        steps.findIndex((s) => s.id === 'check-carrier-plan'),
      );
    },
  );

  test.prop([fc.integer({ min: 1, max: 10_000 })])(
    'calls.livetalk: a join is allowed exactly when the count after it is at most 40',
    (participantCount) => {
      const r = checkLiveTalkJoin({ participantCount });
      expect(r.ok).toBe(participantCount + 1 <= 40);
      if (r.ok) expect(r.value.participantCount).toBe(participantCount + 1);
    },
  );

  test.prop([fc.array(fc.boolean(), { maxLength: 100 })])(
    'calls.livetalk: no sequence of joins ever makes 41',
    (attempts) => {
      let count = 1;
      for (const _ of attempts) {
        const r = checkLiveTalkJoin({ participantCount: count });
        if (r.ok) count = r.value.participantCount;
      }
      expect(count).toBeLessThanOrEqual(40);
    },
  );

  test.prop([fc.constantFrom('group', 'one-to-one' as const)])(
    'calls.livetalk: only group chats start a LiveTalk',
    (kind) => {
      expect(checkLiveTalkStart({ chat: { kind } }).ok).toBe(kind === 'group');
    },
  );

  test.prop([
    fc.constantFrom(...CALL_KINDS),
    fc.boolean(),
    fc.constantFrom('group', 'one-to-one' as const),
    fc.integer({ min: 1, max: 100 }),
  ])(
    'every refusal names its rule, whose catalogue entry lists its code, one of CALLS_REFUSAL_CODES',
    (kind, areFriends, chat, participantCount) => {
      for (const r of [
        checkCall({ kind, areFriends }),
        checkLiveTalkStart({ chat: { kind: chat } }),
        checkLiveTalkJoin({ participantCount }),
      ]) {
        if (r.ok) continue;
        expect((RULES[r.rule] as RuleEntry).codes).toContain(r.code);
        expect(CALLS_REFUSAL_CODES).toContain(r.code);
        expect(Object.isFrozen(r) && Object.isFrozen(r.message)).toBe(true);
      }
    },
  );

  test.prop([fc.anything()])('garbage is bad input for every calls function, never another error', (x) => {
    for (const fn of [checkCall, callCharges, diagnoseCallTrouble, checkLiveTalkStart, checkLiveTalkJoin]) {
      try {
        fn(x as never);
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
      }
    }
  });
});
