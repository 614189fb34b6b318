import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from './helpers.js';

const NOW = Date.parse('2026-03-10T12:00:00+09:00');

const run = cliRunner(NOW);

describe('kakao-rules new-work (kakaopage.new-work)', () => {
  it('says yes until the window end in KST, exit 0', async () => {
    const r = await run('new-work', '--first', '2026-03-01T12:00:00+09:00', '--at', '2026-03-31T11:59:59.999+09:00');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'New work (kakaopage.new-work): yes, until 2026-03-31 12:00:00 KST (first episode 2026-03-01 12:00:00 KST).\n',
    );
  });

  it('says no at exactly 30 days, exit 1', async () => {
    const r = await run('new-work', '--first', '2026-03-01T12:00:00+09:00', '--at', '2026-03-31T12:00:00+09:00');
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      'Not a new work (kakaopage.new-work): new from 2026-03-01 12:00:00 KST until 2026-03-31 12:00:00 KST.\n',
    );
  });

  it('reads the clock when --at is left out and says "not yet" before the first episode', async () => {
    expect((await run('new-work', '--first', '2026-03-01T12:00:00+09:00')).code).toBe(0);
    const r = await run('new-work', '--first', '2026-04-01T00:00:00+09:00');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Not a new work yet');
  });

  it('prints JSON with --json', async () => {
    const r = await run('new-work', '--first', '2026-01-01T12:00:00+09:00', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      rule: 'kakaopage.new-work',
      isNewWork: false,
      at: '2026-03-10T12:00:00.000+09:00',
      clock: 'elapsed',
      window: { start: '2026-01-01T12:00:00.000+09:00', end: '2026-01-31T12:00:00.000+09:00' },
    });
  });

  it.each([
    [['new-work']],
    [['new-work', '--first', '2026-01-01']],
    [['new-work', '--first', '2026-01-01T00:00Z', 'extra']],
    [['new-work', '--bogus']],
  ])('exits 2 on bad arguments %j', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kakao-rules new-work --help');
  });
});

describe('kakao-rules new-author (kakaopage.new-author)', () => {
  const args = ['new-author', '--nickname', '2026-01-01T00:00:00+09:00', '--first', '2026-02-15T00:00:00+09:00'];

  it('prints until when the work stays in the ranking, exit 0', async () => {
    const r = await run(...args, '--at', '2026-03-01T23:59:59.999+09:00');
    expect(r.code).toBe(0);
    expect(r.out).toBe('In the new-author ranking (kakaopage.new-author) until 2026-03-02 00:00:00 KST.\n');
  });

  it('lists every reason and the window end in KST, exit 1', async () => {
    const r = await run(...args, '--at', '2026-03-17T00:00:00+09:00');
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'Not in the new-author ranking (kakaopage.new-author): nickname-too-old, first-episode-too-old.',
    );
    expect(r.out).toContain('닉네임');
    expect(r.out).toContain('Ranking window: 2026-02-15 00:00:00 KST until 2026-03-02 00:00:00 KST (end excluded).');
  });

  it('says when the window is empty', async () => {
    const r = await run(
      'new-author',
      '--nickname',
      '2025-01-01T00:00:00+09:00',
      '--first',
      '2026-03-01T00:00:00+09:00',
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('never eligible');
  });

  it('prints the outcome as JSON with --json', async () => {
    const r = await run(...args, '--at', '2026-03-01T00:00:00+09:00', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: true,
      value: { until: '2026-03-02T00:00:00.000+09:00' },
      at: '2026-03-01T00:00:00.000+09:00',
    });
  });

  it('--registered and --clock: the calendar reading runs through the end of day 30 KST', async () => {
    const r = await run(
      'new-author',
      '--nickname',
      '2026-01-10T00:00:00+09:00',
      '--first',
      '2026-02-15T00:00:00+09:00',
      '--registered',
      '2026-02-01T12:00:00+09:00',
      '--at',
      '2026-03-02T23:59:59+09:00',
      '--clock',
      'kst-calendar-days',
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, value: { until: '2026-03-03T00:00:00.000+09:00' } });
    expect(
      (
        await run(
          'new-work',
          '--first',
          '2026-03-01T12:00:00+09:00',
          '--at',
          '2026-03-30T23:59:59+09:00',
          '--clock',
          'kst-calendar-days',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await run(
          'new-work',
          '--first',
          '2026-03-01T12:00:00+09:00',
          '--at',
          '2026-03-31T00:00:00+09:00',
          '--clock',
          'kst-calendar-days',
        )
      ).code,
    ).toBe(1);
    expect((await run('new-work', '--first', '2026-03-01T12:00:00+09:00', '--clock', 'days')).code).toBe(2);
  });

  it('--batch reads a JSON list and prints the eligible ids and when the set changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-'));
    const file = join(dir, 'works.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'a', nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' },
        { id: 'b', nicknameCreatedAt: '2025-10-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' },
      ]),
    );
    const r = await run('new-author', '--batch', file, '--at', '2026-02-15T00:00:00+09:00');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      rule: 'kakaopage.new-author',
      at: '2026-02-15T00:00:00.000+09:00',
      eligible: ['a'],
      changesAt: '2026-03-02T00:00:00.000+09:00',
    });
    expect((await run('new-author', '--batch', join(dir, 'missing.json'))).code).toBe(2);
    writeFileSync(file, '[{');
    expect((await run('new-author', '--batch', file)).err).toContain('is not JSON');
    expect((await run('new-author', '--batch', file, '--nickname', '2026-01-01T00:00:00+09:00')).code).toBe(2);
  });

  it('exits 2 without --nickname', async () => {
    const r = await run('new-author', '--first', '2026-02-15T00:00:00+09:00');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--nickname is required');
  });
});

describe('the kakaopage overview', () => {
  it('shows the windows and the StageON limits', async () => {
    const { out } = await run();
    expect(out).toContain('a work first published now is new until 2026-04-09 12:00:00 KST');
    expect(out).toContain('romance/BL mid 100, long 200; free genre 50');
  });
});
