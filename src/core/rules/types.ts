/** The modules of the library; each rule belongs to exactly one. */
export type ModuleName = 'voiceroom' | 'calls' | 'policy' | 'support-hours' | 'kakaopage';

/** Where a rule comes from: a Kakao Help Center page, or a secondary source (a guide, a user's account). */
export type SourceKind = 'help-center' | 'secondary' | 'statute';

/** One source of a rule: a seed document of the rule book, a statute, or a data set. */
export interface RuleSource {
  /** File name under the rule book's `seeds/`, or the name of a statute or data set. */
  readonly file: string;
  readonly kind: SourceKind;
}

/** One entry of the rule catalogue: the machine-readable side of a rule book row. */
export interface RuleEntry {
  /** Stable id from the rule book, e.g. `voiceroom.speaker-cap`. Never changes once released. */
  readonly id: string;
  readonly module: ModuleName;
  /** The rule in our own words. */
  readonly summary: { readonly en: string; readonly ko: string };
  readonly sources: readonly RuleSource[];
  /** The numbers of the rule, named (e.g. `{ maxTalkers: 10 }`). */
  readonly limits?: Readonly<Record<string, number>>;
  /** The reading we chose where a source is vague, or what is left undocumented and how we expose it. */
  readonly interpretation?: string;
  /** Names of the exported functions that enforce or answer the rule. Empty until implemented. */
  readonly enforcedBy: readonly string[];
}

// One constant per seed document (not one object of them): a property read at module level would
// keep the whole catalogue in bundles that never use it.
export const CALLS_SEED: RuleSource = { file: '000_1c2ae53106c9bb14.txt', kind: 'help-center' };
export const POLICY_SEED: RuleSource = { file: '001_dfaaf6e19cbf34e9.txt', kind: 'help-center' };
export const SUPPORT_GUIDE_SEED: RuleSource = { file: '002_61d492ee950642b8.txt', kind: 'secondary' };
export const PROTECTION_ACCOUNT_SEED: RuleSource = { file: '003_79bd6367e0eedf81.txt', kind: 'secondary' };
export const KAKAOPAGE_SEED: RuleSource = { file: '004_d74b912e3e52bfab.txt', kind: 'help-center' };
