/**
 * What every module shares: instants and KST, the outcome and error types, the rule catalogue.
 * Modules import from here, never from one another.
 */
export * from './calendar.js';
export * from './errors.js';
export * from './instant.js';
export * from './interval.js';
export * from './kst.js';
export * from './outcome.js';
export * from './catalogue.js';
export * from './defineSchema.js';
export * from './guardInterpreter.js';
export * from './read.js';
