import type { PriceSource } from './catalogue';
import type { QuoteDocumentModel } from './quote-document';
import type { QuoteTotals } from './quote-totals';
import type { UserRef } from './records';

export const quoteStatuses = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

/** The statuses a quote may move to from each status: a draft is sent, a sent quote is decided. */
export const quoteTransitions: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  draft: ['sent'],
  sent: ['accepted', 'declined', 'expired'],
  accepted: [],
  declined: [],
  expired: [],
};

/** Sent quotes whose validity date has passed are expired, whether or not anyone said so. */
export function effectiveQuoteStatus(status: QuoteStatus, validUntil: string | null, today: string): QuoteStatus {
  return status === 'sent' && validUntil !== null && validUntil < today ? 'expired' : status;
}

/** "D-2026-7K3F-0042": D for devis, the year of issue, the numbering device's series, its counter. */
export function formatQuoteNumber(year: string, series: string, sequence: number): string {
  return `D-${year}-${series}-${String(sequence).padStart(4, '0')}`;
}

/** The number as printed: later versions say which they are ("D-2026-7K3F-0042 v2"). */
export function printedQuoteNumber(number: string, version: number): string {
  return version > 1 ? `${number} v${version}` : number;
}

/** A line as stored: what was quoted, frozen (later catalogue edits do not change a quote). */
export type QuoteLine = {
  /** null for a free line. */
  productId: string | null;
  reference: string | null;
  description: string;
  unit: string | null;
  quantityMilli: number;
  unitPriceMinor: number;
  discountBp: number;
  vatRateBp: number;
  priceSource: PriceSource | null;
};

export type QuoteLineDetail = QuoteLine & { totalExclMinor: number };

export type QuoteSummary = {
  id: string;
  number: string;
  version: number;
  /** False when a newer version exists: this one is kept for the record, read-only. */
  latest: boolean;
  title: string;
  status: QuoteStatus;
  dealId: string;
  companyId: string | null;
  companyName: string | null;
  issueDate: string;
  validUntil: string | null;
  currency: string;
  totalExclMinor: number;
  totalInclMinor: number;
};

export type QuoteDetail = QuoteSummary & {
  dealTitle: string | null;
  contactId: string | null;
  contactName: string | null;
  owner: UserRef | null;
  lines: QuoteLineDetail[];
  globalDiscountBp: number;
  totals: Omit<QuoteTotals, 'lineTotals'>;
  terms: string | null;
  notes: string | null;
  sentAt: string | null;
  decidedAt: string | null;
  supersededBy: string | null;
  /** Every version of this quote, oldest first. */
  versions: { id: string; version: number; status: QuoteStatus }[];
  createdAt: string;
  updatedAt: string;
};

/** The letterhead (what quotes print about the seller) and the defaults of new quotes: office settings, synced. */
export type QuoteSettings = Pick<QuoteDocumentModel['seller'], 'addressLines' | 'phone' | 'email' | 'website' | 'siret' | 'vatNumber'> & {
  sellerName: string | null;
  /** PNG or JPEG bytes, base64. */
  logo: { base64: string; type: 'png' | 'jpg' } | null;
  defaultTerms: string | null;
  defaultValidityDays: number;
};

export const DEFAULT_VALIDITY_DAYS = 30;
/** Largest logo, in bytes: its base64 text (200,000 characters) is the longest value a synced field holds. */
export const MAX_LOGO_BYTES = 150_000;
