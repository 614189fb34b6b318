import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { __schemaDeps } from '../src/cjs.js';
import * as coreIndex from '../src/core/index.js';
import * as supportRefinements from '../src/support-hours/refinements.js';
import * as voiceroomRules from '../src/voiceroom/rules.js';

// src/cjs.ts, the CommonJS core bundle: the schemas bundle takes every non-schema module it needs from
// `__schemaDeps` (tsup.config.ts), so the two bundles share one copy of the library (issue 24).
const SRC = join(import.meta.dirname, '../src');
const schemaFiles = [
  'schemas.ts',
  ...readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'cli')
    .map((d) => `${d.name}/schemas.ts`),
];
const isSchemaFile = (key: string) => key === 'schemas' || key.endsWith('/schemas');

describe('the CommonJS core bundle (src/cjs.ts)', () => {
  it('maps a path to the module itself, not a copy', () => {
    expect(__schemaDeps['core/index']).toBe(coreIndex);
    expect(__schemaDeps['support-hours/refinements']).toBe(supportRefinements);
    expect(__schemaDeps['voiceroom/rules']).toBe(voiceroomRules);
  });

  it('lists exactly the non-schema modules the schema files import', () => {
    const imported = new Set<string>();
    for (const file of schemaFiles) {
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const [, path] of text.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)';/gms)) {
        const key = relative(SRC, resolve(dirname(join(SRC, file)), path!)).replace(/\.js$/, '');
        if (!isSchemaFile(key)) imported.add(key);
      }
    }
    expect(Object.keys(__schemaDeps).sort()).toEqual([...imported].sort());
  });
});
