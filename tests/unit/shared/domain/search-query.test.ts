import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTokens, toFtsQuery } from '../../../../src-shared/domain/search-query';

describe('turning typed text into an FTS5 query', () => {
  it.each([
    ['Hélène Lef', '"helene"* "lef"*'],
    ['Dupont AND', '"dupont"* "and"*'],
    ['"urgent', '"urgent"*'],
    ['06 12 34', '"061234"*'],
    ['+33 6 12 34 56 78', '"33612345678"*'],
    ["d'Arc", '"d"* "arc"*'],
  ])('%s → %s', (typed, query) => {
    expect(toFtsQuery(typed)).toBe(query);
  });

  it('returns nothing for input with nothing searchable', () => {
    expect(toFtsQuery('  *** ')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
  });

  it('only ever produces quoted tokens (property: no FTS operator can leak through)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (typed) => {
        const query = toFtsQuery(typed);
        if (query === null) return;
        expect(query).toMatch(/^("[^"]+"\*)( "[^"]+"\*)*$/);
        expect(searchTokens(typed).length).toBeLessThanOrEqual(16);
      }),
    );
  });
});
