import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agentChatStatus, expectedEmailReply, supportChannels } from '../../src/support-hours/index.js';

const at = fc.integer({ min: Date.parse('1990-01-01T00:00:00+09:00'), max: Date.parse('2050-12-20T00:00:00+09:00') });

describe('support channel laws', () => {
  test.prop([at])('support.chatbot-always, support.no-phone, support.pc-qr: the chatbot and e-mail are always there, a phone never, agent chat per its status', (t) => {
    const c = supportChannels(t);
    expect(c.chatbot.available).toBe(true);
    expect(c.email.available).toBe(true);
    expect(c.phone.available).toBe(false);
    expect(c.agentChat.pc).toBe('browser-after-qr-check');
    expect(c.agentChat.status).toEqual(agentChatStatus(t));
    expect(c.agentChat.available).toBe(c.agentChat.status.open);
  });

  test.prop([fc.integer({ min: -8e15, max: 8e15 })])('support.email-reply: the reply window is [t + 24 h, t + 48 h] at any instant', (t) => {
    const { earliest, latest } = expectedEmailReply(t);
    expect(earliest.getTime() - t).toBe(86_400_000);
    expect(latest.getTime() - t).toBe(172_800_000);
  });
});
