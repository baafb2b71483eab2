import { z } from 'zod';
import {
  consentValues,
  countryCode,
  emailEntry,
  idSchema,
  isoDate,
  listFilters,
  optionalText,
  paging,
  phoneEntry,
  sortDirection,
} from './common';
import { recordScope } from './sync';

export const civilities = ['mr', 'mrs', 'dr', 'prof'] as const;
export type Civility = (typeof civilities)[number];

export const contactFields = {
  civility: z.enum(civilities).nullable().optional(),
  firstName: optionalText(100),
  lastName: optionalText(100),
  jobTitle: optionalText(150),
  emails: z.array(emailEntry).max(10).optional(),
  phones: z.array(phoneEntry).max(10).optional(),
  address: optionalText(300),
  city: optionalText(100),
  postcode: optionalText(20),
  country: countryCode.nullable().optional(),
  language: z.enum(['fr', 'en', 'de', 'es', 'it', 'nl', 'pt']).nullable().optional(),
  birthday: isoDate.nullable().optional(),
  source: optionalText(100),
  notes: optionalText(20_000),
  ownerId: idSchema.optional(),
  consentEmail: z.enum(consentValues).optional(),
  consentPhone: z.enum(consentValues).optional(),
  consentMail: z.enum(consentValues).optional(),
  /** Who sees it: null = the whole office, 'private', 'team:<id>', 'territory:<id>'. */
  scope: recordScope,
};

const hasAName = (value: { firstName?: string | null; lastName?: string | null }) =>
  Boolean(value.firstName) || Boolean(value.lastName);

export const contactCreateInput = z
  .strictObject({
    ...contactFields,
    tagIds: z.array(idSchema).max(50).optional(),
    company: z.strictObject({ companyId: idSchema, role: optionalText(100) }).optional(),
  })
  .refine(hasAName, { path: ['lastName'], message: 'a first or last name is required', params: { code: 'required' } });

export const contactUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject(contactFields),
});

export const contactSortFields = ['name', 'firstName', 'city', 'createdAt', 'updatedAt'] as const;
export type ContactSortField = (typeof contactSortFields)[number];

export const contactListInput = z.strictObject({
  ...paging,
  sort: z
    .strictObject({ field: z.enum(contactSortFields), dir: sortDirection })
    .default({ field: 'name', dir: 'asc' }),
  filters: z.strictObject({ ...listFilters, companyId: idSchema.optional() }).default({ deleted: false }),
});

export type ContactCreateInput = z.input<typeof contactCreateInput>;
export type ContactUpdateInput = z.input<typeof contactUpdateInput>;
export type ContactListInput = z.input<typeof contactListInput>;
export type ContactPatch = z.output<typeof contactUpdateInput>['patch'];
