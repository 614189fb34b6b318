import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Loads every entry point of the packed tarball (installed once by consumer.setup.ts) the way a user
// would: ESM import and CJS require, plus the bin.
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && !k.includes('*'))
  .map((k) => k.replace(/^\./, 'kakao-rules'));
const dir = inject('consumerDir');

describe('the packed package', () => {
  it('lists the root, the schemas, and every module subpath with its schemas', () => {
    expect(subpaths).toEqual([
      'kakao-rules',
      'kakao-rules/schemas',
      ...['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'].flatMap((m) => [
        `kakao-rules/${m}`,
        `kakao-rules/${m}/schemas`,
      ]),
    ]);
  });

  // A room loaded through one entry point is worked on through another: every subpath shares one copy
  // of the library, in CommonJS too (each .cjs re-exports from one bundle), not a copy per entry.
  it.each([
    [
      'ESM',
      `import { openVoiceRoom, applyVoiceRoomEvent, roleOf } from 'kakao-rules/voiceroom'; import { VoiceRoomSchema } from 'kakao-rules/voiceroom/schemas'; import * as root from 'kakao-rules';`,
      '--input-type=module',
    ],
    [
      'CJS',
      `const { openVoiceRoom, applyVoiceRoomEvent, roleOf } = require('kakao-rules/voiceroom'); const { VoiceRoomSchema } = require('kakao-rules/voiceroom/schemas'); const root = require('kakao-rules');`,
      '--input-type=commonjs',
    ],
  ])('%s: a room crosses the root, the module and its schemas entry', (_, imports, type) => {
    const code = `${imports}
      const made = openVoiceRoom({ roomId: 'r', chat: { kind: 'open-group' }, creatorId: 'ann', at: 0 }).value;
      const loaded = VoiceRoomSchema.parse(JSON.parse(JSON.stringify(made)));
      const joined = applyVoiceRoomEvent(loaded, { type: 'join', userId: 'bo', at: 1 }).value;
      console.log([roleOf(loaded, 'ann'), root.roleOf(joined, 'bo'), root.parseVoiceRoom(JSON.parse(JSON.stringify(joined))).lastEventAt].join(' '));`;
    expect(execFileSync(process.execPath, [type, '-e', code], { cwd: dir, encoding: 'utf8' }).trim()).toBe(
      'host listener 1',
    );
  });

  // Issue 24: Node's `import` takes the bundled build (the `node` condition, dist/node/), every other ESM
  // consumer the per-file build; both export the same names, and a name two entries share is one value.
  it('Node imports the bundled build, which exports what the per-file build does, one copy across entries', () => {
    const code = `
      const entries = ${JSON.stringify(subpaths)};
      const out = [];
      const seen = new Map();
      for (const spec of entries) {
        const url = import.meta.resolve(spec);
        const node = await import(url);
        const perFile = await import(url.replace('/dist/node/', '/dist/'));
        for (const [k, v] of Object.entries(node)) {
          if (seen.has(k) && seen.get(k) !== v) out.push('two copies of ' + k);
          seen.set(k, v);
        }
        out.push(url.includes('/dist/node/') && JSON.stringify(Object.keys(node)) === JSON.stringify(Object.keys(perFile)));
      }
      console.log(JSON.stringify(out));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(subpaths.map(() => true));
  });

  it.each(subpaths)('%s loads with import (ESM) and require (CJS) and exposes the same names', (spec) => {
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import * as m from '${spec}'; console.log(JSON.stringify(Object.keys(m).sort()))`],
      { cwd: dir, encoding: 'utf8' },
    );
    const cjs = execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require('${spec}')).sort()))`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm).filter((k: string) => k !== 'default' && k !== 'module.exports'));
  });

  it('the root answers a question from both module systems', () => {
    const code = `.explainRule('voiceroom.speaker-cap').split('\\n')[0]`;
    expect(
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `import * as k from 'kakao-rules'; console.log(k${code})`],
        { cwd: dir, encoding: 'utf8' },
      ).trim(),
    ).toBe('voiceroom.speaker-cap (voiceroom)');
    expect(
      execFileSync(process.execPath, ['-e', `console.log(require('kakao-rules')${code})`], {
        cwd: dir,
        encoding: 'utf8',
      }).trim(),
    ).toBe('voiceroom.speaker-cap (voiceroom)');
  });

  it('ships the JSON Schemas as kakao-rules/schemas/*.json', () => {
    const file = execFileSync(process.execPath, ['-p', `require.resolve('kakao-rules/schemas/InstantSchema.json')`], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('InstantSchema');
  });

  it('installs the kakao-rules bin', () => {
    expect(
      execFileSync('npx', ['--no-install', 'kakao-rules', 'rules', 'speaker'], { cwd: dir, encoding: 'utf8' }),
    ).toContain('voiceroom.speaker-cap');
  });
});
