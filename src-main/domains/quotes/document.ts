import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { Language } from '../../../src-shared/i18n';
import { localeOf } from '../../../src-shared/i18n';
import type { QuoteDocumentModel } from '../../../src-shared/domain/quote-document';
import { printedQuoteNumber } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { todayOf } from './dates';
import { getQuoteDetail } from './queries';
import { readQuoteSettings } from './settings';

/** The address printed for the client: the billing address when there is one, else the first. */
function clientAddressLines(db: ReadDb, companyId: string | null, language: Language): string[] {
  if (!companyId) return [];
  const json = prepared(db, 'SELECT addresses FROM companies WHERE id = ?').pluck().get(companyId) as string | undefined;
  const addresses = parseJson<AddressEntry[]>(json, []);
  const address = addresses.find((candidate) => candidate.kind === 'billing') ?? addresses[0];
  if (!address) return [];
  // A French office's letters name the country only abroad.
  const country = address.country && address.country !== 'FR' ? new Intl.DisplayNames([localeOf[language]], { type: 'region' }).of(address.country) : null;
  return [...(address.street ?? '').split('\n'), [address.postcode, address.city].filter(Boolean).join(' '), country ?? '']
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Everything the Word and PDF builders need to lay out a quote, in `language`: the quote with
 * its lines and totals, the client company's address and contact, the seller's letterhead.
 */
export function quoteDocumentModel(core: Core, quoteId: string, language: Language): QuoteDocumentModel {
  const quote = getQuoteDetail(core.read, quoteId, todayOf(core));
  const settings = readQuoteSettings(core.read);
  const { totals } = quote;
  return {
    language,
    seller: {
      name: settings.sellerName ?? '',
      addressLines: settings.addressLines,
      phone: settings.phone,
      email: settings.email,
      website: settings.website,
      siret: settings.siret,
      vatNumber: settings.vatNumber,
      logo: settings.logo ? { data: new Uint8Array(Buffer.from(settings.logo.base64, 'base64')), type: settings.logo.type } : null,
    },
    client: {
      companyName: quote.companyName,
      contactName: quote.contactName,
      addressLines: clientAddressLines(core.read, quote.companyId, language),
    },
    quote: {
      number: printedQuoteNumber(quote.number, quote.version),
      version: quote.version,
      title: quote.title,
      issueDate: quote.issueDate,
      validUntil: quote.validUntil,
      currency: quote.currency,
      ownerName: quote.owner?.displayName ?? null,
    },
    lines: quote.lines.map((line) => ({
      reference: line.reference,
      description: line.description,
      quantityMilli: line.quantityMilli,
      unit: line.unit,
      unitPriceMinor: line.unitPriceMinor,
      discountBp: line.discountBp,
      vatRateBp: line.vatRateBp,
      totalExclMinor: line.totalExclMinor,
    })),
    totals: {
      linesExclMinor: totals.linesExclMinor,
      globalDiscountBp: totals.globalDiscountBp,
      globalDiscountMinor: totals.globalDiscountMinor,
      totalExclMinor: totals.totalExclMinor,
      vatMinor: totals.vatMinor,
      totalInclMinor: totals.totalInclMinor,
    },
    vatSummary: totals.vatSummary,
    terms: quote.terms,
    notes: quote.notes,
  };
}
