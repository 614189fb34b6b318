/**
 * Writes `schemas/<Name>.json`, one JSON Schema (draft 2020-12) per exported zod schema, so services
 * in other languages can validate the same payloads. Run by `npm run build`; shipped in the package
 * as `kakao-rules/schemas/<Name>.json`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import * as pkg from '../src/index.js';

/** Every export of the package that is a zod schema, by export name. */
export function exportedSchemas(): [string, z.ZodType][] {
  return (Object.entries(pkg) as [string, unknown][]).filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType);
}

/** The JSON Schema of one exported schema, describing what a caller may send (zod's input side). */
export function jsonSchemaOf(name: string, schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    // A Date crosses JSON as an ISO-8601 string.
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
  });
  return { ...json, $id: `kakao-rules/schemas/${name}.json`, title: name };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(import.meta.dirname, '../schemas');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const schemas = exportedSchemas();
  for (const [name, schema] of schemas) writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(jsonSchemaOf(name, schema), null, 2)}\n`);
  console.log(`json-schemas: wrote ${schemas.length} schemas to schemas/`);
}
