import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compileGuards } from '../../scripts/compile-guards.js';
import { guardIssues, issuesFromZod, type Guard } from '../../src/core/index.js';
import * as coreGuards from '../../src/core/guards.generated.js';
import * as coreSchemas from '../../src/core/schemas.js';
import { fc } from '../prop.js';
import * as callGuards from '../../src/calls/guards.generated.js';
import * as callSchemas from '../../src/calls/schemas.js';
import * as policyGuards from '../../src/policy/guards.generated.js';
import * as policySchemas from '../../src/policy/schemas.js';
import * as roomGuards from '../../src/voiceroom/guards.generated.js';
import * as roomSchemas from '../../src/voiceroom/schemas.js';
import * as supportGuards from '../../src/support-hours/guards.generated.js';
import * as supportSchemas from '../../src/support-hours/schemas.js';
import * as pageGuards from '../../src/kakaopage/guards.generated.js';
import * as pageSchemas from '../../src/kakaopage/schemas.js';
import { eventInstant } from '../../src/voiceroom/argumentChecks.js';

// zod is the single source of truth; each src/<module>/guards.generated.ts is its compiled form and must agree
// with it (the interpreter's constructs that no schema reaches: tests/core/guardInterpreter.test.ts).

const ROOT = join(import.meta.dirname, '../..');

describe('guards.generated.ts is what scripts/compile-guards.ts writes', () => {
  // Under Stryker the sources are instrumented copies, never what the generator writes.
  it.skipIf(process.env.KAKAO_RULES_MUTATION === '1')('regenerating gives the committed files', async () => {
    const files = await compileGuards();
    expect([...files.keys()].sort()).toEqual([
      'src/calls/guards.generated.ts',
      'src/core/guards.generated.ts',
      'src/kakaopage/guards.generated.ts',
      'src/policy/guards.generated.ts',
      'src/support-hours/guards.generated.ts',
      'src/voiceroom/guards.generated.ts',
    ]);
    for (const [file, text] of files) expect(readFileSync(join(ROOT, file), 'utf8'), file).toBe(text);
  });
});

/** zod's answer and the guard's, in the library's vocabulary (issues as RuleInputError lists them). */
function answers(schema: z.ZodType, guard: Guard, value: unknown) {
  let zod: unknown;
  try {
    const r = schema.safeParse(value);
    zod = r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error) };
  } catch {
    zod = 'throws';
  }
  const g = guardIssues(guard, value);
  return { zod, guard: zod === 'throws' && !g.ok && g.issues[0]?.code === 'invalid-input' ? 'throws' : g };
}

const WEIRD = [
  undefined,
  null,
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  1e16,
  -1e16,
  8.64e15,
  -8.64e15 - 1,
  Number.NaN,
  Infinity,
  '',
  'x',
  'host',
  'listener',
  'join',
  '2026-01-01T10:00',
  '2026-02-30T10:00:00Z',
  '2026-01-01T10:00:00+09:00',
  true,
  false,
  [],
  [null],
  ['a'],
  {},
  { length: 0 },
  new Date(0),
  new Date(Number.NaN),
  Object.assign(new Date(Number.NaN), { getTime: () => 0 }),
  new Array(11).fill(null),
  new Array(33).fill(null),
];

/** `value` with one place (a key, an item, the whole) replaced by a near-miss, deleted, or given an unknown key. */
function nearMiss(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom(...WEIRD), fc.constantFrom('set', 'delete', 'extra'))
    .map(([v, pick, weird, how]) => {
      const places: [Record<string | number, unknown>, string | number][] = [];
      const walk = (x: unknown) => {
        if (typeof x !== 'object' || x === null || x instanceof Date) return;
        for (const k of Object.keys(x)) {
          places.push([x as Record<string, unknown>, Array.isArray(x) ? Number(k) : k]);
          walk((x as Record<string, unknown>)[k]);
        }
      };
      const copy = structuredClone(v);
      walk(copy);
      if (places.length === 0) return weird;
      const [at, key] = places[pick % places.length]!;
      if (how === 'delete') delete at[key];
      else if (how === 'extra' && !Array.isArray(at)) at.unknown = weird;
      else at[key] = weird;
      return copy;
    });
}

