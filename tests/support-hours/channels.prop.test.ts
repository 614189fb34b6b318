import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import { checkAgentChat, expectedEmailReply, supportChannels } from '../../src/support-hours/index.js';

const at = fc.integer({ min: Date.parse('1990-01-01T00:00:00+09:00'), max: Date.parse('2050-12-20T00:00:00+09:00') });

describe('support channel laws', () => {
  test.prop([at])(
    'support.chatbot-always, support.no-phone, support.pc-qr: the chatbot and e-mail are always there, a phone never, agent chat per its status',
    (t) => {
      const c = supportChannels(t);
      expect(c.chatbot.available).toBe(true);
      expect(c.email.available).toBe(true);
      expect(c.phone.available).toBe(false);
      expect(c.agentChat.pc).toBe('browser-after-qr-check');
      expect(c.agentChat.status).toEqual(checkAgentChat(t));
      expect(c.agentChat.available).toBe(c.agentChat.status.ok);
      expect(c.email.expectedReply).toEqual({ latest: t + 172_800_000 });
    },
  );

  test.prop([fc.integer({ min: -8e15, max: 8e15 })])(
    'support.email-reply: the usual latest reply is t + 48 h at any instant, and no earliest time is invented',
    (t) => {
      expect(expectedEmailReply(t)).toEqual({ latest: t + 172_800_000 });
    },
  );
});
