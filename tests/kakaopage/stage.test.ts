import { describe, expect, it } from 'vitest';
import {
  STAGE_ON_EPISODE_LIMITS,
  checkContractTransfer,
  checkStageMessage,
  checkStageOnEpisode,
  pageGoConversionRequirements,
  stageOnEpisodeLimit,
} from '../../src/kakaopage/index.js';
import { GARBAGE, deepFreeze, expectInputError } from './helpers.js';

describe('StageON episode limits (kakaopage.stage-on-limits)', () => {
  it.each([
    [{ genre: 'fantasy' }, 250],
    [{ genre: 'martial-arts' }, 250],
    [{ genre: 'modern-fantasy' }, 250],
    [{ genre: 'romance-fantasy' }, 250],
    [{ genre: 'romance', length: 'mid' }, 100],
    [{ genre: 'romance', length: 'long' }, 200],
    [{ genre: 'bl', length: 'mid' }, 100],
    [{ genre: 'bl', length: 'long' }, 200],
    [{ genre: 'free' }, 50],
  ] as const)('kakaopage.stage-on-limits: %j allows %i episodes', (work, limit) => {
    expect(stageOnEpisodeLimit(work)).toBe(limit);
  });

  it('keeps the table frozen', () => {
    expect(Object.isFrozen(STAGE_ON_EPISODE_LIMITS)).toBe(true);
    expect(Object.isFrozen(STAGE_ON_EPISODE_LIMITS.romance)).toBe(true);
  });

  it.each([
    [
      { genre: 'romance', length: 'mid', episodeNumber: 99 },
      { ok: true, value: { limit: 100, remaining: 1 } },
    ],
    [
      { genre: 'romance', length: 'mid', episodeNumber: 100 },
      { ok: true, value: { limit: 100, remaining: 0 } },
    ],
    [
      { genre: 'bl', length: 'long', episodeNumber: 200 },
      { ok: true, value: { limit: 200, remaining: 0 } },
    ],
    [
      { genre: 'romance-fantasy', episodeNumber: 250 },
      { ok: true, value: { limit: 250, remaining: 0 } },
    ],
    [
      { genre: 'free', episodeNumber: 1 },
      { ok: true, value: { limit: 50, remaining: 49 } },
    ],
  ] as const)('kakaopage.stage-on-limits: %j fits', (episode, expected) => {
    expect(checkStageOnEpisode(episode)).toEqual(expected);
  });

  it.each([
    [{ genre: 'romance', length: 'mid', episodeNumber: 101 }, 100],
    [{ genre: 'bl', length: 'long', episodeNumber: 201 }, 200],
    [{ genre: 'romance-fantasy', episodeNumber: 251 }, 250],
    [{ genre: 'free', episodeNumber: 51 }, 50],
  ] as const)('kakaopage.stage-on-limits: %j is over the limit %i', (episode, limit) => {
    const r = checkStageOnEpisode(episode);
    expect(r).toMatchObject({ ok: false, rule: 'kakaopage.stage-on-limits', code: 'over-episode-limit', limit });
    if (!r.ok) {
      expect(r.message.en).toContain(String(limit));
      expect(r.message.ko).toContain(`${limit}화`);
    }
  });

  it.each([
    [{ genre: 'romance' }, [['work', 'length']]],
    [{ genre: 'bl', length: 'short' }, [['work', 'length']]],
    [{ genre: 'romance-fantasy', length: 'long' }, [['work', 'length']]],
    [{ genre: 'fantasy', length: 'mid' }, [['work', 'length']]],
    [{ genre: 'poetry' }, [['work', 'genre']]],
  ])('stageOnEpisodeLimit refuses %j as bad input', (work, paths) => {
    const err = expectInputError(() => stageOnEpisodeLimit(work as never), 'stageOnEpisodeLimit');
    expect(err.issues.map((i) => i.path)).toEqual(paths);
  });

  it('says why a length is bad input outside romance and BL', () => {
    const err = expectInputError(
      () => stageOnEpisodeLimit({ genre: 'romance-fantasy', length: 'long' } as never),
      'stageOnEpisodeLimit',
    );
    expect(err.issues[0]!.message).toContain('romance and bl only');
  });

  it.each([0, -1, 1.5, Number.NaN, '3', null])('checkStageOnEpisode refuses the episode number %s', (n) => {
    const err = expectInputError(
      () => checkStageOnEpisode({ genre: 'free', episodeNumber: n } as never),
      'checkStageOnEpisode',
    );
    expect(err.issues.map((i) => i.path)).toEqual([['episode', 'episodeNumber']]);
  });

  it('lists every problem of an episode at once', () => {
    const err = expectInputError(
      () => checkStageOnEpisode({ genre: 'romance', episodeNumber: 0 } as never),
      'checkStageOnEpisode',
    );
    expect(err.issues.map((i) => i.path)).toEqual([
      ['episode', 'length'],
      ['episode', 'episodeNumber'],
    ]);
  });
});

