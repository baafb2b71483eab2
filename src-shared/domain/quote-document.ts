import type { Language } from '../i18n';

/**
 * Everything a quote document (Word or PDF) shows, already resolved and computed: the builders
 * only lay it out and format it in `language`. Integers throughout: amounts in minor units of
 * `quote.currency`, quantities in thousandths (1500 = 1.5), rates and discounts in basis points
 * (2000 = 20 %, 550 = 5.5 %).
 */
export type QuoteDocumentModel = {
  language: Language;
  seller: {
    name: string;
    /** Street, postcode and city, country: one entry per printed line. */
    addressLines: string[];
    phone: string | null;
    email: string | null;
    website: string | null;
    /** French company identifiers, printed in the footer when present. */
    siret: string | null;
    vatNumber: string | null;
    /** PNG or JPEG bytes from Settings. */
    logo: { data: Uint8Array; type: 'png' | 'jpg' } | null;
  };
  client: {
    companyName: string | null;
    contactName: string | null;
    addressLines: string[];
  };
  quote: {
    /** The number printed, version included ("D-2026-0042-A1B2 v2"). */
    number: string;
    version: number;
    title: string;
    /** Calendar dates, "2026-11-22". */
    issueDate: string;
    validUntil: string | null;
    currency: string;
    ownerName: string | null;
  };
  lines: QuoteDocumentLine[];
  totals: {
    /** Sum of the lines after their own discounts, before the global discount. */
    linesExclMinor: number;
    globalDiscountBp: number;
    globalDiscountMinor: number;
    totalExclMinor: number;
    vatMinor: number;
    totalInclMinor: number;
  };
  /** One row per VAT rate used: taxable base (after discounts) and tax. */
  vatSummary: { rateBp: number; baseMinor: number; vatMinor: number }[];
  terms: string | null;
  notes: string | null;
};

export type QuoteDocumentLine = {
  reference: string | null;
  description: string;
  quantityMilli: number;
  unit: string | null;
  unitPriceMinor: number;
  discountBp: number;
  vatRateBp: number;
  /** Quantity × unit price less the line discount, rounded to the minor unit. */
  totalExclMinor: number;
};
