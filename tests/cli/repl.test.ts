import { requireBuild } from '../helpers.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real REPL of the built bin, fed what a person types (issue 15): its own `new Date()` and `now()`,
// a multi-line explanation, a refusal, instants shown on Seoul's clock.
const bin = join(import.meta.dirname, '../../dist/cli/index.js');

function repl(...lines: string[]): string {
  const r = spawnSync(process.execPath, [bin, 'repl'], {
    input: `${lines.join('\n')}\n.exit\n`,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('kakao-rules repl, typed as a person would', () => {
  requireBuild(bin);
  it("takes the REPL's own Dates, `now()` and `new Date()`, wherever the library takes an instant", () => {
    const out = repl(
      "openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: now() }).ok",
      "toEpochMs(new Date('2026-12-02T01:00:00Z'))",
      "InstantSchema.safeParse(new Date('2026-12-02T01:00:00Z')).success",
    );
    expect(out).not.toContain('RuleInputError');
    expect(out.match(/^kakao-rules> (.*)$/gm)?.slice(0, 3)).toEqual([
      'kakao-rules> true',
      'kakao-rules> 1796173200000',
      'kakao-rules> true',
    ]);
  });

  it('shows a Date, and epoch ms under an instant key, on the KST clock', () => {
    const out = repl("new Date('2026-12-02T01:00:00Z')", '({ opensAt: 1796173200000, count: 3 })');
    expect(out).toContain('2026-12-02T10:00:00.000+09:00 (Date)');
    expect(out).toContain('opensAt: 1796173200000 /* 2026-12-02T10:00:00.000+09:00 */');
    expect(out).toContain('count: 3');
  });

  it('prints explainRule as text, not an escaped string', () => {
    const out = repl("explainRule('voiceroom.speaker-cap')");
    expect(out).toContain('voiceroom.speaker-cap (voiceroom)\n  At most 10');
    expect(out).not.toContain('\\n');
  });

  it('.explain without an id says how to use it; a typo gets a suggestion', () => {
    const out = repl('.explain', '.explain voiceroom.speakercap');
    expect(out).toContain('Usage: .explain <rule id>');
    expect(out).toContain('No rule "voiceroom.speakercap". Did you mean: voiceroom.speaker-cap?');
  });

  it('points a refusal to the rule that explains it', () => {
    const out = repl("checkLiveTalkJoin({ chat: { kind: 'group' }, participantCount: 40 })");
    expect(out).toContain("code: 'live-talk-full'");
    expect(out).toContain('// why: .explain calls.livetalk');
  });
});
