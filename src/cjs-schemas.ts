/**
 * The CommonJS build's schemas bundle (`dist/cjs-schemas.cjs`): every zod schema, for the `schemas` entry
 * points only. It bundles zod and the schema files; every other module it uses comes from the core bundle
 * (`require('./cjs.cjs').__schemaDeps`, see src/cjs.ts), so both share one copy of the library.
 * Not a public entry point.
 * @internal
 * @module
 */
export * from './schemas.js';