const id = fc.constantFrom('ann', 'bo', 'cy', 'dee', '');
const ms = fc.oneof(fc.integer({ min: 0, max: 200_000_000 }), fc.constantFrom(-8.64e15, 8.64e15));
const instant = fc.oneof(
  ms,
  ms.map((t) => new Date(t)),
  ms.map((t) => new Date(t).toISOString()),
  fc.constantFrom('2026-01-01T10:00:00+09:00', '2026-13-01T10:00:00Z'),
);
const seq = fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined });
const event = fc.oneof(
  fc.record(
    { type: fc.constantFrom('join', 'leave', 'request-to-speak'), userId: id, at: instant, seq },
    { requiredKeys: ['type', 'userId', 'at'] },
  ),
  fc.record(
    { type: fc.constant('answer-speak-request'), hostId: id, userId: id, approve: fc.boolean(), at: instant, seq },
    { requiredKeys: ['type', 'hostId', 'userId', 'approve', 'at'] },
  ),
  fc.record({
    type: fc.constant('set-role'),
    hostId: id,
    userId: id,
    role: fc.constantFrom('host', 'speaker', 'listener'),
    at: instant,
  }),
  fc.record({ type: fc.constant('invite-host'), hostId: id, userId: id, at: instant }),
  fc.record({ type: fc.constant('answer-host-invite'), userId: id, accept: fc.boolean(), at: instant }),
  fc.record({ type: fc.constant('report'), at: instant, seq }, { requiredKeys: ['type', 'at'] }),
);
const kind = fc.constantFrom('open-group', 'open-direct', 'group', 'direct');
const opening = fc.record({ roomId: id, chat: fc.record({ kind }), creatorId: id, at: instant });
const participant = fc.record(
  {
    userId: id,
    role: fc.constantFrom('host', 'speaker', 'listener'),
    requestedAt: fc.integer({ min: -5, max: 20 }),
    invitedBy: id,
  },
  { requiredKeys: ['userId', 'role'] },
);
const docV1 = fc.record({
  version: fc.constant(1),
  roomId: id,
  openedAt: fc.integer({ min: 0, max: 10 }),
  lastEventAt: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.constant(172_800_000)),
  reported: fc.boolean(),
  lastSeq: fc.option(fc.integer({ min: 0, max: 3 })),
  participants: fc.array(participant, { maxLength: 12 }),
});
const doc010 = fc
  .record({
    roomId: id,
    openedAt: fc.integer({ min: 0, max: 10 }),
    lastEventAt: fc.integer({ min: 0, max: 30 }),
    reported: fc.boolean(),
    talkers: fc.array(fc.record({ userId: id, role: fc.constantFrom('host', 'speaker') }), { maxLength: 11 }),
    listenerCount: fc.integer({ min: 0, max: 3 }),
    cells: fc.array(
      fc.tuple(
        fc.nat(31),
        fc.nat(31),
        fc.record({ userId: id, requestedAt: fc.integer({ min: 0, max: 30 }) }, { requiredKeys: ['userId'] }),
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ cells, ...doc }) => {
    const listeners: (unknown[] | null)[] = new Array(32).fill(null);
    for (const [hi, lo, l] of cells) {
      const row = (listeners[hi] ??= new Array(32).fill(null));
      ((row[lo] as unknown[] | null) ?? (row[lo] = [])) && (row[lo] as unknown[]).push(l);
    }
    return { ...doc, listeners };
  });

// support-hours: days inside, at the edges of and outside the holiday calendar, real and not
const isoDate = fc.oneof(
  fc
    .integer({ min: Date.UTC(1989, 11, 30), max: Date.UTC(2051, 0, 2) })
    .map((t) => new Date(t).toISOString().slice(0, 10)),
  fc.constantFrom(
    '2026-09-25',
    '1990-01-01',
    '2050-12-31',
    '1989-12-31',
    '2051-01-01',
    '2024-02-29',
    '2026-02-29',
    '2026-13-01',
    '2026-9-25',
    '2026-09-25T00:00:00+09:00',
  ),
);
const extraHoliday = fc.record({ date: isoDate, name: fc.constantFrom('창립기념일', 'x', '') });
// issue 23: the schedule a service has
const recurringHoliday = fc.record(
  {
    date: fc.constantFrom('03-15', '02-29', '02-30', '12-31', '3-15', '13-01'),
    name: fc.constantFrom('Founding day', ''),
    fromYear: fc.constantFrom(1989, 1990, 2026, 2050, 2051, 2026.5),
    toYear: fc.constantFrom(1990, 2020, 2050, 2051),
  },
  { requiredKeys: ['date', 'name'] },
);
const closureInstant = fc.oneof(
  fc.integer({ min: 1_790_000_000_000, max: 1_790_200_000_000 }),
  fc.constantFrom('2026-09-23T15:00:00+09:00', '2026-02-30T00:00:00Z', 'x', 1.5),
);
const supportClosure = fc.record({
  from: closureInstant,
  to: closureInstant,
  name: fc.constantFrom('Maintenance', ''),
});
const timeOfDay = fc.constantFrom('00:00', '09:00', '12:00', '13:00', '18:30', '24:00', '24:30', '9:00');
const openingInterval = fc.record({ from: timeOfDay, to: timeOfDay });
const weeklyHours = fc.record(
  {
    monday: fc.array(openingInterval, { maxLength: 3 }),
    wednesday: fc.array(openingInterval, { maxLength: 3 }),
    saturday: fc.array(openingInterval, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const scheduleOptions = fc.record(
  {
    extraHolidays: fc.array(extraHoliday, { maxLength: 3 }),
    removedHolidays: fc.array(isoDate, { maxLength: 3 }),
    recurringHolidays: fc.array(recurringHoliday, { maxLength: 3 }),
    closures: fc.array(supportClosure, { maxLength: 3 }),
    weeklyHours,
  },
  { requiredKeys: [] },
);
// kakaopage
const singleGenre = fc.constantFrom('fantasy', 'martial-arts', 'modern-fantasy', 'romance-fantasy', 'free');
const lengthGenre = fc.constantFrom('romance', 'bl');
const stageLength = fc.constantFrom('mid', 'long');
const stageWork = fc.oneof(fc.record({ genre: lengthGenre, length: stageLength }), fc.record({ genre: singleGenre }));
const party = fc.constantFrom('publisher', 'author-member', 'member');
const episodeNumber = fc.integer({ min: -1, max: 300 });
// calls: valid inputs of each schema (near misses are made from them)
const call = fc.record({ kind: fc.constantFrom('voice', 'video'), areFriends: fc.boolean() });
const callCharges = fc.record({ network: fc.constantFrom('wifi', 'mobile'), abroad: fc.boolean() });
const testResult = fc.constantFrom('works', 'fails', 'untested');
const callTrouble = fc.record({ bothOnWifi: testResult, offWifi: testResult });
const liveTalkStart = fc.record({ chat: fc.record({ kind: fc.constantFrom('group', 'one-to-one') }) });
const liveTalkJoin = fc.record({
  participantCount: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, -1, 1.5, 2 ** 53)),
});

// policy: valid inputs, plus the edges of each cross-field check (a listed kind with similarTo, a
// supervised account without a rating, a non-subscriber without a limit, fractions)
const level = fc.constantFrom('none', 'user-protection', 'temporary-restriction', 'permanent-restriction');
const measure = fc.oneof(level, fc.constant('temporary-measure'));
const zeroTolerance = fc.constantFrom('obscene-material', 'illegal-gambling', 'promotion-of-obscene-or-gambling');
const violation = fc.record(
  {
    kind: fc.constantFrom('spam', 'illegal-gambling', 'drug-dealing', 'x', ''),
    context: fc.constantFrom('open-chat', 'other'),
    count: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 1.5)),
    similarTo: zeroTolerance,
  },
  { requiredKeys: ['kind', 'context', 'count'] },
);
const idField = fc.constantFrom('resident-number-back-digits', 'address', 'issue-date', 'photo');
const impersonation = fc.record({
  messagesReported: fc.boolean(),
  identityProof: fc.option(fc.record({ masked: fc.array(idField, { maxLength: 4 }) })),
});
const inquiry = fc.record({ requesterId: id, subjectId: id });
const election = fc.record({ kakaoCanJudge: fc.boolean(), commissionRequested: fc.boolean() });
const accountLink = fc.record({ currentTalkActive: fc.boolean() });
const memorial = fc.record({
  preference: fc.constantFrom('allow', 'restrict', 'unset'),
  requestedBy: fc.constantFrom('bereaved-family', 'other'),
});
const playStore = fc.record(
  {
    accountAge: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-1, 12.5, 5e-324)),
    supervised: fc.boolean(),
    contentRating: fc.constantFrom('all-ages', '12+', '15+', '18+'),
  },
  { requiredKeys: ['accountAge', 'supervised'] },
);
const memo = fc.record(
  {
    talkDrawerSubscriber: fc.boolean(),
    freeRetentionDays: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(0, 1.5)),
  },
  { requiredKeys: ['talkDrawerSubscriber'] },
);

