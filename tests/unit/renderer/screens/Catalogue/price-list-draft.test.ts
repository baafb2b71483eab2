import { describe, expect, it } from 'vitest';
import type { PriceList, PriceListSummary } from '../../../../../src-shared/domain/catalogue';
import { issueMap } from '../../../../../src-renderer/lib/field-issues';
import {
  companyChanges,
  emptyPriceListDraft,
  newPriceItem,
  overlappingList,
  priceListDraftFrom,
  priceListIssuesOnDraft,
  priceListSaveInputOf,
  validatePriceListDraft,
  validitiesMeet,
  type PriceListDraft,
} from '../../../../../src-renderer/screens/Catalogue/price-list-draft';

const bread = { id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c01', name: 'PAIN-01 · Pain de campagne' };
const cake = { id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c02', name: 'GAT-02 · Gâteau' };
const martin = { id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c10', name: 'Boulangerie Martin' };
const durand = { id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c11', name: 'Durand SA' };

const item = (product: { id: string; name: string } | null, minQuantity: string, unitPrice: string) => ({ ...newPriceItem(product), minQuantity, unitPrice });
const draft = (patch: Partial<PriceListDraft>): PriceListDraft => ({ ...emptyPriceListDraft('EUR'), name: 'Tarif pro 2026', ...patch });

describe('the price list editor', () => {
  it('sends quantity breaks as thousandths and prices typed in French as cents, blank rows left out', () => {
    const { input } = priceListSaveInputOf(
      draft({ items: [item(bread, '', '2,10'), item(null, '', ''), item(bread, '100', '1,85'), item(cake, '2,5', '1 250')], validFrom: '2026-01-01' }),
      null,
    );
    expect(input.items).toEqual([
      { productId: bread.id, minQuantityMilli: 0, unitPriceMinor: 210 },
      { productId: bread.id, minQuantityMilli: 100_000, unitPriceMinor: 185 },
      { productId: cake.id, minQuantityMilli: 2_500, unitPriceMinor: 125_000 },
    ]);
    expect(input).toMatchObject({ validFrom: '2026-01-01', validUntil: null, general: false });
    expect(input).not.toHaveProperty('id');
  });

  it('accepts a complete list', () => {
    expect(validatePriceListDraft(draft({ items: [item(bread, '', '2,10'), item(bread, '50', '1,95')] }))).toEqual([]);
  });

  it('puts a missing product, quantity or price on the row where it is, blank rows aside', () => {
    const issues = issueMap(validatePriceListDraft(draft({ items: [item(null, '', ''), item(null, '', '3'), item(cake, 'dix', ''), item(bread, '', 'x')] })));
    expect(issues).toEqual({
      'items.1.productId': 'required',
      'items.2.minQuantityMilli': 'invalid_value',
      'items.2.unitPriceMinor': 'required',
      'items.3.unitPriceMinor': 'invalid_value',
    });
  });

  it('refuses the same product twice from the same quantity, on the second row', () => {
    const issues = issueMap(validatePriceListDraft(draft({ items: [item(bread, '10', '2'), item(null, '', ''), item(bread, '10,000', '1,90')] })));
    expect(issues).toEqual({ 'items.2.minQuantityMilli': 'duplicate' });
  });

  it('asks for a name and refuses an end of validity before its start', () => {
    expect(issueMap(validatePriceListDraft(draft({ name: ' ', validFrom: '2026-06-30', validUntil: '2026-01-01' })))).toEqual({ name: 'required', validUntil: 'invalid_date' });
  });

  it('puts the core’s item issues on the row they came from', () => {
    const edited = draft({ items: [item(null, '', ''), item(bread, '', '2')] });
    expect(issueMap(priceListIssuesOnDraft(edited, [{ path: 'items.0.productId', code: 'not_found', message: 'this product does not exist' }]))).toEqual({ 'items.1.productId': 'not_found' });
  });

  it('opens a saved list as the user would type it', () => {
    const list: PriceList = {
      id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c20',
      name: 'Tarif pro',
      currency: 'EUR',
      validFrom: '2026-01-01',
      validUntil: null,
      general: false,
      itemCount: 2,
      companyCount: 1,
      notes: null,
      items: [
        { productId: bread.id, productReference: 'PAIN-01', productName: 'Pain de campagne', minQuantityMilli: 0, unitPriceMinor: 210 },
        { productId: bread.id, productReference: 'PAIN-01', productName: 'Pain de campagne', minQuantityMilli: 2_500, unitPriceMinor: 185 },
      ],
      companies: [martin],
    };
    const opened = priceListDraftFrom(list, 'fr');
    expect(opened).toMatchObject({ validFrom: '2026-01-01', validUntil: '', notes: '', companies: [martin] });
    expect(opened.items.map(({ product, minQuantity, unitPrice }) => ({ product, minQuantity, unitPrice }))).toEqual([
      { product: bread, minQuantity: '', unitPrice: '2,10' },
      { product: bread, minQuantity: '2,5', unitPrice: '1,85' },
    ]);
    expect(priceListSaveInputOf(opened, list.id).input).toMatchObject({ id: list.id, items: [{ minQuantityMilli: 0, unitPriceMinor: 210 }, { minQuantityMilli: 2_500, unitPriceMinor: 185 }] });
  });

  it('assigns the companies added and takes the list from those removed; a general list has none', () => {
    expect(companyChanges([martin], draft({ companies: [durand] }))).toEqual({ add: [durand], remove: [martin] });
    expect(companyChanges([martin], draft({ companies: [martin] }))).toEqual({ add: [], remove: [] });
    expect(companyChanges([], draft({ general: true, companies: [durand] }))).toEqual({ add: [], remove: [] });
  });
});

const summary = (patch: Partial<PriceListSummary>): PriceListSummary => ({
  id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c30',
  name: 'Tarif général 2026',
  currency: 'EUR',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  general: true,
  itemCount: 3,
  companyCount: 0,
  ...patch,
});

describe('overlapping validities', () => {
  it('meet when they share a day, both ends included; an open end reaches everything', () => {
    const year = { validFrom: '2026-01-01', validUntil: '2026-12-31' };
    expect(validitiesMeet(year, { validFrom: '2026-12-31', validUntil: null })).toBe(true);
    expect(validitiesMeet(year, { validFrom: '2027-01-01', validUntil: null })).toBe(false);
    expect(validitiesMeet(year, { validFrom: null, validUntil: '2025-12-31' })).toBe(false);
    expect(validitiesMeet({ validFrom: null, validUntil: null }, year)).toBe(true);
  });

  it('name the first other list of the same currency and audience, as the core compares them', () => {
    const list = { id: null, currency: 'EUR', general: true, validFrom: '2026-06-01', validUntil: null };
    const later = summary({ id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c31', name: 'Tarif été', validFrom: '2026-07-01', validUntil: '2026-08-31' });
    const year = summary({});
    const dollars = summary({ id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c32', currency: 'USD', validFrom: null, validUntil: null });
    const customer = summary({ id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c33', general: false, validFrom: null, validUntil: null });
    expect(overlappingList(list, [later, dollars, customer, year])?.name).toBe('Tarif général 2026');
    expect(overlappingList({ ...list, validFrom: '2027-01-01' }, [later, dollars, customer, year])).toBeNull();
    // A list never overlaps itself.
    expect(overlappingList({ ...list, id: year.id }, [year])).toBeNull();
  });
});
