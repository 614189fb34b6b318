import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pkg from '../src/index.js';
import { RuleInputError, type RuleEntry } from '../src/core/index.js';
import { RULES, explainEntry, explainRule, findRules, isRuleId } from '../src/rules.js';
import { thrown } from './helpers.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '../shared');
const ruleBook = join(shared, 'RULES.md');
const entries = Object.entries(RULES) as [string, RuleEntry][];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

describe('the rule catalogue', () => {
  // The rule book beside the project when there is one (a developer's checkout), else the copy the
  // project carries (docs/rules.md, checked current by tests/docs/rules-doc.test.ts).
  it('has exactly one entry per rule id of the rule book', () => {
    const book = existsSync(ruleBook)
      ? [...readFileSync(ruleBook, 'utf8').matchAll(/^\| `([a-z-]+\.[a-z0-9-]+)`/gm)].map((m) => m[1])
      : [...readFileSync(join(root, 'docs/rules.md'), 'utf8').matchAll(/^### ([a-z-]+\.[a-z0-9-]+)$/gm)].map(
          (m) => m[1],
        );
    expect(book.length).toBeGreaterThanOrEqual(52);
    expect(Object.keys(RULES).sort()).toEqual([...new Set(book)].sort());
  });

  it.each(entries)('%s is complete and keyed by its own id', (key, r) => {
    expect(r.id).toBe(key);
    expect(key.startsWith(r.module === 'support-hours' ? 'support.' : `${r.module}.`)).toBe(true);
    expect(r.summary.en.length).toBeGreaterThan(20);
    expect(r.summary.ko).toMatch(/[가-힣]/);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('cites every source by title and publisher, never by a file name', () => {
    for (const [, r] of entries) {
      for (const s of r.sources) {
        expect(s.title.length).toBeGreaterThan(10);
        expect(s.publisher.length).toBeGreaterThan(3);
        expect(`${s.title} ${s.publisher}`).not.toMatch(/\.txt\b|seeds\//);
      }
    }
  });

  it('is deeply frozen: no entry, list or number can be changed', () => {
    const r = RULES['voiceroom.speaker-cap'] as unknown as { limits: Record<string, number>; enforcedBy: string[] };
    expect(() => Object.assign(RULES, { extra: 1 })).toThrow(TypeError);
    expect(() => ((r as { limits: unknown }).limits = {})).toThrow(TypeError);
    expect(() => (r.limits.maxTalkers = 11)).toThrow(TypeError);
    expect(() => r.enforcedBy.push('x')).toThrow(TypeError);
    expect(RULES['voiceroom.speaker-cap'].limits.maxTalkers).toBe(10);
  });

  it('names only functions the package exports', () => {
    for (const [id, r] of entries) {
      for (const name of r.enforcedBy)
        expect(typeof (pkg as Record<string, unknown>)[name], `${id} -> ${name}`).toBe('function');
    }
  });

  it('has a test naming every rule that has enforcing functions', () => {
    const testText = filesUnder(join(root, 'tests'))
      .filter((f) => !f.endsWith(join('tests', 'rules.test.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const untested = entries.filter(([id, r]) => r.enforcedBy.length > 0 && !testText.includes(id)).map(([id]) => id);
    expect(untested).toEqual([]);
  });
});

describe('explainRule and findRules', () => {
  it('explains a rule in both languages with its numbers', () => {
    const text = explainRule('voiceroom.speaker-cap');
    expect(text.split('\n')[0]).toBe('voiceroom.speaker-cap (voiceroom)');
    expect(text).toContain('maxTalkers=10');
    expect(text).toMatch(/[가-힣]/);
  });

  it('refuses an unknown id with suggestions', () => {
    expect(() => explainRule('voiceroom.speaker' as never)).toThrow(RuleInputError);
    expect(() => explainRule('voiceroom.speaker' as never)).toThrow(/did you mean voiceroom\./);
    expect(() => explainRule(42 as never)).toThrow(RuleInputError);
  });

  it('finds by any word, in English or Korean, case-insensitively', () => {
    expect(findRules('speaker').map((r) => r.id)).toContain('voiceroom.speaker-cap');
    expect(findRules('SPEAKER 11').map((r) => r.id)).toEqual(['voiceroom.speaker-cap']);
    expect(findRules('공휴일').map((r) => r.id)).toContain('support.public-holidays');
    expect(findRules('')).toHaveLength(Object.keys(RULES).length);
    expect(findRules('no-such-word-anywhere')).toEqual([]);
    expect(() => findRules(undefined as never)).toThrow(RuleInputError);
  });

  it('isRuleId does not see inherited keys', () => {
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId('__proto__')).toBe(false);
    expect(isRuleId('voiceroom.where')).toBe(true);
  });
});

// The text developers read in the REPL and the CLI, line by line, written out from the catalogue
// entries (src/<module>/rules.ts) and the sources of src/core/catalogue.ts.
const CALLS_FAQ = 'Kakao Help Center, VoiceTalk / FaceTalk / LiveTalk / VoiceRoom FAQ [help-center]';

describe('explainRule: every line of the text', () => {
  it.each<[string, string[]]>([
    [
      'voiceroom.speaker-cap',
      [
        'voiceroom.speaker-cap (voiceroom)',
        '  At most 10 participants hold a talking role, hosts included (hosts + speakers <= 10); a change that would make 11 is refused.',
        '  말할 수 있는 역할(진행자+스피커)은 진행자를 포함해 최대 10명이며, 11명이 되게 하는 변경은 거절됩니다.',
        `  source: ${CALLS_FAQ}`,
        '  limits: maxTalkers=10',
        '  refusal codes: talker-cap-reached',
        '  enforced by: applyVoiceRoomEvent, canApply, talkerCount',
      ],
    ],
    [
      'policy.auto-protection',
      [
        'policy.auto-protection (policy)',
        '  The system applies user protection mainly for illegal activity or spam, or mass chat-room creation (mass friend adds: only suspected), and lifts it, not an agent: at best in a day or two without spam or reports.',
        '  이용자 보호조치는 주로 불법 활동, 스팸, 채팅방 대량 생성 때 시스템이 걸고 풉니다(친구 대량 추가는 추정). 이력이 없으면 빠르면 하루이틀에 풀립니다.',
        "  source: personal blog, A user's account of the automatic user-protection measure and of reaching an agent [secondary]",
        '  limits: bestCaseLiftMinDays=1, bestCaseLiftMaxDays=2',
        "  reading: Secondary source only. Trigger weights: 'main', 'named', 'suspected' (mass friend adds). No threshold: certain: false for any count. 1-2 days is a best case.",
        '  enforced by: assessViolation, restrictionEffects, describeAutoProtection',
      ],
    ],
    [
      'calls.no-voice-fee',
      [
        'calls.no-voice-fee (calls)',
        "  No call fee is ever charged. Only the caller's carrier data plan applies, at home and abroad: mobile data may cost data charges, Wi-Fi does not draw on the carrier plan. Wi-Fi is recommended.",
        '  통화료는 받지 않습니다. 국내외 모두 통신사 데이터 요금제만 적용되어, 모바일 데이터에서는 데이터 요금이 나올 수 있고 Wi-Fi에서는 통신사 요금제와 무관합니다. Wi-Fi 사용을 권합니다.',
        `  source: ${CALLS_FAQ}`,
        '  reading: On Wi-Fi nothing is drawn from the carrier plan; what a Wi-Fi provider may charge is outside the sources. Being abroad changes nothing.',
        '  enforced by: callCharges',
      ],
    ],
    [
      'calls.friends-only',
      [
        'calls.friends-only (calls)',
        '  VoiceTalk (voice) and FaceTalk (video) are real-time calls with someone who is your KakaoTalk friend.',
        '  보이스톡(음성)과 페이스톡(영상)은 카카오톡 친구와 하는 실시간 통화입니다.',
        `  source: ${CALLS_FAQ}`,
        '  refusal codes: not-friends',
        '  enforced by: checkCall',
      ],
    ],
    [
      'calls.livetalk',
      [
        'calls.livetalk (calls)',
        '  LiveTalk shares your live video with a group chat (not a 1:1 chat), for at most 40 people including the broadcaster. Start it from [+] beside the input box, LiveTalk, Start; others join from the pinned notice or the LiveTalk bubble in the chat marked "live".',
        '  라이브톡은 그룹 채팅방(1:1 불가)에 내 실시간 영상을 공유하며, 방송하는 사람을 포함해 최대 40명이 참여합니다. 입력창 옆 [+] → 라이브톡 → 시작으로 열고, 다른 사람은 "live" 표시가 있는 채팅방의 공지 참여 버튼이나 시작 말풍선으로 들어옵니다.',
        `  source: ${CALLS_FAQ}`,
        '  limits: maxParticipants=40',
        "  reading: Chats are 'group' or 'one-to-one'; open chats are not covered by the source. Whether the broadcaster counts is unstated: we count them among the 40. checkLiveTalkJoin takes the count now (at least 1) and refuses a join that would make 41.",
        '  refusal codes: group-chat-only, live-talk-full',
        '  enforced by: checkLiveTalkStart, checkLiveTalkJoin, liveTalkSteps',
      ],
    ],
    [
      'policy.severity-order',
      [
        'policy.severity-order (policy)',
        '  Account measures are ordered none < user protection < temporary restriction < permanent restriction; combining keeps the most severe. 임시조치 blocks a post, not the account: reported beside, never ranked.',
        '  계정 조치는 없음 < 이용자 보호조치 < 일시적 이용제한 < 영구 이용제한 순이며 합치면 가장 무거운 것이 남습니다. 임시조치는 게시물 조치라 순서에 넣지 않고 따로 알립니다.',
        "  source: Kakao Help Center, KakaoTalk help articles: reports, restrictions, account and policy [help-center]; personal blog, A user's account of the automatic user-protection measure and of reaching an agent [secondary]",
        "  reading: The sources list the measures unranked; the account order is our reading. 임시조치 is a content measure: ranking it is bad input; combineMeasures gives { account, content }. restrictionEffects says 'undetermined' where the sources are silent.",
        '  enforced by: compareRestrictions, mostSevereRestriction, restrictionRank, restrictionEffects, combineMeasures',
      ],
    ],
  ])('%s', (id, lines) => {
    expect(explainRule(id as never).split('\n')).toEqual(lines);
  });

  // No entry of today's catalogue is guidance only, so the entry is one of the catalogue's without its
  // enforcing functions.
  it('a guidance-only rule (no enforcing function) says so', () => {
    expect(explainEntry({ ...RULES['calls.mvoip-allowance'], enforcedBy: [] }).split('\n')).toEqual([
      'calls.mvoip-allowance (calls)',
      "  On 3G/LTE a carrier plan may block or limit calls; calls work within the plan's mVoIP data allowance, and both parties' plans matter.",
      '  3G/LTE에서는 요금제에 따라 통화가 막히거나 제한될 수 있으며, 요금제의 mVoIP 허용량 안에서만 통화됩니다. 양쪽의 요금제가 모두 영향을 줍니다.',
      `  source: ${CALLS_FAQ}`,
      '  enforced by: (guidance only)',
    ]);
  });

  it.each<[string, unknown, string]>([
    // findRules('speaker'): the first three rules in catalogue order whose text says "speaker" (more do)
    [
      'a wrong id suggests three rules matching its last part',
      'voiceroom.speaker',
      'no rule has the id "voiceroom.speaker"; did you mean voiceroom.roles, voiceroom.role-change-by-host, voiceroom.speaker-cap?',
    ],
    [
      'a wrong id without a dot is searched whole',
      'livetalk',
      'no rule has the id "livetalk"; did you mean calls.livetalk?',
    ],
    ['nothing close: no suggestion', 'voiceroom.zzzz', 'no rule has the id "voiceroom.zzzz"'],
    ['a number: no suggestion', 42, 'no rule has the id 42'],
    ['an array holding a rule id is not an id', ['voiceroom.where'], 'no rule has the id array(1)'],
  ])('%s', (_, id, message) => {
    expect(thrown(() => explainRule(id as never))).toEqual({
      fn: 'explainRule',
      issues: [{ path: ['id'], code: 'unknown-rule', message }],
    });
  });
});

describe('findRules and isRuleId: edges', () => {
  it('refuses a text that is not a string, naming findRules and the argument', () => {
    expect(thrown(() => findRules(undefined as never))).toEqual({
      fn: 'findRules',
      issues: [{ path: ['text'], code: 'invalid-type', message: 'expected a string; got undefined' }],
    });
    expect(thrown(() => findRules(['speaker'] as never))).toEqual({
      fn: 'findRules',
      issues: [{ path: ['text'], code: 'invalid-type', message: 'expected a string; got array(1)' }],
    });
  });

  it('spaces around and between the words change nothing', () => {
    expect(findRules('  SPEAKER   11 ').map((r) => r.id)).toEqual(['voiceroom.speaker-cap']);
    expect(findRules(' ')).toHaveLength(Object.keys(RULES).length);
  });

  it('searches the reading', () => {
    // "provider" is only in the reading of calls.no-voice-fee
    expect(findRules('provider').map((r) => r.id)).toEqual(['calls.no-voice-fee']);
  });

  it('a word never matches across two fields, nor text no field holds', () => {
    // the id calls.friends-only is followed by the module calls
    expect(findRules('friends-onlycalls')).toEqual([]);
    // the reading of a rule that has none adds no text
    expect(findRules('stryker')).toEqual([]);
  });

  it('isRuleId is false for a non-string that converts to a rule id', () => {
    expect(isRuleId(['voiceroom.where'])).toBe(false);
    expect(isRuleId({ toString: () => 'voiceroom.where' })).toBe(false);
  });
});

describe('the catalogue holds every entry its modules write', () => {
  // A catalogue entry (`id: '<module>.<name>'` in src/<module>/rules.ts) left out of its module's
  // <MODULE>_RULES list is in no catalogue, and nothing else would fail (CONTRIBUTING, "A new rule").
  // Skipped in Stryker's sandbox, whose rules.ts files are instrumented copies.
  it.skipIf(process.env.KAKAO_RULES_MUTATION === '1')(
    'each id written in a rules.ts is an entry of RULES, and RULES has no other',
    () => {
      const written = readdirSync(join(root, 'src'), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, 'src', d.name, 'rules.ts')))
        .flatMap((d) =>
          [
            ...readFileSync(join(root, 'src', d.name, 'rules.ts'), 'utf8').matchAll(
              /^ {2}id: '([a-z-]+\.[a-z0-9-]+)',$/gm,
            ),
          ].map((m) => m[1]!),
        );
      expect(written).toHaveLength(52);
      expect([...written].sort()).toEqual(Object.keys(RULES).sort());
    },
  );
});