/** Every exported schema, its compiled guard, and valid inputs to start near-misses from. */
const PAIRS: [string, z.ZodType, Guard, fc.Arbitrary<unknown>][] = [
  ['EpochMsSchema', coreSchemas.EpochMsSchema, coreGuards.EpochMsGuard, ms],
  ['InstantSchema', coreSchemas.InstantSchema, coreGuards.InstantGuard, instant],
  ['VoiceRoomChatKindSchema', roomSchemas.VoiceRoomChatKindSchema, roomGuards.VoiceRoomChatKindGuard, kind],
  ['VoiceRoomOpeningSchema', roomSchemas.VoiceRoomOpeningSchema, roomGuards.VoiceRoomOpeningGuard, opening],
  ['VoiceRoomEventSchema', roomSchemas.VoiceRoomEventSchema, roomGuards.VoiceRoomEventGuard, event],
  [
    'VoiceRoomParticipantSchema',
    roomSchemas.VoiceRoomParticipantSchema,
    roomGuards.VoiceRoomParticipantGuard,
    participant,
  ],
  ['VoiceRoomSchema', roomSchemas.VoiceRoomSchema, roomGuards.VoiceRoomGuard, fc.oneof(docV1, doc010)],
  [
    'KoreanPublicHolidaysOptionsSchema',
    supportSchemas.KoreanPublicHolidaysOptionsSchema,
    supportGuards.KoreanPublicHolidaysOptionsGuard,
    fc.record({ source: fc.constantFrom('official', 'projected') }, { requiredKeys: [] }),
  ],
  ['ExtraHolidaySchema', supportSchemas.ExtraHolidaySchema, supportGuards.ExtraHolidayGuard, extraHoliday],
  [
    'SupportScheduleOptionsSchema',
    supportSchemas.SupportScheduleOptionsSchema,
    supportGuards.SupportScheduleOptionsGuard,
    scheduleOptions,
  ],
  [
    'RecurringHolidaySchema',
    supportSchemas.RecurringHolidaySchema,
    supportGuards.RecurringHolidayGuard,
    recurringHoliday,
  ],
  ['SupportClosureSchema', supportSchemas.SupportClosureSchema, supportGuards.SupportClosureGuard, supportClosure],
  ['OpeningIntervalSchema', supportSchemas.OpeningIntervalSchema, supportGuards.OpeningIntervalGuard, openingInterval],
  ['WeeklyHoursSchema', supportSchemas.WeeklyHoursSchema, supportGuards.WeeklyHoursGuard, weeklyHours],
  [
    'BusinessDayDeadlineOptionsSchema',
    supportSchemas.BusinessDayDeadlineOptionsSchema,
    supportGuards.BusinessDayDeadlineOptionsGuard,
    fc.record({ time: fc.constantFrom('same-time', 'closing-time', 'noon') }, { requiredKeys: [] }),
  ],
  [
    'ConsultationChecklistOptionsSchema',
    supportSchemas.ConsultationChecklistOptionsSchema,
    supportGuards.ConsultationChecklistOptionsGuard,
    fc.record({ paidService: fc.boolean() }),
  ],
  [
    'NewAuthorWorkSchema',
    pageSchemas.NewAuthorWorkSchema,
    pageGuards.NewAuthorWorkGuard,
    fc.record(
      { nicknameCreatedAt: instant, firstEpisodeAt: instant, firstEpisodeRegisteredAt: instant },
      { requiredKeys: ['nicknameCreatedAt', 'firstEpisodeAt'] },
    ),
  ],
  [
    'KakaoPageWindowOptionsSchema',
    pageSchemas.KakaoPageWindowOptionsSchema,
    pageGuards.KakaoPageWindowOptionsGuard,
    fc.record({ clock: fc.constantFrom('elapsed', 'kst-calendar-days') }, { requiredKeys: [] }),
  ],
  ['StageOnLengthGenreSchema', pageSchemas.StageOnLengthGenreSchema, pageGuards.StageOnLengthGenreGuard, lengthGenre],
  [
    'StageOnSingleLimitGenreSchema',
    pageSchemas.StageOnSingleLimitGenreSchema,
    pageGuards.StageOnSingleLimitGenreGuard,
    singleGenre,
  ],
  ['StageOnLengthSchema', pageSchemas.StageOnLengthSchema, pageGuards.StageOnLengthGuard, stageLength],
  ['StageOnWorkSchema', pageSchemas.StageOnWorkSchema, pageGuards.StageOnWorkGuard, stageWork],
  [
    'StageOnEpisodeSchema',
    pageSchemas.StageOnEpisodeSchema,
    pageGuards.StageOnEpisodeGuard,
    fc.tuple(stageWork, episodeNumber).map(([work, episodeNumber]) => ({ ...work, episodeNumber })),
  ],
  ['StageMessagePartySchema', pageSchemas.StageMessagePartySchema, pageGuards.StageMessagePartyGuard, party],
  [
    'StageMessageSchema',
    pageSchemas.StageMessageSchema,
    pageGuards.StageMessageGuard,
    fc.record({ sender: party, threadStartedBy: fc.option(party) }),
  ],
  [
    'ContractTransferSchema',
    pageSchemas.ContractTransferSchema,
    pageGuards.ContractTransferGuard,
    fc.record({ agreedByCpAndAuthor: fc.boolean() }),
  ],
  [
    'BulkPurchaseSchema',
    pageSchemas.BulkPurchaseSchema,
    pageGuards.BulkPurchaseGuard,
    fc.record({ sellsOwnershipTickets: fc.boolean(), mode: fc.constantFrom('own', 'rent') }),
  ],
  [
    'CashChargeSchema',
    pageSchemas.CashChargeSchema,
    pageGuards.CashChargeGuard,
    fc.record({ paidVia: fc.constantFrom('google-play', 'apple', 'one-store', 'kakaopage') }),
  ],
  [
    'ContentNetworkSchema',
    pageSchemas.ContentNetworkSchema,
    pageGuards.ContentNetworkGuard,
    fc.record({ network: fc.constantFrom('wifi', 'mobile') }),
  ],
  [
    'ContentReportSchema',
    pageSchemas.ContentReportSchema,
    pageGuards.ContentReportGuard,
    fc.record({
      postId: id,
      reason: fc.constantFrom('', ' ', 'spam'),
      episodeNumbers: fc.array(episodeNumber, { maxLength: 3 }),
    }),
  ],
  [
    'EarlierReportsSchema',
    pageSchemas.EarlierReportsSchema,
    pageGuards.EarlierReportsGuard,
    fc.array(fc.record({ postId: id }), { maxLength: 3 }),
  ],
  ['CallSchema', callSchemas.CallSchema, callGuards.CallGuard, call],
  ['CallChargesSchema', callSchemas.CallChargesSchema, callGuards.CallChargesGuard, callCharges],
  ['CallTroubleSchema', callSchemas.CallTroubleSchema, callGuards.CallTroubleGuard, callTrouble],
  ['LiveTalkStartSchema', callSchemas.LiveTalkStartSchema, callGuards.LiveTalkStartGuard, liveTalkStart],
  ['LiveTalkJoinSchema', callSchemas.LiveTalkJoinSchema, callGuards.LiveTalkJoinGuard, liveTalkJoin],
  ['RestrictionLevelSchema', policySchemas.RestrictionLevelSchema, policyGuards.RestrictionLevelGuard, level],
  ['MeasureSchema', policySchemas.MeasureSchema, policyGuards.MeasureGuard, measure],
  [
    'RestrictionLevelListSchema',
    policySchemas.RestrictionLevelListSchema,
    policyGuards.RestrictionLevelListGuard,
    fc.array(level, { maxLength: 5 }),
  ],
  ['ViolationSchema', policySchemas.ViolationSchema, policyGuards.ViolationGuard, violation],
  [
    'ImpersonationReportSchema',
    policySchemas.ImpersonationReportSchema,
    policyGuards.ImpersonationReportGuard,
    impersonation,
  ],
  ['InquirySchema', policySchemas.InquirySchema, policyGuards.InquiryGuard, inquiry],
  ['ElectionReportSchema', policySchemas.ElectionReportSchema, policyGuards.ElectionReportGuard, election],
  ['AccountLinkSchema', policySchemas.AccountLinkSchema, policyGuards.AccountLinkGuard, accountLink],
  ['MemorialRequestSchema', policySchemas.MemorialRequestSchema, policyGuards.MemorialRequestGuard, memorial],
  ['PlayStoreInstallSchema', policySchemas.PlayStoreInstallSchema, policyGuards.PlayStoreInstallGuard, playStore],
  ['MemoRetentionSchema', policySchemas.MemoRetentionSchema, policyGuards.MemoRetentionGuard, memo],
];

