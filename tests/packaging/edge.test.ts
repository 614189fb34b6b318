import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { EdgeRuntime } from 'edge-runtime';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectExamples, compileExample } from '../docs/examples.js';

// Issue 13: the claim that the library runs in browsers and at the edge, tested on the packed tarball
// (consumer.setup.ts). Every entry point is bundled for the browser (esbuild, platform "browser"), and
// the build fails on any Node built-in. The bundle then runs in Vercel's Edge Runtime (a V8 context with
// the web's globals and no `process`, `require` or `Buffer`), where the same probes run as in Node
// on the installed package: every JSDoc example of src/ (the calls its docs promise), every exported
// function on a few wrong inputs, and every schema on a few inputs. Both realms must give the same answers.
const dir = inject('consumerDir');
const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'] as const;
const entries = {
  root: 'kakao-rules',
  schemas: 'kakao-rules/schemas',
  ...Object.fromEntries(MODULES.map((m) => [m, `kakao-rules/${m}`])),
} as Record<string, string>;

/** Fails the build on any `node:` import (esbuild's browser platform already refuses bare built-ins such as `fs`). */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.importer} imports the Node built-in ${args.path}` }],
    }));
  },
};

/**
 * Runs in each realm over `{ root, voiceroom, ... }` and returns one JSON string of every answer. Plain
 * JavaScript, so the same source runs in Node and in the edge context. Errors are shown by name, message
 * and issues; functions by name; Dates as their ISO string (JSON).
 */
type Program = (...args: unknown[]) => Promise<void>;
function probe(mods: Record<string, Record<string, unknown>>, programs: Program[]): Promise<string> {
  const show = (v: unknown): unknown => {
    try {
      return JSON.parse(
        JSON.stringify(v, (_k, x: unknown) =>
          typeof x === 'function' ? `[function ${(x as { name: string }).name}]` : x === undefined ? '[undefined]' : x,
        ) ?? 'null',
      );
    } catch (e) {
      return `[unserializable: ${(e as Error).message}]`;
    }
  };
  const attempt = (f: () => unknown): unknown => {
    try {
      return { value: show(f()) };
    } catch (e) {
      const err = e as { name?: string; message?: string; issues?: unknown };
      return { threw: err.name, message: err.message, issues: show(err.issues) };
    }
  };
  const wrong: unknown[][] = [[], [{}], [null], ['2026-13-01T00:00:00+09:00'], [Number.NaN]];
  const parsed: unknown[] = [
    undefined,
    {},
    1_790_000_000_000,
    '2026-12-02T10:00:00+09:00',
    '2026-12-02T10:00:00',
    'open-group',
  ];
  const answers: Record<string, unknown> = {};
  for (const [name, mod] of Object.entries(mods)) {
    for (const key of Object.keys(mod).sort()) {
      const value = mod[key] as {
        safeParse?: (x: unknown) => { success: boolean; error?: { issues: { path: unknown[]; code: string }[] } };
      };
      if (typeof value === 'function')
        answers[`${name}.${key}`] = wrong.map((args) =>
          attempt(() => (value as (...a: unknown[]) => unknown)(...args)),
        );
      else if (value && typeof value.safeParse === 'function') {
        answers[`${name}.${key}`] = parsed.map((x) => {
          const r = value.safeParse!(x);
          return r.success ? 'ok' : r.error!.issues.map((i) => [i.path.join('.'), i.code]);
        });
      } else answers[`${name}.${key}`] = show(value);
    }
  }
  // Examples see every export of the package: the root's and the schemas entry point's.
  const root = { ...mods.root!, ...mods.schemas! };
  const names = Object.keys(root);
  return Promise.all(
    programs.map(async (program, i) => {
      const seen: unknown[] = [];
      const check = (_source: string, actual: () => unknown): void => void seen.push(attempt(actual));
      const throws = (_source: string, f: () => unknown): void => void seen.push(attempt(f));
      try {
        await program(...names.map((n) => root[n]), check, throws);
      } catch (e) {
        seen.push({ failed: String(e) });
      }
      answers[`example ${i}`] = seen;
    }),
  ).then(() => JSON.stringify(answers, null, 1));
}

// Edge runtimes refuse `new Function` and `eval` (no code generation from strings), so the examples
// come as function literals in the evaluated source, each taking every root export by name.
const examples = collectExamples();
const names = (programNames: string[]): string =>
  `[${examples.map((e) => `async function (${[...programNames, '__check', '__throws'].join(', ')}) {\n${compileExample(e.code)}\n}`).join(',\n')}]`;
let bundle = '';
let inputs: string[] = [];

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: Object.entries(entries)
        .map(([name, spec]) => `export * as ${name.replace('-', '_')} from '${spec}';`)
        .join('\n'),
      resolveDir: dir,
      loader: 'js',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: '__kakao',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  bundle = result.outputFiles[0]!.text;
  inputs = Object.keys(result.metafile.inputs);
});

describe('in a browser bundle and an edge runtime', () => {
  it('the packed package bundles for the browser with no Node built-in', () => {
    expect(inputs.filter((i) => i.startsWith('node:') || !i.includes('node_modules/'))).toEqual(['<stdin>']);
    expect(inputs.some((i) => i.includes('node_modules/kakao-rules/dist/'))).toBe(true);
  });

  it('the edge context has no process, require or Buffer', () => {
    const edge = new EdgeRuntime();
    expect(edge.evaluate('[typeof process, typeof require, typeof Buffer, typeof module]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it("every example, function and schema gives Node's answers there", async () => {
    const edge = new EdgeRuntime();
    edge.evaluate(bundle);
    edge.evaluate(
      `globalThis.__mods = Object.fromEntries(Object.entries(__kakao).map(([k, v]) => [k.replace('_', '-'), v]));`,
    );
    const node = Object.fromEntries(
      await Promise.all(
        Object.keys(entries).map(
          async (name) =>
            [
              name,
              (await import(
                join(
                  dir,
                  'node_modules/kakao-rules/dist',
                  name === 'root' ? 'index.js' : name === 'schemas' ? 'schemas.js' : join(name, 'index.js'),
                )
              )) as Record<string, unknown>,
            ] as const,
        ),
      ),
    );
    const programs = names([...new Set([...Object.keys(node.root!), ...Object.keys(node.schemas!)])]);
    const inEdge = await (edge.evaluate(`(${probe.toString()})(__mods, ${programs})`) as Promise<string>);
    const inNode = await probe(node, new Function(`return ${programs}`)() as Program[]);
    const answers = JSON.parse(inNode) as Record<string, unknown>;
    expect(Object.keys(answers).length).toBeGreaterThan(100);
    expect(Object.keys(answers).filter((k) => k.startsWith('example')).length).toBe(examples.length);
    // Every example ran to its end in Node, so the edge realm is compared with real answers.
    expect(
      Object.entries(answers)
        .filter(([, v]) => JSON.stringify(v).includes('"failed"'))
        .map(([k]) => k),
    ).toEqual([]);
    expect(JSON.parse(inEdge)).toEqual(answers);
  });
});
