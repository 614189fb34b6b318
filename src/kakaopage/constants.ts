/** `kakaopage.new-work`: a work is new for 30 days from its first episode. */
export const NEW_WORK_DAYS = 30;
/** `kakaopage.new-work`: the new-work window in ms (30 days of 24 h: 2,592,000,000). */
export const NEW_WORK_WINDOW_MS = 2_592_000_000;

/** `kakaopage.new-author`: the author's nickname must be at most 60 days old. */
export const NEW_AUTHOR_NICKNAME_DAYS = 60;
/** `kakaopage.new-author`: the nickname window in ms (60 days of 24 h: 5,184,000,000). */
export const NEW_AUTHOR_NICKNAME_WINDOW_MS = 5_184_000_000;
/** `kakaopage.new-author`: the work's first episode must be at most 30 days old. */
export const NEW_AUTHOR_FIRST_EPISODE_DAYS = 30;
/** `kakaopage.new-author`: the first-episode window in ms (30 days of 24 h: 2,592,000,000). */
export const NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS = 2_592_000_000;

/** `kakaopage.stage-on-limits`: fantasy, martial arts, modern fantasy and romance fantasy. */
export const STAGE_ON_GENRE_FICTION_LIMIT = 250;
/** `kakaopage.stage-on-limits`: romance and BL, mid-length (중편). */
export const STAGE_ON_MID_LENGTH_LIMIT = 100;
/** `kakaopage.stage-on-limits`: romance and BL, long (장편). */
export const STAGE_ON_LONG_LIMIT = 200;
/** `kakaopage.stage-on-limits`: free genre (자유장르). */
export const STAGE_ON_FREE_GENRE_LIMIT = 50;

/**
 * `kakaopage.stage-on-limits`: the StageON maximum episode count by genre, and by length for romance
 * and BL. Romance fantasy stays at 250 (the source's "로판/BL장편 200화" is read as romance/BL long).
 */
export const STAGE_ON_EPISODE_LIMITS = /* @__PURE__ */ Object.freeze({
  fantasy: STAGE_ON_GENRE_FICTION_LIMIT,
  'martial-arts': STAGE_ON_GENRE_FICTION_LIMIT,
  'modern-fantasy': STAGE_ON_GENRE_FICTION_LIMIT,
  'romance-fantasy': STAGE_ON_GENRE_FICTION_LIMIT,
  romance: /* @__PURE__ */ Object.freeze({ mid: STAGE_ON_MID_LENGTH_LIMIT, long: STAGE_ON_LONG_LIMIT }),
  bl: /* @__PURE__ */ Object.freeze({ mid: STAGE_ON_MID_LENGTH_LIMIT, long: STAGE_ON_LONG_LIMIT }),
  free: STAGE_ON_FREE_GENRE_LIMIT,
} as const);
