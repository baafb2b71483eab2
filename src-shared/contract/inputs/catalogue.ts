import { z } from 'zod';
import { productKinds } from '../../domain/catalogue';
import { idSchema, isoDate, optionalText, paging, shortText } from './common';
import { currencyCode } from './sales';

/** Basis points from 0 to 100 % (10000), with the message said when out of range. */
export const basisPoints = (message: string) => z.number().int(message).min(0, message).max(10_000, message);

export const vatRate = basisPoints('a VAT rate is between 0 and 100 %');
/** Minor units (cents): prices are never negative. */
export const priceMinor = z.number().int('a price is a whole number of cents').min(0, 'a price cannot be negative').max(Number.MAX_SAFE_INTEGER);
/** Thousandths of a unit, up to a million units. */
export const quantityMilli = z.number().int('a quantity has at most three decimals').min(0, 'a quantity cannot be negative').max(1_000_000_000);

const required = (max: number, message: string) => shortText(max).pipe(z.string({ error: message }));

const productFields = {
  description: optionalText(5_000),
  unit: optionalText(20),
  kind: z.enum(productKinds).optional(),
  vatRateBp: vatRate.optional(),
  /** null: no default price (only price lists price it). */
  defaultPriceMinor: priceMinor.nullable().optional(),
  currency: currencyCode.optional(),
  active: z.boolean().optional(),
  categories: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
};

export const productCreateInput = z.strictObject({
  reference: required(60, 'a product needs a reference'),
  name: required(200, 'a product needs a name'),
  ...productFields,
});

export const productUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject({
    reference: required(60, 'a product needs a reference').optional(),
    name: required(200, 'a product needs a name').optional(),
    ...productFields,
  }),
});

export const productListInput = z.strictObject({
  /** Matches the start of the reference or of any word of the name. */
  q: z.string().max(200).optional(),
  /** Absent: active and inactive products. */
  active: z.boolean().optional(),
  category: z.string().trim().max(60).optional(),
  kind: z.enum(productKinds).optional(),
  deleted: z.boolean().default(false),
  sort: z.strictObject({ field: z.enum(['name', 'reference']), dir: z.enum(['asc', 'desc']) }).default({ field: 'name', dir: 'asc' }),
  ...paging,
});

const priceListItemInput = z.strictObject({
  productId: idSchema,
  /** Thousandths: the price applies from this quantity on (0 = any quantity). */
  minQuantityMilli: quantityMilli.default(0),
  unitPriceMinor: priceMinor,
});

export const priceListSaveInput = z
  .strictObject({
    /** Absent to create a price list. */
    id: idSchema.optional(),
    name: required(120, 'a price list needs a name'),
    currency: currencyCode,
    validFrom: isoDate.nullable().optional(),
    validUntil: isoDate.nullable().optional(),
    /** true: applies to every company; false: only to the companies assigned to it. */
    general: z.boolean().default(false),
    notes: optionalText(5_000),
    /** The whole list: items left out of an existing list are removed. */
    items: z.array(priceListItemInput).max(5_000).default([]),
  })
  .superRefine((list, context) => {
    if (list.validFrom && list.validUntil && list.validUntil < list.validFrom) {
      context.addIssue({ code: 'custom', path: ['validUntil'], message: 'the end of validity comes before its start', params: { code: 'invalid_date' } });
    }
    const seen = new Set<string>();
    list.items.forEach((item, index) => {
      const key = `${item.productId}/${item.minQuantityMilli}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['items', index, 'minQuantityMilli'], message: 'this product already has a price from this quantity', params: { code: 'duplicate' } });
      seen.add(key);
    });
  });
export type PriceListSaveInput = z.output<typeof priceListSaveInput>;

export const priceListListInput = z.strictObject({
  currency: currencyCode.optional(),
  /** The lists that may apply to this company: its own and the general ones. */
  companyId: idSchema.optional(),
});

export const priceListAssignInput = z.strictObject({
  priceListId: idSchema,
  companyId: idSchema,
  /** false: take the price list away from the company. */
  assigned: z.boolean().default(true),
});

export const priceResolveInput = z.strictObject({
  productId: idSchema,
  companyId: idSchema.nullable().optional(),
  currency: currencyCode,
  quantityMilli: quantityMilli.default(1_000),
  /** The quote's date: which price lists are valid. */
  date: isoDate,
});