describe('Stage messages (kakaopage.stage-messages)', () => {
  it.each([
    ['publisher', null, true],
    ['publisher', 'publisher', true],
    ['author-member', 'publisher', true],
    ['author-member', null, 'publisher-first'],
    ['author-member', 'author-member', 'publisher-first'],
    ['publisher', 'author-member', 'publisher-first'],
    ['member', null, 'not-a-participant'],
    ['member', 'publisher', 'not-a-participant'],
  ] as const)('kakaopage.stage-messages: %s in a thread started by %s -> %s', (sender, threadStartedBy, expected) => {
    const r = checkStageMessage({ sender, threadStartedBy });
    if (expected === true) expect(r).toEqual({ ok: true, value: undefined });
    else expect(r).toMatchObject({ ok: false, rule: 'kakaopage.stage-messages', code: expected });
  });

  it('requires threadStartedBy (null for a new thread) and a known sender', () => {
    const err = expectInputError(() => checkStageMessage({ sender: 'reader' } as never), 'checkStageMessage');
    expect(err.issues.map((i) => i.path)).toEqual([
      ['message', 'sender'],
      ['message', 'threadStartedBy'],
    ]);
  });
});

describe('Stage contracts and PageGO (kakaopage.stage-contracts, kakaopage.pagego-exclusive)', () => {
  it('kakaopage.stage-contracts: a transfer to a CP needs the CP and the author to agree first', () => {
    expect(checkContractTransfer({ agreedByCpAndAuthor: false })).toMatchObject({
      ok: false,
      rule: 'kakaopage.stage-contracts',
      code: 'agreement-required',
    });
    const yes = checkContractTransfer({ agreedByCpAndAuthor: true });
    expect(yes).toMatchObject({ ok: true, value: { separateFromPaidContract: true, paidContractCpMayDiffer: true } });
    if (yes.ok) expect(yes.value.message.ko).toMatch(/카카오페이지/);
  });

  it('kakaopage.pagego-exclusive: the conversion requirements are frozen data naming the rule', () => {
    const r = pageGoConversionRequirements();
    expect(r).toMatchObject({
      rule: 'kakaopage.pagego-exclusive',
      convertsAt: ['season-complete', 'work-complete'],
      kakaoPageExclusiveMandatory: true,
      kakaoPagePromotion: true,
    });
    expect(r.message.ko).toMatch(/독점/);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.convertsAt)).toBe(true);
  });
});

describe('stage inputs', () => {
  it('does not mutate deep-frozen inputs', () => {
    const episode = deepFreeze({ genre: 'bl', length: 'mid', episodeNumber: 3 } as const);
    expect(checkStageOnEpisode(episode).ok).toBe(true);
    expect(stageOnEpisodeLimit(deepFreeze({ genre: 'bl', length: 'long' } as const))).toBe(200);
    expect(checkStageMessage(deepFreeze({ sender: 'publisher', threadStartedBy: null } as const)).ok).toBe(true);
    expect(checkContractTransfer(deepFreeze({ agreedByCpAndAuthor: true })).ok).toBe(true);
  });

  it.each(GARBAGE.map((g) => [g]))('garbage %s is bad input, never a crash', (g) => {
    expectInputError(() => stageOnEpisodeLimit(g as never), 'stageOnEpisodeLimit');
    expectInputError(() => checkStageOnEpisode(g as never), 'checkStageOnEpisode');
    expectInputError(() => checkStageMessage(g as never), 'checkStageMessage');
    expectInputError(() => checkContractTransfer(g as never), 'checkContractTransfer');
  });
});
