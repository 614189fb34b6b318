import { describe, expect, it } from 'vitest';
import { cliRunner } from './helpers.js';

const run = cliRunner();

describe('kakao-rules severity (policy.severity-order)', () => {
  it('names the more severe level in both languages', async () => {
    const r = await run('severity', 'user-protection', 'temporary-restriction');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'temporary-restriction (일시적 이용제한) is more severe than user-protection (이용자 보호조치).\n일시적 이용제한이 이용자 보호조치보다 무겁습니다.\nrule: policy.severity-order\n',
    );
  });

  it('accepts Korean names, with or without spaces', async () => {
    expect((await run('severity', '영구 이용제한', '일시적 이용제한')).out).toMatch(
      /^permanent-restriction \(영구 이용제한\) is more severe than temporary-restriction/,
    );
    expect((await run('severity', '이용자보호조치', '영구이용제한')).out).toMatch(/^permanent-restriction/);
  });

  it.each([['temporary-measure'], ['임시조치'], ['임시 조치']])(
    'refuses to rank the content measure %s: a usage error saying why (exit 2)',
    async (name) => {
      const r = await run('severity', name, 'none');
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(
        'temporary-measure (임시조치) is a content measure, not an account level: it is never ranked against one',
      );
    },
  );

  it('says when two levels are equally severe', async () => {
    expect((await run('severity', 'none', '조치 없음')).out).toMatch(/equally severe[\s\S]*같은 단계/);
  });

  it('prints JSON with --json', async () => {
    const r = await run('severity', 'permanent-restriction', 'none', '--json');
    expect(JSON.parse(r.out)).toEqual({
      a: 'permanent-restriction',
      b: 'none',
      comparison: 1,
      moreSevere: 'permanent-restriction',
      names: {
        'permanent-restriction': { en: 'permanent restriction', ko: '영구 이용제한' },
        none: { en: 'no measure', ko: '조치 없음' },
      },
      rule: 'policy.severity-order',
    });
  });

  it.each([
    [['severity', 'severe', 'none']],
    [['severity', 'none']],
    [['severity', 'none', 'none', 'none']],
    [['severity', '--bogus']],
  ])('%j is a usage error (exit 2)', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kakao-rules severity --help');
  });

  it('has --help and an overview line with the ladder', async () => {
    expect((await run('severity', '--help')).out).toMatch(/^Usage: kakao-rules severity/);
    expect((await run()).out).toContain(
      'severity: none (조치 없음) < user-protection (이용자 보호조치) < temporary-restriction (일시적 이용제한) < permanent-restriction (영구 이용제한); temporary-measure (임시조치) is a content measure, reported beside the account level',
    );
    expect((await run('severity', '--help')).out).toContain('temporary-measure (임시조치) is a content measure');
  });
});
