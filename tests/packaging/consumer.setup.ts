import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global setup of the packaging project: packs the built library once (`npm pack`, what `npm publish`
 * would upload) and installs the tarball into a fresh consumer project, which every packaging test
 * then uses the way a user would (`inject('consumerDir')`).
 */
export default function setup(project: TestProject): () => void {
  const root = join(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-pack-'));
  const npm = (args: string[], cwd: string): string =>
    execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as {
    filename: string;
  }[];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed!.filename)], dir);
  project.provide('consumerDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A project with the packed tarball of kakao-rules installed in its node_modules. */
    consumerDir: string;
  }
}
