import { describe, expect, it } from 'vitest';
import { emptyProductFilters, productFiltersActive, productListFilters } from '../../../../../src-renderer/screens/Catalogue/product-filters';

describe('the catalogue’s filters', () => {
  it('ask for every product when nothing is chosen', () => {
    expect(productListFilters(emptyProductFilters())).toEqual({});
    expect(productFiltersActive(emptyProductFilters())).toBe(false);
  });

  it('become products.list’s text, activity and category', () => {
    expect(productListFilters({ q: '  pain ', activity: 'inactive', category: 'Boulangerie' })).toEqual({ q: 'pain', active: false, category: 'Boulangerie' });
    expect(productListFilters({ q: '', activity: 'active', category: null })).toEqual({ active: true });
    expect(productFiltersActive({ q: '', activity: 'active', category: null })).toBe(true);
  });
});
