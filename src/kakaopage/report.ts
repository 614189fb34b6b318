import { RuleInputError, guardIssues, ok, type Outcome } from '../core/index.js';
import { REPEAT_REPORT_REFUSALS, REPEAT_REPORT_RISK, REPORT_REFUSALS, type ContentReportRefusal } from './rules.js';
import { ContentReportGuard, EarlierReportsGuard } from './guards.generated.js';
import type { ContentReportInput, EarlierReports } from './schemas.js';
import type { ContentReportFiled } from './types.js';

const FILED = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ reporterSanctionRisk: null })));
const FILED_REPEAT = /* @__PURE__ */ Object.freeze(ok(Object.freeze({ reporterSanctionRisk: REPEAT_REPORT_RISK })));

/**
 * Checks a content report before it is filed: it must give the exact reason and the episode
 * number(s) concerned. A repeat of one of the same reporter's earlier reports of the same post is
 * still a report, but it is flagged: the reporter may be sanctioned for it (`reporterSanctionRisk`,
 * naming `kakaopage.report`). Whether a reason is valid is a person's judgement; the library checks
 * only that one is given.
 *
 * @param report - `{ postId, reason, episodeNumbers }`; a blank reason or an empty list is refused.
 * @param earlierReportsByTheSameReporter - that reporter's earlier reports (`{ postId }`, other fields ignored).
 * @returns frozen `{ ok: true, value: { reporterSanctionRisk } }` (the flag of a repeat report, or
 *   `null`), or a frozen refusal listing in `reasons` what is missing (`reason-missing`,
 *   `episodes-missing`), with `reporterSanctionRisk` set the same way.
 * @throws {RuleInputError} for a missing or mistyped field, an empty `postId`, or an episode number
 *   that is not a positive integer; every problem in both arguments is listed.
 * @example
 * checkContentReport({ postId: 'w1', reason: 'sexual content above the age rating', episodeNumbers: [3] }, [])
 * //=> { ok: true, value: { reporterSanctionRisk: null } }
 * checkContentReport({ postId: 'w1', reason: 'sexual content above the age rating', episodeNumbers: [3] }, [{ postId: 'w1' }]).value.reporterSanctionRisk.rule
 * //=> 'kakaopage.report'
 * checkContentReport({ postId: 'w1', reason: '', episodeNumbers: [] }, []).reasons
 * //=> ['reason-missing', 'episodes-missing']
 * @see kakaopage.report
 */
export function checkContentReport(
  report: ContentReportInput,
  earlierReportsByTheSameReporter: EarlierReports,
): Outcome<ContentReportFiled, ContentReportRefusal> {
  const parsed = guardIssues(ContentReportGuard, report, ['report']);
  const earlier = guardIssues(EarlierReportsGuard, earlierReportsByTheSameReporter, [
    'earlierReportsByTheSameReporter',
  ]);
  if (!parsed.ok || !earlier.ok) {
    throw new RuleInputError('checkContentReport', [
      ...(parsed.ok ? [] : parsed.issues),
      ...(earlier.ok ? [] : earlier.issues),
    ]);
  }
  const { postId, reason, episodeNumbers } = parsed.value;
  const mask = (reason.trim() === '' ? 1 : 0) | (episodeNumbers.length === 0 ? 2 : 0);
  if (earlier.value.some((r) => r.postId === postId)) return REPEAT_REPORT_REFUSALS[mask] ?? FILED_REPEAT;
  return REPORT_REFUSALS[mask] ?? FILED;
}
