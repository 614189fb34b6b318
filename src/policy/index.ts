/**
 * `kakao-rules/policy`: restriction levels and their order, what a violation can lead to, and the
 * account rules around reports, inquiries, withdrawal, memorial profiles, Google Play and TalkDrawer.
 * @module
 */
export * from './constants.js';
export * from './schemas.js';
export * from './severity.js';
export * from './violations.js';
export * from './impersonation.js';
export * from './inquiry.js';
export * from './election.js';
export * from './account.js';
export * from './memorial.js';
export * from './playStore.js';
export * from './memo.js';
