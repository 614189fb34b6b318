import { describe, expect, it } from 'vitest';
import { cliRunner } from './helpers.js';

const run = cliRunner();

describe('kakao-rules call-diagnose (calls.carrier-block-test)', () => {
  it('works on Wi-Fi, fails on mobile: the carrier is likely blocking', async () => {
    const r = await run('call-diagnose', '--wifi', 'works', '--mobile', 'fails');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^likely cause: carrier-block-or-limit\nnext step: {4}check-carrier-plan\n/);
    expect(r.out).toContain('통신사 차단');
    expect(r.out).toContain('rule: calls.carrier-block-test');
  });

  it('fails on Wi-Fi: contact Kakao support', async () => {
    expect((await run('call-diagnose', '--wifi', 'fails')).out).toMatch(/next step: {4}contact-kakao-support/);
  });

  it('with no tests run: test on Wi-Fi first', async () => {
    expect((await run('call-diagnose')).out).toMatch(/next step: {4}test-both-on-wifi/);
  });

  it('prints JSON with --json', async () => {
    const r = await run('call-diagnose', '--wifi', 'works', '--mobile', 'works', '--json');
    expect(JSON.parse(r.out)).toMatchObject({
      bothOnWifi: 'works',
      offWifi: 'works',
      likelyCause: 'no-block-found',
      nextStep: 'check-network-quality',
      rule: 'calls.network-quality',
    });
  });

  it.each([[['--wifi', 'ok']], [['--mobile', 'bad']], [['extra']], [['--bogus']]])(
    '%j is a usage error (exit 2)',
    async (argv) => {
      const r = await run('call-diagnose', ...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('kakao-rules call-diagnose --help');
    },
  );

  it('has --help and overview lines (calls.livetalk limit included)', async () => {
    expect((await run('call-diagnose', '--help')).out).toMatch(/^Usage: kakao-rules call-diagnose/);
    const out = (await run()).out;
    expect(out).toContain('call trouble: works on Wi-Fi but not off it');
    expect(out).toContain('at most 40 people including the broadcaster');
  });
});
