import { fc, test } from '../prop.js';
import { describe, expect } from 'vitest';
import { MAX_EPOCH_MS, toEpochMs } from '../../src/core/index.js';

const instants = fc.integer({ min: Date.UTC(1001, 0, 1), max: Date.UTC(9998, 11, 31, 23, 59, 59, 999) });
const offsets = fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 });

function isoWithOffset(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('instants (laws)', () => {
  test.prop([instants])('a Date, its epoch ms and its toISOString all name the same instant', (ms) => {
    expect(toEpochMs(new Date(ms))).toBe(ms);
    expect(toEpochMs(ms)).toBe(ms);
    expect(toEpochMs(new Date(ms).toISOString())).toBe(ms);
  });

  test.prop([instants, offsets])('the same instant written with any offset reads back the same', (ms, offset) => {
    expect(toEpochMs(isoWithOffset(ms, offset))).toBe(ms);
  });

  test.prop([instants])('stripping the offset makes any ISO string bad input', (ms) => {
    expect(() => toEpochMs(new Date(ms).toISOString().slice(0, -1))).toThrow(/offset/);
  });

  test.prop([fc.double({ noInteger: true }).filter((n) => Math.abs(n) <= MAX_EPOCH_MS || !Number.isFinite(n))])(
    'non-integer numbers are bad input',
    (n) => {
      expect(() => toEpochMs(n)).toThrow(/integer/);
    },
  );
});
