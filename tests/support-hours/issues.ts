/** The message of the `year-out-of-range` issue for `what`. */
export const outside = (what: string): string =>
  `${what} is outside the holiday calendar (1990-01-01 to 2050-12-31 KST); no holiday data or projection exists there`;

/** The message of the `invalid-instant` issue for a value described as `got`. */
export const notInstant = (got: string): string =>
  `expected a Date, integer epoch ms or ISO-8601 string with offset; got ${got}`;