describe('every guard accepts exactly what its schema accepts, with the same value and the same issues', () => {
  it('every exported schema of a compiled module has its guard here', () => {
    const exported = Object.keys({
      ...coreSchemas,
      ...roomSchemas,
      ...callSchemas,
      ...policySchemas,
      ...supportSchemas,
      ...pageSchemas,
    })
      .filter((k) => k.endsWith('Schema'))
      .sort();
    expect(PAIRS.map(([name]) => name).sort()).toEqual(exported);
  });
  it.each(PAIRS)('%s: valid inputs and near misses', (_, schema, guard, valid) => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(valid, nearMiss(valid), fc.constantFrom(...WEIRD)), (value) => {
        const { zod, guard: g } = answers(schema, guard, value);
        // a parsed room compares by its stored document; everything else as plain data
        expect(JSON.parse(JSON.stringify(g) ?? 'null')).toEqual(JSON.parse(JSON.stringify(zod) ?? 'null'));
        expect(typeof g === 'object' && g.ok).toBe(typeof zod === 'object' && (zod as { ok: boolean }).ok);
        if (typeof g === 'object' && g.ok) accepted++;
        else refused++;
      }),
      { numRuns: 600 },
    );
    // both sides of the boundary were explored
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
  it('an input that throws when read is one invalid-input issue (zod throws or refuses it too)', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        has: () => true,
      },
    );
    expect(guardIssues(roomGuards.VoiceRoomEventGuard, hostile, ['event'])).toEqual({
      ok: false,
      issues: [{ path: ['event'], code: 'invalid-input', message: 'could not be read; got object' }],
    });
  });
});

