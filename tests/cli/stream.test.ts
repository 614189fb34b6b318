import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../src/cli/lines.js';
import { requireBuild } from '../helpers.js';
import { cliRunner } from './helpers.js';

// Issue 22, the CLI: voiceroom replay reads its log as a stream, line by line. On 0.2.0 it read the
// whole input first (/dev/zero grew to 16.8 GB), decoded invalid UTF-8 to U+FFFD (two ids became one),
// refused a leading BOM, stopped at a malformed line even with --skip-refusals, and died on EPIPE with
// exit code 1.
const run = cliRunner();
const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-stream-'));
const OPENING = '{"roomId":"r1","chat":{"kind":"open-group"},"creatorId":"ann","at":"2026-01-01T10:00:00+09:00"}';
const join1 = (id: string) => `{"type":"join","userId":"${id}","at":"2026-01-01T10:01:00+09:00"}`;
const file = (name: string, bytes: Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const l of jsonLines(
    (async function* () {
      yield* chunks;
    })(),
    max,
  ))
    out.push(l);
  return out;
}

describe('jsonLines', () => {
  it('splits lines across chunks, numbers them, skips blank lines and \\r', async () => {
    expect(await collect(['{"a":', '1}\r\n\n', '[2]\n3'])).toEqual([
      { line: 1, ok: true, value: { a: 1 } },
      { line: 3, ok: true, value: [2] },
      { line: 4, ok: true, value: 3 },
    ]);
  });
  it('drops a BOM on line 1 only', async () => {
    expect(await collect([Buffer.from('\uFEFF1\n\uFEFF2\n')])).toEqual([
      { line: 1, ok: true, value: 1 },
      { line: 2, ok: false, error: expect.stringMatching(/^is not JSON: /) },
    ]);
  });
  it('refuses invalid UTF-8 with its line number, never U+FFFD', async () => {
    expect(await collect([Buffer.from([0x31, 0x0a, 0x22, 0x61, 0xff, 0x22, 0x0a])])).toEqual([
      { line: 1, ok: true, value: 1 },
      { line: 2, ok: false, error: 'is not valid UTF-8' },
    ]);
  });
  it('refuses a line longer than the cap at once, drops the rest of it, and goes on', async () => {
    expect(await collect(['12', '345', '67\n8'], 4)).toEqual([
      { line: 1, ok: false, error: 'is longer than 4 bytes' },
      { line: 2, ok: true, value: 8 },
    ]);
  });
  it('a line split inside a multi-byte character is decoded whole', async () => {
    const bytes = Buffer.from('"한"\n');
    expect(await collect([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual([{ line: 1, ok: true, value: '한' }]);
  });
});

describe('kakao-rules voiceroom replay, streamed', () => {
  it('two ids differing only in invalid bytes are bad input with the line number (0.2.0: one id, already-in-room)', async () => {
    const log = Buffer.concat([
      Buffer.from(`${OPENING}\n`),
      Buffer.from('{"type":"join","userId":"a'),
      Buffer.from([0xff]),
      Buffer.from('","at":"2026-01-01T10:01:00+09:00"}\n'),
    ]);
    const r = await run('voiceroom', 'replay', file('utf8.jsonl', log));
    expect(r.code).toBe(2);
    expect(r.err).toContain('line 2 is not valid UTF-8');
  });
  it('accepts a leading BOM (0.2.0: "line 1 is not JSON")', async () => {
    const r = await run('voiceroom', 'replay', file('bom.jsonl', Buffer.from(`\uFEFF${OPENING}\n${join1('bo')}\n`)));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Room r1: 1 events replayed, all accepted.');
  });
  it('--skip-refusals skips a malformed line, naming its line and the parser message (0.2.0: exit 2)', async () => {
    const path = file('skip.jsonl', Buffer.from(`${OPENING}\n{not json\n${join1('bo')}\n`));
    const r = await run('voiceroom', 'replay', path, '--skip-refusals', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/skipped .*skip\.jsonl line 2: is not JSON: .*JSON/);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, summary: { participants: 2 }, skippedLines: 1, refused: [] });
    const alone = await run('voiceroom', 'replay', path, '--skip-bad-lines');
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('1 malformed lines skipped');
  });
  it('without a skip flag, a malformed line is bad input (exit 2) naming the parser message', async () => {
    const r = await run('voiceroom', 'replay', file('stop.jsonl', Buffer.from(`${OPENING}\n{not json\n`)));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stop\.jsonl line 2 is not JSON: \S/);
  });
  it('new-author --batch: a device or invalid UTF-8 is bad input before anything is read whole', async () => {
    const device = await run('new-author', '--batch', '/dev/zero', '--at', '2026-02-15T00:00:00+09:00');
    expect(device.code).toBe(2);
    expect(device.err).toContain('not a regular file');
    const bytes = Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]);
    const utf8 = await run('new-author', '--batch', file('bad.json', bytes), '--at', '2026-02-15T00:00:00+09:00');
    expect(utf8.code).toBe(2);
    expect(utf8.err).toContain('cannot read');
  });
  it('every --help lists the exit codes', async () => {
    for (const argv of [['--help'], ['voiceroom', '--help'], ['severity', '--help'], ['help', 'rules']]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(
        /Exit codes \(every command\):\n {4}0 {3}done[\s\S]* {4}1 {3}a rule said no[\s\S]* {4}2 {3}bad input/,
      );
    }
  });
});

