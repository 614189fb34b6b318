/**
 * The CommonJS build's core bundle (`dist/cjs.cjs`): every export of the root, zod-free. Each
 * `require('kakao-rules/…')` file re-exports its own names from it (scripts/cjs-entries.mjs), so every
 * subpath shares one copy of the library: a voice room loaded through `kakao-rules/voiceroom/schemas` is the
 * same class that `kakao-rules/voiceroom` works on, and one `RuleInputError` class is thrown everywhere.
 * The zod schemas are in a second bundle (`dist/cjs-schemas.cjs`, from src/cjs-schemas.ts) that only the
 * `schemas` entry points require: `require('kakao-rules')` loads no zod (issue 24).
 * Not a public entry point.
 * @internal
 * @module
 */
import * as coreDefineSchema from './core/defineSchema.js';
import * as coreIndex from './core/index.js';
import * as coreInstant from './core/instant.js';
import * as callsRules from './calls/rules.js';
import * as kakaopageRules from './kakaopage/rules.js';
import * as policyRefinements from './policy/refinements.js';
import * as policyRules from './policy/rules.js';
import * as supportRefinements from './support-hours/refinements.js';
import * as voiceroomListenerTable from './voiceroom/listenerTable.js';
import * as voiceroomRefinements from './voiceroom/refinements.js';
import * as voiceroomRules from './voiceroom/rules.js';

export * from './index.js';

/**
 * The modules of this bundle that a schema file imports, by path under src/ without extension: the schemas
 * bundle takes them from here instead of bundling a second copy (tsup.config.ts, `sharedWithCore`). A schema
 * file importing a module missing here fails the build, naming it.
 * @internal
 */
export const __schemaDeps: Readonly<Record<string, unknown>> = {
  'core/defineSchema': coreDefineSchema,
  'core/index': coreIndex,
  'core/instant': coreInstant,
  'calls/rules': callsRules,
  'kakaopage/rules': kakaopageRules,
  'policy/refinements': policyRefinements,
  'policy/rules': policyRules,
  'support-hours/refinements': supportRefinements,
  'voiceroom/listenerTable': voiceroomListenerTable,
  'voiceroom/refinements': voiceroomRefinements,
  'voiceroom/rules': voiceroomRules,
};
