import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One fenced ```ts block of README.md or docs/*.md. */
export interface MarkdownExample {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const root = join(import.meta.dirname, '../..');

/** The documents whose TypeScript a reader may paste: README.md and every guide in docs/ (not the generated catalogue). */
export function markdownFiles(): string[] {
  return [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md') && f !== 'rules.md')
      .sort()
      .map((f) => `docs/${f}`),
  ];
}

/** Every ```ts (or ```typescript) block of those files, in order. */
export function collectMarkdownExamples(): MarkdownExample[] {
  return markdownFiles().flatMap((file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const found: MarkdownExample[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
      const start = i + 1;
      while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]!));
      found.push({ file, line: start + 1, code: lines.slice(start, i).join('\n') });
    }
    return found;
  });
}

/** How many results a block writes out: its `//=>` lines and its `// throws Name` lines. */
export function writtenResults(code: string): number {
  return code.split('\n').filter((l) => /\/\/=>/.test(l) || /\/\/\s*throws\s+\w+/.test(l)).length;
}

/**
 * The block without its `import` declarations, a multi-line `import { ... } from '...'` included
 * (the runner puts every export in scope; `compileExample` drops one-line imports only).
 */
export function withoutImports(code: string): string {
  return code.replace(/^import\s[^;]*?\sfrom\s*(['"])[^'"]*\1;?[ \t]*$/gm, (m) => m.replace(/[^\n]/g, ''));
}
