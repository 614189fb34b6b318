import { RuleInputError, issuesFromZod, ok, type Ok } from '../core/index.js';
import { refusalsByMask } from './reasons.js';
import { ContentReportSchema, EarlierReportsSchema, type ContentReport, type EarlierReports } from './schemas.js';
import type { ContentReportRefusal } from './types.js';

const REFUSALS = /* @__PURE__ */ refusalsByMask(
  'kakaopage.report',
  [
    ['reason-missing', 'Give the exact reason for the report.', '정확한 신고 사유를 적어 주세요.'],
    ['episodes-missing', 'Give the number of each episode concerned.', '문제가 되는 회차 번호를 정확히 적어 주세요.'],
    [
      'duplicate-report',
      'You have already reported this post; reporting the same post again can get you, the reporter, sanctioned.',
      '이미 신고한 게시물입니다. 같은 게시물을 다시 신고하면 신고자가 제재를 받을 수 있습니다.',
    ],
  ],
  (reasons) => ({ reporterSanctionRisk: reasons.includes('duplicate-report') }),
) as readonly (ContentReportRefusal | undefined)[];
const FILED = /* @__PURE__ */ Object.freeze(ok());

/**
 * Checks a content report before it is filed: it must give the exact reason and the episode
 * number(s) concerned, and must not repeat one of the same reporter's earlier reports of the same
 * post (a repeat report, like a report without a valid reason, can get the reporter sanctioned).
 * Whether a reason is valid is a person's judgement; the library checks only that one is given.
 *
 * @param report - `{ postId, reason, episodeNumbers }`; a blank reason or an empty list is refused.
 * @param earlierReportsByTheSameReporter - that reporter's earlier reports (`{ postId }`, other fields ignored).
 * @returns `{ ok: true }` or a frozen refusal listing every problem in `reasons`
 *   (`reason-missing`, `episodes-missing`, `duplicate-report`), with `reporterSanctionRisk: true`
 *   when the report is a repeat.
 * @throws {RuleInputError} for a missing or mistyped field, an empty `postId`, or an episode number
 *   that is not a positive integer; every problem in both arguments is listed.
 * @example
 * checkContentReport({ postId: 'w1', reason: 'sexual content above the age rating', episodeNumbers: [3] }, []).ok //=> true
 * checkContentReport({ postId: 'w1', reason: '', episodeNumbers: [3] }, [{ postId: 'w1' }]).reasons
 * //=> ['reason-missing', 'duplicate-report']
 * @see kakaopage.report
 */
export function checkContentReport(
  report: ContentReport,
  earlierReportsByTheSameReporter: EarlierReports,
): Ok<undefined> | ContentReportRefusal {
  const parsed = ContentReportSchema.safeParse(report);
  const earlier = EarlierReportsSchema.safeParse(earlierReportsByTheSameReporter);
  if (!parsed.success || !earlier.success) {
    throw new RuleInputError('checkContentReport', [
      ...(parsed.success ? [] : issuesFromZod(parsed.error, ['report'])),
      ...(earlier.success ? [] : issuesFromZod(earlier.error, ['earlierReportsByTheSameReporter'])),
    ]);
  }
  const { postId, reason, episodeNumbers } = parsed.data;
  const mask =
    (reason.trim() === '' ? 1 : 0) |
    (episodeNumbers.length === 0 ? 2 : 0) |
    (earlier.data.some((r) => r.postId === postId) ? 4 : 0);
  return REFUSALS[mask] ?? FILED;
}
