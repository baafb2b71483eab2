import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaroWinkler, nameSimilarity, SIMILAR_NAME_THRESHOLD } from '../../../../../src-shared/domain/duplicate-similarity';

describe('how alike two names are', () => {
  it('Jaro-Winkler gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('is symmetric, between 0 and 1, and 1 only for the same text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const ab = jaroWinkler(a, b);
        expect(ab).toBeCloseTo(jaroWinkler(b, a), 10);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1 + 1e-12);
        if (a === b && a !== '') expect(ab).toBe(1);
      }),
    );
  });

  it('names compare word by word, in any order', () => {
    expect(nameSimilarity(['jean', 'dupont'], ['dupont', 'jean'])).toBe(1);
    expect(nameSimilarity(['jean', 'dupont'], ['jean', 'dupond'])).toBeGreaterThanOrEqual(SIMILAR_NAME_THRESHOLD);
    expect(nameSimilarity(['helene', 'martin'], ['helene', 'martins'])).toBeGreaterThanOrEqual(SIMILAR_NAME_THRESHOLD);
  });

  it('a shared word does not make different names alike', () => {
    expect(nameSimilarity(['boulangerie', 'dupont'], ['boulangerie', 'durand'])).toBeLessThan(SIMILAR_NAME_THRESHOLD);
    expect(nameSimilarity(['jean', 'martin'], ['julie', 'martin'])).toBeLessThan(SIMILAR_NAME_THRESHOLD);
    expect(nameSimilarity(['jean', 'martin'], ['jean', 'moreau'])).toBeLessThan(SIMILAR_NAME_THRESHOLD);
  });

  it('a word more or less costs a little; nothing to compare gives 0', () => {
    const withMiddle = nameSimilarity(['jean', 'pierre', 'martin'], ['jean', 'martin']);
    expect(withMiddle).toBeLessThan(1);
    expect(withMiddle).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity([], ['jean'])).toBe(0);
  });
});
