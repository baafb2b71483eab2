import { z } from 'zod';
import { languages } from '../../i18n';
import { legalIdProblem } from '../../domain/siret';
import { logoProblem } from '../../domain/logo';
import { compactVatNumber, vatNumberProblem } from '../../domain/vat-number';
import { basisPoints, priceMinor, quantityMilli, vatRate } from './catalogue';
import { idSchema, isoDate, optionalText } from './common';
import { websiteField } from './companies';
import { currencyCode } from './sales';

const discount = basisPoints('a discount is between 0 and 100 %');

/**
 * A line of a quote: from the catalogue (`productId`: its reference, name, unit and VAT rate are
 * the defaults, and the price is resolved from the right price list at the quote's date unless
 * `unitPriceMinor` is given) or a free line (description, unit price and VAT rate required).
 */
export const quoteLineInput = z.strictObject({
  productId: idSchema.nullable().optional(),
  reference: optionalText(60),
  description: optionalText(2_000),
  unit: optionalText(20),
  quantityMilli,
  unitPriceMinor: priceMinor.optional(),
  discountBp: discount.default(0),
  vatRateBp: vatRate.optional(),
});
export type QuoteLineInput = z.output<typeof quoteLineInput>;

const quoteFields = {
  title: optionalText(200),
  companyId: idSchema.nullable().optional(),
  contactId: idSchema.nullable().optional(),
  currency: currencyCode.optional(),
  issueDate: isoDate.optional(),
  validUntil: isoDate.nullable().optional(),
  lines: z.array(quoteLineInput).max(200).optional(),
  globalDiscountBp: discount.optional(),
  terms: optionalText(10_000),
  notes: optionalText(10_000),
};

/** A quote made from a deal: its company, first contact, currency and title are the defaults. */
export const quoteCreateInput = z.strictObject({ dealId: idSchema, ...quoteFields });
export const quoteUpdateInput = z.strictObject({ id: idSchema, patch: z.strictObject(quoteFields) });
export type QuoteFieldsInput = z.output<typeof quoteUpdateInput>['patch'];

export const quoteAcceptInput = z.strictObject({
  id: idSchema,
  /** Also move the deal to its pipeline's first won stage, with the quote's amount excl. tax. */
  markDealWon: z.boolean().default(false),
});

export const quoteListInput = z.strictObject({ dealId: idSchema });

const checked = (problem: (value: string) => string | null, code: 'invalid_value' | 'invalid_siret') =>
  z
    .string()
    .trim()
    .max(200_000)
    .superRefine((value, context) => {
      const found = value === '' ? null : problem(value);
      if (found) context.addIssue({ code: 'custom', message: found, params: { code } });
    })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** The letterhead and quote defaults; fields left out are unchanged, null clears one. */
export const quoteSettingsSaveInput = z.strictObject({
  sellerName: optionalText(200),
  addressLines: z.array(z.string().trim().max(200)).max(6).optional(),
  phone: optionalText(40),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().optional(),
  website: websiteField.nullable().optional(),
  siret: checked((value) => (/^\d{14}$/.test(value.replace(/[\s.]/g, '')) ? (legalIdProblem(value) && 'the SIRET checksum does not hold') : 'a SIRET has 14 digits'), 'invalid_siret'),
  vatNumber: checked(vatNumberProblem, 'invalid_value').transform((value) => (value ? compactVatNumber(value) : value)),
  /** PNG or JPEG bytes as base64, at most 150 kB; null removes the logo. */
  logo: checked(logoProblem, 'invalid_value'),
  defaultTerms: optionalText(10_000),
  defaultValidityDays: z.number().int().min(1, 'a quote is valid for 1 to 365 days').max(365, 'a quote is valid for 1 to 365 days').optional(),
});

/** A quote as a document: in the app's language unless another is asked for (a client abroad). */
export const quoteExportInput = z.strictObject({
  id: idSchema,
  language: z.enum(languages).optional(),
});
