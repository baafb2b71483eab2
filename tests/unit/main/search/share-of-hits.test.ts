import { describe, expect, it } from 'vitest';
import { shareOfHits } from '../../../../src-main/domains/search/share';

describe('the share of each group of search results', () => {
  it('keeps a quarter of the places for deals and for activities when everything matches', () => {
    expect(shareOfHits([300, 300, 300_000], 20)).toEqual([10, 5, 5]);
  });

  it('gives contacts and companies the places deals and activities do not fill', () => {
    expect(shareOfHits([30, 2, 0], 20)).toEqual([18, 2, 0]);
    expect(shareOfHits([30, 0, 1], 20)).toEqual([19, 0, 1]);
  });

  it('gives the places left by contacts and companies to deals, then to activities', () => {
    expect(shareOfHits([3, 40, 40], 20)).toEqual([3, 12, 5]);
    expect(shareOfHits([0, 2, 40], 20)).toEqual([0, 2, 18]);
    expect(shareOfHits([0, 0, 0], 20)).toEqual([0, 0, 0]);
  });

  it('never shows more than the limit, and gives a short list to contacts and companies first', () => {
    expect(shareOfHits([50, 50, 50], 3)).toEqual([3, 0, 0]);
    expect(shareOfHits([50, 50, 50], 1)).toEqual([1, 0, 0]);
    expect(shareOfHits([0, 50, 50], 2)).toEqual([0, 2, 0]);
    expect(shareOfHits([50, 50, 50], 50)).toEqual([26, 12, 12]);
  });

  it('works with the groups asked for alone', () => {
    expect(shareOfHits([40], 20)).toEqual([20]);
    expect(shareOfHits([0, 40], 20)).toEqual([0, 20]);
  });
});
