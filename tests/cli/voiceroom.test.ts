import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliRunner } from './helpers.js';

const NOW = Date.parse('2026-09-25T12:30:00+09:00');
const dir = mkdtempSync(join(tmpdir(), 'voiceroom-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = cliRunner(NOW);

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
}

const opening = { roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' };
const good = file('good.jsonl', [
  opening,
  { type: 'join', userId: 'bo', at: '2026-01-01T10:01:00+09:00' },
  '',
  { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'speaker', at: '2026-01-01T10:02:00+09:00' },
  { type: 'report', at: '2026-01-01T10:03:00+09:00' },
]);
const refused = file('refused.jsonl', [
  opening,
  { type: 'join', userId: 'bo', at: '2026-01-01T10:01:00+09:00' },
  { type: 'join', userId: 'cy', at: '2026-01-03T10:00:00+09:00' },
]);

describe('kakao-rules voiceroom', () => {
  it('replay prints the final room in KST', async () => {
    const { code, out } = await run('voiceroom', 'replay', good);
    expect(code).toBe(0);
    expect(out).toContain('Room r1: 3 events replayed, all accepted.');
    expect(out).toContain('ends            2026-01-03 10:00:00 KST');
    expect(out).toContain('participants    2 (2 talking)');
    expect(out).toContain('speakers        bo');
    expect(out).toContain('sent to the report server');
  });

  it('replay lists pending speak requests and host invitations', async () => {
    const pending = file('pending.jsonl', [
      opening,
      { type: 'join', userId: 'bo', at: '2026-01-01T10:01:00+09:00' },
      { type: 'join', userId: 'cy', at: '2026-01-01T10:01:00+09:00' },
      { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'speaker', at: '2026-01-01T10:02:00+09:00' },
      { type: 'invite-host', hostId: 'ann', userId: 'bo', at: '2026-01-01T10:03:00+09:00' },
      { type: 'request-to-speak', userId: 'cy', at: '2026-01-01T10:04:00+09:00' },
    ]);
    const { code, out } = await run('voiceroom', 'replay', pending);
    expect(code).toBe(0);
    expect(out).toContain('  asking to speak cy\n');
    expect(out).toContain('  invited to host bo (by ann)\n');
    expect(out).toContain('deleted when the room ends (no report)');
  });

  it('replay --json prints the summary and the room', async () => {
    const { code, out } = await run('voiceroom', 'replay', good, '--json');
    const parsed = JSON.parse(out);
    expect([
      code,
      parsed.ok,
      parsed.summary.hosts,
      parsed.summary.speakers,
      parsed.room.lastEventAt,
      parsed.room.version,
      parsed.refused,
    ]).toEqual([0, true, ['ann'], ['bo'], 1_767_229_380_000, 2, undefined]);
  });

  it('voiceroom.lifetime: replay names the first refused event, its rule and line, exit 1', async () => {
    const { code, out } = await run('voiceroom', 'replay', refused);
    expect(code).toBe(1);
    expect(out).toContain('Refused at line 3 (event 2): voiceroom.lifetime room-ended');
    const json = JSON.parse((await run('voiceroom', 'replay', refused, '--json')).out);
    expect(json).toMatchObject({ ok: false, line: 3, index: 1, rule: 'voiceroom.lifetime', code: 'room-ended' });
  });

  it('replay --skip-refusals applies what it can and lists each refused line, exit 0', async () => {
    const skipping = file('skipping.jsonl', [
      opening,
      { type: 'join', userId: 'bo', at: '2026-01-01T10:01:00+09:00' },
      { type: 'join', userId: 'bo', at: '2026-01-01T10:02:00+09:00' },
      '',
      { type: 'set-role', hostId: 'ann', userId: 'bo', role: 'host', at: '2026-01-01T10:03:00+09:00' },
      { type: 'join', userId: 'cy', at: '2026-01-03T10:00:00+09:00' },
    ]);
    const { code, out } = await run('voiceroom', 'replay', skipping, '--skip-refusals');
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Room r1: 4 events replayed, 2 accepted, 2 refused and skipped:',
      '  line 3 (event 2): voiceroom.entry-role already-in-room: This person is already in the voice room.',
      '  line 6 (event 4): voiceroom.lifetime room-ended: The voice room has ended (48 hours after it opened).',
    ]);
    expect(out).toContain('  hosts           ann, bo\n');
    const json = JSON.parse((await run('voiceroom', 'replay', skipping, '--skip-refusals', '--json')).out);
    expect(json.refused.map((r: { line: number; index: number; code: string }) => [r.line, r.index, r.code])).toEqual([
      [3, 1, 'already-in-room'],
      [6, 3, 'room-ended'],
    ]);
    expect(json.room.participants).toEqual([
      { userId: 'ann', role: 'host' },
      { userId: 'bo', role: 'host' },
    ]);
    // without the flag the same log stops at its first refusal
    expect((await run('voiceroom', 'replay', skipping)).code).toBe(1);
    // a refused opening cannot be skipped
    expect(
      (
        await run(
          'voiceroom',
          'replay',
          file('direct2.jsonl', [{ ...opening, chat: { kind: 'open-direct' } }]),
          '--skip-refusals',
        )
      ).code,
    ).toBe(1);
  });

  it('voiceroom.where: a refused opening is line 1', async () => {
    const { code, out } = await run(
      'voiceroom',
      'replay',
      file('direct.jsonl', [{ ...opening, chat: { kind: 'open-direct' } }]),
    );
    expect([code, out]).toEqual([
      1,
      expect.stringContaining('Refused at line 1 (the opening): voiceroom.where not-group-chat'),
    ]);
  });

  it('malformed lines exit 2 with their line numbers', async () => {
    // The log is streamed: the first bad line stops the replay (without --skip-bad-lines).
    const bad = await run('voiceroom', 'replay', file('bad.jsonl', [opening, '{not json', { type: 'join', at: 0 }]));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('line 2 is not JSON');
    const invalid = await run(
      'voiceroom',
      'replay',
      file('invalid.jsonl', [opening, { type: 'leave', userId: 'bo', at: 'soon' }, { type: 'join', at: 0 }]),
    );
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/line 2 at/);
    expect((await run('voiceroom', 'replay', join(dir, 'missing.jsonl'))).code).toBe(2);
  });

  it('schedule prints the warning and the end in KST', async () => {
    const { code, out } = await run('voiceroom', 'schedule', '--opened', '2026-01-01T10:00:00+09:00');
    expect(code).toBe(0);
    expect(out).toContain('end warning  2026-01-03 09:50:00 KST');
    expect(out).toContain('ends         2026-01-03 10:00:00 KST');
    const json = JSON.parse((await run('voiceroom', 'schedule', '--opened', '2026-01-01T01:00:00Z', '--json')).out);
    expect(json).toEqual({
      openedAt: '2026-01-01T10:00:00.000+09:00',
      warnAt: '2026-01-03T09:50:00.000+09:00',
      endsAt: '2026-01-03T10:00:00.000+09:00',
    });
  });

  it('replay - reads the log from standard input', async () => {
    const log = [
      '{"roomId":"r1","chat":{"kind":"open-group"},"creatorId":"ann","at":"2026-01-01T10:00:00+09:00"}',
      '{"type":"join","userId":"bo","at":"2026-01-01T10:01:00+09:00"}',
    ].join('\n');
    const { main } = await import('../../src/cli/main.js');
    let out = '';
    const code = await main(['voiceroom', 'replay', '-', '--json'], {
      out: (t) => {
        out += t;
      },
      err: () => undefined,
      now: () => 0,
      stdin: async () => log,
    });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.summary).toMatchObject({ roomId: 'r1', openedAt: '2026-01-01T10:00:00.000+09:00', participants: 2 });
    // The room is the stored document, instants in epoch ms, ready to store and load again.
    expect(json.room).toMatchObject({
      version: 2,
      roomId: 'r1',
      openedAt: 1_767_229_200_000,
      lastEventAt: 1_767_229_260_000,
    });
  });

  it('schedule defaults to now', async () => {
    expect((await run('voiceroom', 'schedule')).out).toContain('ends         2026-09-27 12:30:00 KST');
  });

  it.each([
    [['voiceroom']],
    [['voiceroom', 'dance']],
    [['voiceroom', 'replay']],
    [['voiceroom', 'schedule', '--opened', '2026-01-01T10:00']],
    [['voiceroom', 'schedule', '--bogus']],
    [['voiceroom', 'schedule', '--skip-refusals']],
  ])('bad arguments %j exit 2', async (argv) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kakao-rules voiceroom --help');
  });

  it('--help shows the usage, and the overview shows a room opened now', async () => {
    expect((await run('voiceroom', '--help')).out).toMatch(/^Usage: kakao-rules voiceroom replay/);
    expect((await run()).out).toContain(
      'a voice room opened now warns at 2026-09-27 12:20:00 KST and ends at 2026-09-27 12:30:00 KST',
    );
  });
});
