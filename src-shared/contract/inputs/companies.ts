import { z } from 'zod';
import {
  countryCode,
  emailEntry,
  idSchema,
  listFilters,
  optionalText,
  paging,
  phoneEntry,
  sortDirection,
} from './common';
import { recordScope } from './sync';

export const companySizes = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;
export const addressKinds = ['head_office', 'billing', 'delivery', 'other'] as const;

export const addressEntry = z.strictObject({
  kind: z.enum(addressKinds).default('head_office'),
  street: optionalText(300),
  postcode: optionalText(20),
  city: optionalText(100),
  country: countryCode.nullable().optional(),
});
export type AddressEntry = z.output<typeof addressEntry>;

/** A web address with a real host name ("acme.fr", "www.acme.co.uk"): no spaces, a dot. */
function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && url.username === '';
  } catch {
    return false;
  }
}

/** "acme.fr" is accepted and stored as "https://acme.fr"; only http(s) addresses are links. */
export const websiteField = z
  .string()
  .trim()
  .max(300)
  .transform((value) => (value === '' || /^https?:\/\//i.test(value) ? value : `https://${value}`))
  .refine((value) => value === '' || isWebAddress(value), { message: 'not a web address', params: { code: 'invalid_url' } })
  .transform((value) => (value === '' ? null : value));

export const companyFields = {
  name: optionalText(200),
  legalId: optionalText(50),
  industry: optionalText(100),
  size: z.enum(companySizes).nullable().optional(),
  website: websiteField.nullable().optional(),
  addresses: z.array(addressEntry).max(5).optional(),
  phones: z.array(phoneEntry).max(10).optional(),
  emails: z.array(emailEntry).max(10).optional(),
  parentCompanyId: idSchema.nullable().optional(),
  ownerId: idSchema.optional(),
  notes: optionalText(20_000),
  /** Who sees it, as on contacts. */
  scope: recordScope,
};

export const companyCreateInput = z
  .strictObject({ ...companyFields, tagIds: z.array(idSchema).max(50).optional() })
  .refine((value) => Boolean(value.name), { path: ['name'], message: 'a name is required', params: { code: 'required' } });

export const companyUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject(companyFields),
});

export const companySortFields = ['name', 'city', 'industry', 'createdAt', 'updatedAt'] as const;
export type CompanySortField = (typeof companySortFields)[number];

export const companyListInput = z.strictObject({
  ...paging,
  sort: z
    .strictObject({ field: z.enum(companySortFields), dir: sortDirection })
    .default({ field: 'name', dir: 'asc' }),
  filters: z.strictObject({ ...listFilters, industry: z.string().max(100).optional() }).default({ deleted: false }),
});

export type CompanyCreateInput = z.input<typeof companyCreateInput>;
export type CompanyUpdateInput = z.input<typeof companyUpdateInput>;
export type CompanyListInput = z.input<typeof companyListInput>;
export type CompanyPatch = z.output<typeof companyUpdateInput>['patch'];
