import { describe, expect, it } from 'vitest';
import { amountInputText, formatPercentBp, parsePercentToBp, parseQuantityToMilli, percentText, quantityText } from '../../../src-renderer/lib/number-input';

describe('numbers typed in forms', () => {
  it('reads quantities in French and English writing, up to thousandths', () => {
    expect(['2,5', '2.5', '1 000', '1\u202f000,125', '0,001', '', '7'].map(parseQuantityToMilli)).toEqual([2_500, 2_500, 1_000_000, 1_000_125, 1, 0, 7_000]);
    expect(['2,5555', '-1', 'deux', '1,2,3'].map(parseQuantityToMilli)).toEqual([null, null, null, null]);
    expect([quantityText('fr', 2_500), quantityText('en', 2_500), quantityText('fr', 1_000_000, true)]).toEqual(['2,5', '2.5', '1\u202f000']);
  });

  it('reads percentages with up to two decimals, with or without the sign', () => {
    expect(['20', '5,5', '5.5 %', '2,1%', '0'].map(parsePercentToBp)).toEqual([2_000, 550, 550, 210, 0]);
    expect(['5,555', 'vingt', '-3'].map(parsePercentToBp)).toEqual([null, null, null]);
    expect([percentText('fr', 550), percentText('en', 550), formatPercentBp('fr', 550), formatPercentBp('en', 2_000)]).toEqual(['5,5', '5.5', '5,5\u00a0%', '20%']);
  });

  it('writes amounts as they are typed again, per currency decimals', () => {
    expect([amountInputText('fr', 1_234_50, 'EUR'), amountInputText('en', 1_234_50, 'EUR'), amountInputText('fr', 1_234, 'JPY'), amountInputText('fr', 1_234_567, 'KWD')]).toEqual(['1234,50', '1234.50', '1234', '1234,567']);
  });
});
