import { describe, expect, it } from 'vitest';
import { didYouMean, instantArg, isoKst, toJson, wrap, type Io } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { cliRunner } from './helpers.js';

const run = cliRunner();
const NOW = 0;
const io: Io = { out: () => undefined, err: () => undefined, now: () => NOW };

describe('CLI conventions (issue 15)', () => {
  it("`help COMMAND` prints that command's usage, as `COMMAND --help` does", async () => {
    const viaHelp = await run('help', 'rules');
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toBe((await run('rules', '--help')).out);
    expect((await run('help')).out).toMatch(/Commands:/);
  });

  it('a typo gets "did you mean", not the whole help', async () => {
    const typo = await run('rulse');
    expect(typo.code).toBe(2);
    expect(typo.err).toBe(
      'kakao-rules: unknown command "rulse"\nDid you mean: kakao-rules rules?\nSee: kakao-rules --help\n',
    );
    expect((await run('help', 'rulse')).err).toContain('Did you mean: kakao-rules rules?');
    expect((await run('zzzzzzzz')).err).toBe('kakao-rules: unknown command "zzzzzzzz"\nSee: kakao-rules --help\n');
  });

  it('`rules --explain A B` explains both; an unknown id is named with a suggestion', async () => {
    const both = await run('rules', '--explain', 'voiceroom.lifetime', 'voiceroom.speaker-cap');
    expect(both.code).toBe(0);
    expect(both.out).toMatch(/^voiceroom\.lifetime \(voiceroom\)[\s\S]*\n\nvoiceroom\.speaker-cap \(voiceroom\)/);
    expect(
      JSON.parse((await run('rules', '--explain', 'voiceroom.lifetime', 'voiceroom.speaker-cap', '--json')).out).map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual(['voiceroom.lifetime', 'voiceroom.speaker-cap']);
    const typo = await run('rules', '--explain', 'voiceroom.lifetime', 'voiceroom.speakercap');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown rule id "voiceroom.speakercap"; did you mean voiceroom.speaker-cap?');
  });

  it('`--at` takes epoch milliseconds as well as ISO 8601 with offset', () => {
    expect(instantArg('1790000000000', io)).toBe(1_790_000_000_000);
    expect(instantArg('-5', io)).toBe(-5);
    expect(instantArg('2026-09-25T12:30:00+09:00', io)).toBe(Date.parse('2026-09-25T03:30:00Z'));
    expect(instantArg(undefined, io)).toBe(NOW);
    expect(() => instantArg('2026-09-25T12:30:00', io)).toThrow(
      '--at needs an ISO-8601 instant with offset (2026-09-25T12:30:00+09:00) or epoch milliseconds; got "2026-09-25T12:30:00"',
    );
    expect(() => instantArg('9'.repeat(17), io)).toThrow(/epoch milliseconds/);
  });

  it('JSON output writes every instant as ISO 8601 with +09:00', () => {
    expect(isoKst(Date.parse('2026-09-25T03:30:00.250Z'))).toBe('2026-09-25T12:30:00.250+09:00');
    expect(isoKst(0)).toBe('1970-01-01T09:00:00.000+09:00');
    expect(
      JSON.parse(toJson({ at: 0, opensAt: 86_400_000, limit: 10, list: [{ start: 0, end: 1 }], when: new Date(0) })),
    ).toEqual({
      at: '1970-01-01T09:00:00.000+09:00',
      opensAt: '1970-01-02T09:00:00.000+09:00',
      limit: 10,
      list: [{ start: '1970-01-01T09:00:00.000+09:00', end: '1970-01-01T09:00:00.001+09:00' }],
      when: '1970-01-01T09:00:00.000+09:00',
    });
  });

  it("wraps prose to the terminal and keeps each line's indent", () => {
    expect(wrap('one two three four five six seven eight nine ten', 20)).toBe(
      'one two three four\nfive six seven eight\nnine ten',
    );
    expect(wrap('    indented words that go on and on', 20)).toBe('    indented words\n    that go on and\n    on');
    expect(wrap('short', 80)).toBe('short');
    expect(wrap('no terminal, no wrapping at all here', undefined)).toBe('no terminal, no wrapping at all here');
  });

  it('colours only when asked (a TTY without NO_COLOR), never in captured output', async () => {
    let err = '';
    await main(['rulse'], { ...io, err: (t) => void (err += t), color: true });
    expect(err).toContain('\x1b[31mkakao-rules:\x1b[39m');
    expect((await run('rulse')).err).not.toContain('\x1b[');
  });

  it('didYouMean ranks the closest names and ignores far ones', () => {
    expect(didYouMean('agnet-chat', ['agent-chat', 'holidays', 'rules'])).toEqual(['agent-chat']);
    expect(didYouMean('xyz', ['agent-chat'])).toEqual([]);
  });
});