describe('the hand-written hot check of events agrees with VoiceRoomEventSchema', () => {
  it('eventInstant reads an instant exactly for the events the schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(event, nearMiss(event)), (e) => {
        expect(eventInstant(e) !== undefined).toBe(roomSchemas.VoiceRoomEventSchema.safeParse(e).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a Date from another realm is a Date', () => {
  const foreign = (ms: number) => runInNewContext(`new Date(${ms})`) as Date;
  it('InstantSchema, its guard and VoiceRoomEventSchema take one', () => {
    expect(foreign(0) instanceof Date).toBe(false);
    expect(coreSchemas.InstantSchema.safeParse(foreign(5)).success).toBe(true);
    expect(guardIssues(coreGuards.InstantGuard, foreign(5)).ok).toBe(true);
    expect(roomSchemas.VoiceRoomEventSchema.safeParse({ type: 'join', userId: 'bo', at: foreign(5) }).success).toBe(
      true,
    );
    expect(
      roomSchemas.VoiceRoomOpeningSchema.safeParse({
        roomId: 'r',
        chat: { kind: 'open-group' },
        creatorId: 'ann',
        at: foreign(5),
      }).success,
    ).toBe(true);
    expect(guardIssues(coreGuards.InstantGuard, runInNewContext('new Date(NaN)'))).toEqual({
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid-instant',
          message: 'expected a Date, integer epoch ms or ISO-8601 string with offset; got object',
        },
      ],
    });
  });
});