const bin = join(import.meta.dirname, '../../dist/cli/index.js');

describe.runIf(existsSync('/dev/zero'))('the built bin on streams', () => {
  requireBuild(bin);
  it('/dev/zero is bad input at line 1, in constant memory (0.2.0: 16.8 GB and std::bad_alloc)', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', bin, 'voiceroom', 'replay', '/dev/zero'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/dev/zero line 1 is longer than 1048576 bytes');
  });
  it('a closed pipe ends quietly with exit 0 (0.2.0: "Unhandled \'error\' event ... EPIPE", exit 1)', () => {
    // a room of 1,000 listeners: its JSON (about 100 KB) overflows the pipe's buffer once head has gone
    const joins = Array.from({ length: 1000 }, (_, i) => join1(`listener-${i}`));
    const log = file('pipe.jsonl', Buffer.from(`${[OPENING, ...joins].join('\n')}\n`));
    const r = spawnSync(
      '/bin/bash',
      [
        '-c',
        `"${process.execPath}" "${bin}" voiceroom replay "${log}" --json | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('standard input, streamed', () => {
  it('reads `-` from io.input chunk by chunk', async () => {
    const { main } = await import('../../src/cli/main.js');
    let out = '';
    const code = await main(['voiceroom', 'replay', '-'], {
      out: (t) => {
        out += t;
      },
      err: () => undefined,
      now: () => 0,
      input: async function* () {
        yield Buffer.from(OPENING.slice(0, 10));
        yield `${OPENING.slice(10)}\n${join1('bo')}`;
      },
    });
    expect(code).toBe(0);
    expect(out).toContain('Room r1: 1 events replayed, all accepted.');
  });
  it('without any standard input, `-` is a usage error', async () => {
    const { main } = await import('../../src/cli/main.js');
    let err = '';
    const code = await main(['voiceroom', 'replay', '-'], {
      out: () => undefined,
      err: (t) => {
        err += t;
      },
      now: () => 0,
    });
    expect(code).toBe(2);
    expect(err).toContain('cannot read standard input');
  });
  it('an empty log, or one of blank lines, is a usage error naming the opening', async () => {
    const r = await run('voiceroom', 'replay', file('blank.jsonl', Buffer.from('\n  \n')));
    expect(r.code).toBe(2);
    expect(r.err).toContain('is empty: its first line must be the opening');
  });
  it('a malformed opening is bad input even when skipping; a refused opening exits 1', async () => {
    const bad = await run('voiceroom', 'replay', file('open.jsonl', Buffer.from('{"roomId":""}\n')), '--skip-refusals');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('malformed opening');
    const json = await run('voiceroom', 'replay', file('open2.jsonl', Buffer.from('{"x":1}\n')), '--json');
    expect(json.code).toBe(2);
  });
  it('--skip-bad-lines skips an event that is not an event, and a refusal still stops', async () => {
    const log = `${OPENING}\n{"type":"dance"}\n${join1('ann')}\n`;
    const r = await run('voiceroom', 'replay', file('notevent.jsonl', Buffer.from(log)), '--skip-bad-lines');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Refused at line 3 (event 2)');
  });
});

describe('voiceroom schedule', () => {
  it('takes no positional argument and no replay flag', async () => {
    expect((await run('voiceroom', 'schedule', 'extra')).code).toBe(2);
    const r = await run('voiceroom', 'schedule', '--skip-bad-lines');
    expect(r.code).toBe(2);
    expect(r.err).toContain('belong to replay');
  });
});
