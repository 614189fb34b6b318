/**
 * kakao-rules: the published rules of KakaoTalk and KakaoPage as pure, typed functions.
 * Each module is also its own subpath (`kakao-rules/voiceroom`, ...); this root re-exports them all.
 * The zod schemas are in `kakao-rules/schemas` (and `kakao-rules/<module>/schemas`): importing the root
 * does not load zod.
 * @module kakao-rules
 */
export { RULES, explainRule, findRules, isRuleId, type RuleId } from './rules.js';
export {
  RuleInputError,
  INPUT_ISSUE_CODES,
  MAX_INPUT_ISSUES,
  toEpochMs,
  KST_ZONE,
  KST_OFFSET_MS,
  kstDateString,
  formatKst,
  kstInstant,
  ok,
  checkedRefusal as refusal,
} from './core/index.js';
export type {
  InputIssue,
  InputIssueCode,
  InstantInput,
  TemporalInstantLike,
  TemporalPlainDateLike,
  Message,
  ModuleName,
  Ok,
  Outcome,
  Refusal,
  RuleEntry,
  RuleSource,
  SourceKind,
} from './core/index.js';
export * from './voiceroom/index.js';
export * from './calls/index.js';
export * from './policy/index.js';
export * from './support-hours/index.js';
export * from './kakaopage/index.js';
