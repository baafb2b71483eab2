/*
 * The product catalogue and price lists. Integers throughout: prices in minor units of their
 * currency, quantities in thousandths of a unit (1500 = 1.5), VAT rates in basis points
 * (2000 = 20 %).
 */

export const productKinds = ['product', 'service'] as const;
export type ProductKind = (typeof productKinds)[number];

/** French VAT rates, in basis points, with the key of their name (catalogue.vatRates.<key>). */
export const frenchVatRates = [
  { rateBp: 2000, key: 'normal' },
  { rateBp: 1000, key: 'intermediate' },
  { rateBp: 550, key: 'reduced' },
  { rateBp: 210, key: 'superReduced' },
  { rateBp: 0, key: 'none' },
] as const;

/** Units offered in forms (any other text is allowed). */
export const commonUnits = ['unit', 'hour', 'day', 'month', 'year', 'flat', 'kg', 'm', 'm2', 'l'] as const;

export type Product = {
  id: string;
  reference: string;
  name: string;
  description: string | null;
  unit: string | null;
  kind: ProductKind;
  vatRateBp: number;
  /** Minor units of `currency`; null when only price lists price it. */
  defaultPriceMinor: number | null;
  currency: string;
  active: boolean;
  categories: string[];
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
};

export type PriceListItem = { productId: string; productReference: string | null; productName: string | null; minQuantityMilli: number; unitPriceMinor: number };

export type PriceListSummary = {
  id: string;
  name: string;
  currency: string;
  /** Calendar dates, both inclusive; null = open-ended. */
  validFrom: string | null;
  validUntil: string | null;
  /** Applies to every company (else only to the companies assigned to it). */
  general: boolean;
  itemCount: number;
  companyCount: number;
};

export type PriceList = PriceListSummary & {
  notes: string | null;
  items: PriceListItem[];
  companies: { id: string; name: string }[];
};

/** Where a resolved unit price came from. */
export type PriceSource =
  | { kind: 'company-list' | 'general-list'; priceListId: string; priceListName: string; minQuantityMilli: number }
  | { kind: 'default' }
  | { kind: 'converted'; fromMinor: number; fromCurrency: string; rates: { currency: string; rate: string; validFrom: string }[] }
  | { kind: 'manual' };

/** Why no price could be found. */
export const noPriceReasons = ['inactive', 'no-price', 'missing-rate'] as const;
export type NoPriceReason = (typeof noPriceReasons)[number];

export type ResolvedPrice =
  | { found: true; unitPriceMinor: number; currency: string; source: Exclude<PriceSource, { kind: 'manual' }> }
  | { found: false; currency: string; reason: NoPriceReason; missingRates?: string[] };
