import { describe, expect, it } from 'vitest';
import {
  checkBulkPurchase,
  checkContractTransfer,
  chargeSupportRoute,
  contentDataCharges,
} from '../../src/kakaopage/index.js';
import { thrown } from '../helpers.js';

describe('guarded inputs are named under their parameter', () => {
  it('contentDataCharges: connection', () => {
    expect(thrown(() => contentDataCharges({ network: 'lte' } as never))).toEqual({
      fn: 'contentDataCharges',
      issues: [
        {
          path: ['connection', 'network'],
          code: 'invalid-value',
          message: 'Invalid option: expected one of "wifi"|"mobile"',
        },
      ],
    });
    expect(thrown(() => contentDataCharges(null as never))).toEqual({
      fn: 'contentDataCharges',
      issues: [
        { path: ['connection'], code: 'invalid-type', message: 'Invalid input: expected object, received null' },
      ],
    });
  });

  it('checkBulkPurchase: purchase', () => {
    expect(thrown(() => checkBulkPurchase({ sellsOwnershipTickets: 1, mode: 'own' } as never))).toEqual({
      fn: 'checkBulkPurchase',
      issues: [
        {
          path: ['purchase', 'sellsOwnershipTickets'],
          code: 'invalid-type',
          message: 'Invalid input: expected boolean, received number',
        },
      ],
    });
  });

  it('chargeSupportRoute: charge', () => {
    expect(thrown(() => chargeSupportRoute({ paidVia: 'paypal' } as never))).toEqual({
      fn: 'chargeSupportRoute',
      issues: [
        {
          path: ['charge', 'paidVia'],
          code: 'invalid-value',
          message: 'Invalid option: expected one of "google-play"|"apple"|"one-store"|"kakaopage"',
        },
      ],
    });
  });

  it('checkContractTransfer: transfer', () => {
    expect(thrown(() => checkContractTransfer({ agreedByCpAndAuthor: 'yes' } as never))).toEqual({
      fn: 'checkContractTransfer',
      issues: [
        {
          path: ['transfer', 'agreedByCpAndAuthor'],
          code: 'invalid-type',
          message: 'Invalid input: expected boolean, received string',
        },
      ],
    });
  });
});
