import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';

/** One `@example` block of a JSDoc comment in `src/`, with the export it documents. */
export interface DocExample {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly code: string;
}

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? d.name === 'cli'
        ? []
        : sourceFiles(join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

/** Every `@example` in `src/` (the CLI excluded), in file order. */
export function collectExamples(): DocExample[] {
  const found: DocExample[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|class|let|type|interface)\s+([\w$]+))?/g,
    )) {
      const lines = m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const line = text.slice(0, m.index).split('\n').length;
      let current: string[] | undefined;
      const flush = () => {
        if (current?.some((l) => l.trim() !== '')) {
          found.push({ file: relative(root, file), line, name: m[2] ?? '(comment)', code: current.join('\n') });
        }
      };
      for (const l of lines) {
        if (/^@example\b/.test(l.trim())) {
          flush();
          current = [l.trim().replace(/^@example\s*/, '')].filter(Boolean);
        } else if (/^@\w/.test(l.trim())) {
          flush();
          current = undefined;
        } else current?.push(l);
      }
      flush();
    }
  }
  return found;
}

function parses(expr: string): boolean {
  try {
    transformSync(`(${expr}\n)`, { loader: 'ts' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns an example into a checked program. Conventions (CONTRIBUTING.md):
 * - `expr //=> result` checks that `expr` deep-equals `result` (a JS expression); a `//=>` on its own
 *   line checks the lines above it; `//` lines right after continue the result.
 * - a result containing `...` is partial: it is compared with `toMatchObject`, `...` removed.
 * - `expr // throws Name` checks that `expr` throws an error named `Name`.
 * - `import` lines are dropped: every export of the package is in scope.
 */
export function compileExample(code: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    out.push(...pending);
    pending = [];
  };
  const take = (head: string): string => {
    if (head.trim() === '') {
      const expr = pending.join('\n');
      pending = [];
      return expr;
    }
    if (parses(head)) {
      flush();
      return head;
    }
    const expr = [...pending, head].join('\n');
    pending = [];
    return expr;
  };
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*import\s/.test(line)) continue;
    const check = /^(.*?)\s*\/\/=>\s?(.*)$/.exec(line);
    const throws = /^(.*?)\s*\/\/\s*throws\s+(\w+)/.exec(line);
    if (check) {
      let expected = check[2]!;
      while (i + 1 < lines.length && /^\s*\/\/(?!=>)/.test(lines[i + 1]!) && !/\/\/\s*throws/.test(lines[i + 1]!)) {
        expected += `\n${lines[++i]!.replace(/^\s*\/\/ ?/, '')}`;
      }
      const expr = take(check[1]!).replace(/;\s*$/, '');
      const partial = /\.\.\./.test(expected);
      const value = partial ? expected.replace(/,?\s*\.\.\.\s*(?=[,}\]])/g, '').replace(/\[\s*,/g, '[') : expected;
      out.push(`__check(${JSON.stringify(expr.trim())}, () => (${expr}\n), () => (${value}\n), ${partial});`);
    } else if (throws) {
      const expr = take(throws[1]!).replace(/;\s*$/, '');
      out.push(`__throws(${JSON.stringify(expr.trim())}, () => (${expr}\n), ${JSON.stringify(throws[2])});`);
    } else if (/^\s*\/\//.test(line)) {
    } else pending.push(line);
  }
  flush();
  return transformSync(out.join('\n'), { loader: 'ts' }).code;
}
