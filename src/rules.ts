/**
 * The rule catalogue, assembled from the entries each module keeps beside its code.
 * @module
 */
import { RuleInputError, deepFreeze, describeValue, type RuleEntry } from './core/index.js';
import { CALLS_RULES } from './calls/rules.js';
import { KAKAOPAGE_RULES } from './kakaopage/rules.js';
import { POLICY_RULES } from './policy/rules.js';
import { SUPPORT_RULES } from './support-hours/rules.js';
import { VOICEROOM_RULES } from './voiceroom/rules.js';

/**
 * The rule catalogue: one entry per rule id of the rule book, with the rule in our own words, its
 * source, its numbers, the reading we chose where the source is vague, and the functions enforcing it.
 *
 * @example
 * RULES['voiceroom.speaker-cap'].limits //=> { maxTalkers: 10 }
 */
// Object.assign rather than spreads: a pure-annotated call is something bundlers may drop when
// RULES is unused, while an object spread is kept in case a getter has effects.
export const RULES: typeof VOICEROOM_RULES &
  typeof CALLS_RULES &
  typeof POLICY_RULES &
  typeof SUPPORT_RULES &
  typeof KAKAOPAGE_RULES = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.assign({}, VOICEROOM_RULES, CALLS_RULES, POLICY_RULES, SUPPORT_RULES, KAKAOPAGE_RULES),
);

/** Every rule id of the rule book, e.g. `'voiceroom.speaker-cap'`. */
export type RuleId = keyof typeof RULES;

/** Whether `id` names a rule of the catalogue. */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.hasOwn(RULES, id);
}

/**
 * A rule explained for a person: summary in both languages, source, numbers, reading, enforcers.
 *
 * @throws {RuleInputError} when `id` is not a rule id (the message suggests close matches).
 * @example
 * explainRule('voiceroom.speaker-cap').split('\n')[0]
 * //=> 'voiceroom.speaker-cap (voiceroom)'
 */
export function explainRule(id: RuleId): string {
  if (!isRuleId(id)) {
    const given: unknown = id;
    // split returns at least one part, so pop() always gives a string
    const near =
      typeof given === 'string'
        ? findRules(given.split('.').pop()!)
            .map((r) => r.id)
            .slice(0, 3)
        : [];
    throw new RuleInputError('explainRule', [
      {
        path: ['id'],
        code: 'unknown-rule',
        message: `no rule has the id ${describeValue(id)}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
      },
    ]);
  }
  return explainEntry(RULES[id]);
}

/**
 * The text `explainRule` gives for one catalogue entry. Exported for the tests only (the package root
 * does not export it): every shape of entry is checked, a guidance-only one (no enforcing function)
 * included, whether or not the catalogue holds one today.
 *
 * @internal
 */
export function explainEntry(r: RuleEntry): string {
  const lines = [
    `${r.id} (${r.module})`,
    `  ${r.summary.en}`,
    `  ${r.summary.ko}`,
    `  source: ${r.sources.map((s) => `${s.publisher}, ${s.title} [${s.kind}]`).join('; ')}`,
  ];
  if (r.limits)
    lines.push(
      `  limits: ${Object.entries(r.limits)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  if (r.interpretation) lines.push(`  reading: ${r.interpretation}`);
  if (r.codes.length > 0) lines.push(`  refusal codes: ${r.codes.join(', ')}`);
  lines.push(`  enforced by: ${r.enforcedBy.length > 0 ? r.enforcedBy.join(', ') : '(guidance only)'}`);
  return lines.join('\n');
}

/**
 * The rules whose id, module, summary (either language), reading or enforcing functions contain
 * every word of `text` (case-insensitive). An empty text lists every rule.
 *
 * @throws {RuleInputError} when `text` is not a string.
 * @example
 * findRules('speaker').map((r) => r.id).includes('voiceroom.speaker-cap') //=> true
 */
export function findRules(text: string): RuleEntry[] {
  if (typeof text !== 'string') {
    throw new RuleInputError('findRules', [
      { path: ['text'], code: 'invalid-type', message: `expected a string; got ${describeValue(text)}` },
    ]);
  }
  // Split at each white-space character: the empty words around a leading or trailing space and
  // between two spaces match every rule (every text includes ''), so they need no filtering.
  const words = text.toLowerCase().split(/\s/);
  return Object.values(RULES).filter((r: RuleEntry) => {
    const hay = [r.id, r.module, r.summary.en, r.summary.ko, r.interpretation ?? '', ...r.enforcedBy]
      .join('\n')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
