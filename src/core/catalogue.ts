/**
 * The shape of the rule catalogue. Each module keeps its own entries beside the code that enforces
 * them (`src/<module>/rules.ts`); the package root assembles them into `RULES`.
 */

/** The modules of the library; each rule belongs to exactly one. */
export type ModuleName = 'voiceroom' | 'calls' | 'policy' | 'support-hours' | 'kakaopage';

/** What kind of document a source is: a Kakao Help Center page, a secondary account, a statute or data set. */
export type SourceKind = 'help-center' | 'secondary' | 'statute';

/** One source of a rule, cited by what it is: its title and who publishes it. */
export interface RuleSource {
  readonly title: string;
  readonly publisher: string;
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
  /** The numbers of the rule, named (e.g. `{ maxTalkers: 10 }`): the constants the code uses, not copies. */
  readonly limits?: Readonly<Record<string, number>>;
  /** The reading we chose where a source is vague, or what is left undocumented and how we expose it. */
  readonly interpretation?: string;
  /** Names of the exported functions that enforce or answer the rule. */
  readonly enforcedBy: readonly string[];
  /** Every refusal `code` a refusal naming this rule can carry (empty when the rule never says no). */
  readonly codes: readonly string[];
}

/** A value and everything reachable from it, frozen. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Freezes `value` and everything reachable from it, in place, and returns it. */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value as DeepReadonly<T>;
}

/**
 * A module's catalogue: entries keyed by their id, deeply frozen. Call it at module level with
 * `/* @__PURE__ *\/` so a bundle that never reads the catalogue drops it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRules<const T extends { readonly [Id in keyof T]: RuleEntry & { readonly id: Id } }>(
  entries: T,
): DeepReadonly<T> {
  return deepFreeze(entries);
}

// The documents behind the rule book, one constant each (not one object of them: a property read at
// module level would keep the whole catalogue in bundles that never use it).

/** The Kakao Help Center FAQ on VoiceTalk, FaceTalk, LiveTalk and VoiceRoom. */
export const SOURCE_CALLS_FAQ: RuleSource = {
  title: 'VoiceTalk / FaceTalk / LiveTalk / VoiceRoom FAQ',
  publisher: 'Kakao Help Center',
  kind: 'help-center',
};
/** Kakao Help Center articles on KakaoTalk reports, restrictions, accounts and policy. */
export const SOURCE_POLICY_HELP: RuleSource = {
  title: 'KakaoTalk help articles: reports, restrictions, account and policy',
  publisher: 'Kakao Help Center',
  kind: 'help-center',
};
/** A third-party guide to KakaoTalk's customer-center chat (secondary). */
export const SOURCE_SUPPORT_GUIDE: RuleSource = {
  title: 'A guide to KakaoTalk customer-center chat (chatbot, agent hours, e-mail, checklist)',
  publisher: 'independent guide',
  kind: 'secondary',
};
/** A user's first-hand account of the user-protection measure and of reaching an agent (secondary). */
export const SOURCE_PROTECTION_ACCOUNT: RuleSource = {
  title: "A user's account of the automatic user-protection measure and of reaching an agent",
  publisher: 'personal blog',
  kind: 'secondary',
};
/** Kakao Help Center articles on KakaoPage. */
export const SOURCE_KAKAOPAGE_HELP: RuleSource = {
  title: 'KakaoPage help articles: purchases, Stage programmes, new works and new authors, reports',
  publisher: 'Kakao Help Center',
  kind: 'help-center',
};
