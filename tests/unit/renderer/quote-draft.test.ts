import { describe, expect, it } from 'vitest';
import type { QuoteDetail } from '../../../src-shared/domain/quotes';
import { draftTotals, freeLineDraft, quoteDraftFrom, quoteFields, withResolvedPrice, type QuoteDraft, type QuoteLineDraft } from '../../../src-renderer/lib/quote-draft';

const draft = (lines: QuoteLineDraft[], globalDiscount = ''): QuoteDraft => ({
  title: 'Four à sole',
  company: { id: 'c1', name: 'Boulangerie Morvan' },
  contact: null,
  currency: 'EUR',
  issueDate: '2026-11-22',
  validUntil: '',
  globalDiscount,
  terms: '',
  notes: '',
  lines,
});

const catalogueLine = (patch: Partial<QuoteLineDraft> = {}): QuoteLineDraft => ({ ...freeLineDraft(2000), productId: 'p1', description: 'Four', priceTyped: false, unitPrice: '10800,00', ...patch });

describe('the quote editor’s draft', () => {
  it('sends a catalogue line without its shown price (the core resolves it at the quote’s date) unless the price was typed', () => {
    const fields = quoteFields(draft([catalogueLine({ quantity: '2,5' }), catalogueLine({ priceTyped: true, unitPrice: '9 999,99' }), { ...freeLineDraft(550), description: 'Livraison', unitPrice: '150', discount: '10' }]));
    expect(fields.lines?.[0]).not.toHaveProperty('unitPriceMinor');
    expect(fields.lines?.[0]).toMatchObject({ productId: 'p1', quantityMilli: 2_500, discountBp: 0, vatRateBp: 2000 });
    expect(fields.lines?.[1]).toMatchObject({ unitPriceMinor: 999_999 });
    expect(fields.lines?.[2]).toMatchObject({ productId: null, unitPriceMinor: 150_00, discountBp: 1_000, vatRateBp: 550 });
    expect(fields).toMatchObject({ companyId: 'c1', contactId: null, validUntil: null, globalDiscountBp: 0 });
  });

  it('turns what cannot be read into values the contract refuses, never into zero', () => {
    const fields = quoteFields(draft([{ ...freeLineDraft(), description: 'x', quantity: 'deux', unitPrice: 'douze', discount: '120 %' }], 'beaucoup'));
    expect(fields.lines?.[0]).toMatchObject({ quantityMilli: -1, unitPriceMinor: -1, discountBp: 12_000 });
    expect(fields.globalDiscountBp).toBe(-1);
  });

  it('totals what can be read by the core’s rule, and counts the lines left out', () => {
    const { totals, lineTotals, unreadable } = draftTotals(
      draft([catalogueLine({ quantity: '2' }), { ...freeLineDraft(550), unitPrice: '100', discount: '10' }, { ...freeLineDraft(), unitPrice: 'abc' }], '5'),
    );
    expect(lineTotals).toEqual([21_600_00, 90_00, null]);
    expect(unreadable).toBe(1);
    expect(totals).toMatchObject({ linesExclMinor: 21_690_00, globalDiscountMinor: 1_084_50, totalExclMinor: 20_605_50 });
    // VAT per rate on the bases after the global discount: 20 % of 20 520,00 and 5,5 % of 85,50.
    expect(totals.vatSummary).toEqual([
      { rateBp: 2000, baseMinor: 20_520_00, vatMinor: 4_104_00 },
      { rateBp: 550, baseMinor: 85_50, vatMinor: 4_70 },
    ]);
  });

  it('shows a resolved price on a line not typed by hand, or why there is none; a typed price stays', () => {
    const line = catalogueLine({ unitPrice: '' });
    const source = { kind: 'company-list', priceListId: 'l1', priceListName: 'Morvan 2026', minQuantityMilli: 10_000 } as const;
    expect(withResolvedPrice(line, { found: true, unitPriceMinor: 9_500_00, currency: 'EUR', source }, 'fr')).toMatchObject({ unitPrice: '9500,00', priceSource: source, noPrice: null });
    expect(withResolvedPrice(line, { found: true, unitPriceMinor: 9_500_00, currency: 'EUR', source }, 'en').unitPrice).toBe('9500.00');
    expect(withResolvedPrice(line, { found: false, currency: 'USD', reason: 'missing-rate', missingRates: ['USD'] }, 'fr')).toMatchObject({ unitPrice: '', noPrice: 'missing-rate' });
    const typed = catalogueLine({ priceTyped: true, unitPrice: '1,00' });
    expect(withResolvedPrice(typed, { found: true, unitPriceMinor: 5, currency: 'EUR', source }, 'fr')).toBe(typed);
  });

  it('reads a saved quote back as typed text in the user’s language; a typed catalogue price stays typed', () => {
    const quote = {
      id: 'q1', number: 'D-2026-7K3F-0001', version: 1, latest: true, title: 'Four', status: 'draft', dealId: 'd1', companyId: null, companyName: null,
      issueDate: '2026-11-22', validUntil: null, currency: 'EUR', totalExclMinor: 0, totalInclMinor: 0, dealTitle: null, contactId: null, contactName: null,
      owner: null, globalDiscountBp: 250, terms: null, notes: null, sentAt: null, decidedAt: null, supersededBy: null, versions: [], createdAt: '', updatedAt: '',
      totals: { linesExclMinor: 0, globalDiscountBp: 250, globalDiscountMinor: 0, totalExclMinor: 0, vatSummary: [], vatMinor: 0, totalInclMinor: 0 },
      lines: [
        { productId: 'p1', reference: 'FOUR-1', description: 'Four', unit: 'pièce', quantityMilli: 2_500, unitPriceMinor: 1_234_50, discountBp: 0, vatRateBp: 2000, priceSource: { kind: 'manual' }, totalExclMinor: 0 },
        { productId: 'p2', reference: null, description: 'Pose', unit: null, quantityMilli: 1_000, unitPriceMinor: 80_00, discountBp: 1_050, vatRateBp: 1000, priceSource: { kind: 'default' }, totalExclMinor: 0 },
      ],
    } as unknown as QuoteDetail;
    const read = quoteDraftFrom(quote, 'fr');
    expect(read.globalDiscount).toBe('2,5');
    expect(read.lines.map((line) => [line.quantity, line.unitPrice, line.priceTyped, line.discount])).toEqual([
      ['2,5', '1234,50', true, ''],
      ['1', '80,00', false, '10,5'],
    ]);
  });
});
