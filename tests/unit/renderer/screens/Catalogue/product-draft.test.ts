import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../../src-shared/domain/catalogue';
import { issueMap } from '../../../../../src-renderer/lib/field-issues';
import {
  emptyProductDraft,
  productCreateInput,
  productDraftFrom,
  productServerIssues,
  productUpdateInput,
  validateProductDraft,
  withCategory,
  type ProductDraft,
} from '../../../../../src-renderer/screens/Catalogue/product-draft';

const draft = (patch: Partial<ProductDraft>): ProductDraft => ({ ...emptyProductDraft('EUR'), reference: 'PAIN-01', name: 'Pain de campagne', ...patch });

const product: Product = {
  id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d',
  reference: 'FORM-J',
  name: 'Formation',
  description: null,
  unit: 'jour',
  kind: 'service',
  vatRateBp: 850,
  defaultPriceMinor: 123450,
  currency: 'EUR',
  active: false,
  categories: ['Formation'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  deleted: false,
};

describe('the product form', () => {
  it('sends a price typed in French and a French VAT rate as integers', () => {
    const input = productCreateInput(draft({ price: '1 234,50', vatChoice: '550' }));
    expect(input).toMatchObject({ reference: 'PAIN-01', defaultPriceMinor: 123450, vatRateBp: 550, currency: 'EUR', active: true });
    expect(validateProductDraft(draft({ price: '1 234,50', vatChoice: '550' }))).toEqual([]);
  });

  it('sends no default price when the price is left empty (only price lists price it)', () => {
    expect(productCreateInput(draft({ price: '  ' })).defaultPriceMinor).toBeNull();
  });

  it('reads another VAT rate typed in percent', () => {
    expect(productCreateInput(draft({ vatChoice: 'other', otherRate: '8,5 %' })).vatRateBp).toBe(850);
  });

  it('says which field is wrong: a missing reference or name, an unreadable price or rate, a rate over 100 %', () => {
    expect(issueMap(validateProductDraft(draft({ reference: ' ', name: '' })))).toEqual({ reference: 'required', name: 'required' });
    expect(issueMap(validateProductDraft(draft({ price: 'douze euros' })))).toEqual({ defaultPriceMinor: 'invalid_value' });
    expect(Object.keys(issueMap(validateProductDraft(draft({ price: '-5' }))))).toEqual(['defaultPriceMinor']);
    expect(issueMap(validateProductDraft(draft({ vatChoice: 'other', otherRate: 'beaucoup' })))).toEqual({ vatRateBp: 'invalid_value' });
    expect(Object.keys(issueMap(validateProductDraft(draft({ vatChoice: 'other', otherRate: '150' }))))).toEqual(['vatRateBp']);
  });

  it('refuses a price with more decimals than the currency has, and accepts it in one with three', () => {
    expect(issueMap(validateProductDraft(draft({ price: '10,1234' })))).toEqual({ defaultPriceMinor: 'invalid_value' });
    expect(productCreateInput(draft({ price: '10,125', currency: 'TND' })).defaultPriceMinor).toBe(10125);
    expect(productCreateInput(draft({ price: '1 500', currency: 'JPY' })).defaultPriceMinor).toBe(1500);
  });

  it('opens a product as the user would type it, in their language', () => {
    expect(productDraftFrom(product, 'fr')).toMatchObject({ vatChoice: 'other', otherRate: '8,5', price: '1234,50', kind: 'service', unit: 'jour', active: false, description: '' });
    expect(productDraftFrom(product, 'en')).toMatchObject({ otherRate: '8.5', price: '1234.50' });
    expect(productDraftFrom({ ...product, vatRateBp: 2000, defaultPriceMinor: null }, 'fr')).toMatchObject({ vatChoice: '2000', otherRate: '', price: '' });
  });

  it('saves an opened product unchanged', () => {
    const input = productUpdateInput(product.id, productDraftFrom(product, 'fr'));
    expect(input.patch).toMatchObject({ vatRateBp: 850, defaultPriceMinor: 123450, categories: ['Formation'], active: false, kind: 'service' });
  });

  it('shows the core’s issues on the form’s fields', () => {
    const issues = productServerIssues([
      { path: 'patch.reference', code: 'duplicate', message: 'the reference FORM-J is already used by “Formation”' },
      { path: 'patch.categories.3', code: 'too_long', message: 'too long' },
    ]);
    expect(issueMap(issues)).toEqual({ reference: 'duplicate', categories: 'too_long' });
  });
});

describe('a product’s categories', () => {
  it('adds a category once, whatever its case or accents', () => {
    expect(withCategory(['Formation'], '  formation ')).toEqual(['Formation']);
    expect(withCategory(['Boulangerie'], 'Pâtisserie  fine')).toEqual(['Boulangerie', 'Pâtisserie fine']);
    expect(withCategory(['Pâtisserie'], 'patisserie')).toEqual(['Pâtisserie']);
    expect(withCategory([], '   ')).toEqual([]);
  });
});
