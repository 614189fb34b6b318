import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild } from '../helpers.js';
import { cliRunner } from './helpers.js';

const NOW = Date.parse('2026-09-25T12:30:00+09:00');

const run = cliRunner(NOW);

describe('kakao-rules CLI', () => {
  it('prints the overview with no command', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toMatch(/52 rules in the catalogue/);
    for (const m of ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage']) expect(out).toContain(m);
  });

  it('lets an unexpected error through instead of calling it bad arguments', async () => {
    const { main } = await import('../../src/cli/main.js');
    const broken = {
      out: () => {
        throw new Error('EPIPE');
      },
      err: () => undefined,
      now: () => NOW,
    };
    await expect(main(['rules', 'speaker'], broken)).rejects.toThrow('EPIPE');
  });

  it('`rules speaker` finds voiceroom.speaker-cap', async () => {
    const { code, out } = await run('rules', 'speaker');
    expect(code).toBe(0);
    expect(out).toContain('voiceroom.speaker-cap');
  });

  it('`rules --json` prints parseable entries', async () => {
    const { out } = await run('rules', 'speaker', '11', '--json');
    expect(JSON.parse(out).map((r: { id: string }) => r.id)).toEqual(['voiceroom.speaker-cap']);
  });

  it('`rules --explain` explains one rule, and refuses unknown ids with exit 2', async () => {
    expect((await run('rules', '--explain', 'voiceroom.lifetime')).out).toContain('lifetimeHours=48');
    const bad = await run('rules', '--explain', 'voiceroom.nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown rule id');
  });

  it('exits 1 when nothing matches', async () => {
    expect((await run('rules', 'zzzz-nothing')).code).toBe(1);
  });

  it('exits 2 with a clear message on a bad option or command', async () => {
    const opt = await run('rules', '--bogus');
    expect(opt.code).toBe(2);
    expect(opt.err).toMatch(/Unknown option '--bogus'[\s\S]*kakao-rules rules --help/);
    const cmd = await run('frobnicate');
    expect(cmd.code).toBe(2);
    expect(cmd.err).toContain('unknown command "frobnicate"');
  });

  it('has --help on every command and --version', async () => {
    const help = await run('--help');
    expect(help.out).toMatch(/Commands:/);
    const names = [...help.out.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]!);
    expect(names).toContain('rules');
    expect(names).toContain('repl');
    for (const name of names) {
      const r = await run(name, '--help');
      expect(r.code, name).toBe(0);
      expect(r.out, name).toMatch(/Usage: kakao-rules/);
    }
    expect((await run('--version')).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

const bin = join(import.meta.dirname, '../../dist/cli/index.js');

describe('the built kakao-rules bin', () => {
  requireBuild(bin);
  it('runs `rules speaker` and prints the version of package.json', () => {
    expect(execFileSync(process.execPath, [bin, 'rules', 'speaker'], { encoding: 'utf8' })).toContain(
      'voiceroom.speaker-cap',
    );
    const { version } = JSON.parse(
      execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], {
        encoding: 'utf8',
        cwd: join(bin, '../../..'),
      }),
    );
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  it('opens a REPL with the exports, .explain and now()', () => {
    const r = spawnSync(process.execPath, [bin, 'repl'], {
      input: 'typeof explainRule\n.explain voiceroom.capacity\nnow() instanceof Date\n.exit\n',
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("'function'");
    expect(r.stdout).toContain('maxParticipants=1500');
    expect(r.stdout).toContain('true');
  });
});
