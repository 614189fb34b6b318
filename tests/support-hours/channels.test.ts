import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { RULES } from '../../src/rules.js';
import {
  agentChatFallbackSteps,
  consultationChecklist,
  expectedEmailReply,
  supportChannels,
} from '../../src/support-hours/index.js';
import { notInstant, outside } from './issues.js';
import { thrown } from '../helpers.js';

describe('support channels', () => {
  it('support.chatbot-always, support.no-phone, support.pc-qr: the channels on a Saturday holiday afternoon', () => {
    expect(supportChannels('2026-09-26T15:00:00+09:00')).toEqual({
      chatbot: { available: true },
      agentChat: {
        available: false,
        status: {
          ok: false,
          rule: 'support.public-holidays',
          code: 'public-holiday',
          message: {
            en: 'Agent chat is closed on public holidays (see holiday); it opens again at 10:00 KST on the next business day (opensAt).',
            ko: '상담원 채팅은 공휴일(holiday 참고)에 쉽니다. 다음 영업일 10:00(KST)에 다시 열립니다(opensAt).',
          },
          opensAt: Date.parse('2026-09-28T01:00:00.000Z'),
          holiday: ['추석 다음 날'],
        },
        pc: 'browser-after-qr-check',
      },
      email: { available: true, expectedReply: { latest: Date.parse('2026-09-28T06:00:00.000Z') } },
      phone: { available: false },
    });
    expect(supportChannels('2026-09-23T10:00:00+09:00').agentChat.available).toBe(true);
  });

  it('support.email-reply: the reply usually comes by 2 days after submission, at any hour; no earliest time is invented', () => {
    expect(expectedEmailReply('2026-09-25T23:59:59.999+09:00')).toEqual({
      latest: Date.parse('2026-09-27T14:59:59.999Z'),
    });
    expect(expectedEmailReply(0)).toEqual({ latest: 172_800_000 });
    expect(RULES['support.email-reply'].limits).toEqual({ usualMaxReplyDays: 2 });
  });

  it('support.no-phone: the catalogue records that the sources disagree, and follows the first-hand account', () => {
    expect(RULES['support.no-phone'].interpretation).toMatch(/disagree/);
    expect(RULES['support.no-phone'].sources.map((x) => x.kind)).toEqual(['secondary', 'secondary']);
    expect(supportChannels('2026-09-23T10:00:00+09:00').phone).toEqual({ available: false });
  });

  it('support.checklist: paid services add the order, payment time and method', () => {
    expect(consultationChecklist({ paidService: false }).map((i) => i.id)).toEqual([
      'account-email',
      'error-screenshot',
      'device-and-os',
      'kakaotalk-version',
    ]);
    expect(consultationChecklist({ paidService: true }).map((i) => i.id)).toEqual([
      'account-email',
      'error-screenshot',
      'device-and-os',
      'kakaotalk-version',
      'order-number',
      'payment-date-time',
      'payment-method',
    ]);
    expect(consultationChecklist({ paidService: false })[3]!.message).toEqual({
      en: 'Your KakaoTalk version (update to the latest first)',
      ko: '카카오톡 버전(먼저 최신 버전으로 업데이트)',
    });
  });

  it('support.when-chat-fails: four steps in order, in both languages', () => {
    const steps = agentChatFallbackSteps();
    expect(steps.map((s) => s.id)).toEqual([
      'email-inquiry',
      'reenter-channel',
      'follow-official-channel',
      'clear-app-cache',
    ]);
    for (const s of steps) expect(s.message.ko).toMatch(/[가-힣]/);
    (steps[0] as { message: unknown }).message = { en: 'x', ko: 'x' };
    expect(agentChatFallbackSteps()[0]!.message.en).toBe('Leave an e-mail inquiry through the inquiry form');
  });

  it.each([null, undefined, {}, { paidService: 'yes' }, { paidService: true, extra: 1 }, [], 1])(
    'consultationChecklist(%j) throws RuleInputError',
    (bad) => {
      expect(() => consultationChecklist(bad as never)).toThrow(RuleInputError);
    },
  );

  it.each([null, undefined, 'soon', NaN, {}, [], '2026-09-25T10:00:00'])(
    'expectedEmailReply and supportChannels refuse %j with RuleInputError',
    (bad) => {
      expect(() => expectedEmailReply(bad as never)).toThrow(RuleInputError);
      expect(() => supportChannels(bad as never)).toThrow(RuleInputError);
    },
  );

  it('each function names itself and the bad value', () => {
    expect(thrown(() => expectedEmailReply('soon' as never))).toEqual({
      fn: 'expectedEmailReply',
      issues: [{ path: ['submittedAt'], code: 'invalid-instant', message: notInstant('"soon"') }],
    });
    expect(thrown(() => supportChannels('soon' as never))).toEqual({
      fn: 'supportChannels',
      issues: [{ path: ['at'], code: 'invalid-instant', message: notInstant('"soon"') }],
    });
    expect(thrown(() => supportChannels('2051-01-01T00:00:00+09:00'))).toEqual({
      fn: 'supportChannels',
      issues: [{ path: ['at'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') }],
    });
    expect(thrown(() => consultationChecklist({ paidService: 'yes' } as never))).toEqual({
      fn: 'consultationChecklist',
      issues: [
        {
          path: ['options', 'paidService'],
          code: 'invalid-type',
          message: 'Invalid input: expected boolean, received string',
        },
      ],
    });
  });

  it('does not mutate frozen options', () => {
    const options = Object.freeze({ paidService: true });
    consultationChecklist(options);
    expect(options).toEqual({ paidService: true });
  });
});
