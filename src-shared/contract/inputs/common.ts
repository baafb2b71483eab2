import { z } from 'zod';
import { uuidPattern } from '../../domain/ids';
import { fileIdPattern } from '../../domain/files';
import { phoneLabels } from '../../domain/phone';

export const idSchema = z.string().regex(uuidPattern, 'must be a UUID');

/** A short text field: trimmed, at most `max` characters; empty becomes null. */
export const shortText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value));

export const optionalText = (max: number) => shortText(max).nullable().optional();

/** Calendar date "2026-12-31" that exists. */
export const isoDate = z.iso.date();

/** An ISO 8601 date-time in UTC, or a calendar date (taken as the start of that day, UTC). */
export const isoInstant = z.union([z.iso.datetime(), z.iso.date()]);

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as FR');

export const emailLabels = ['work', 'home', 'other'] as const;
export const emailEntry = z.strictObject({
  label: z.enum(emailLabels).default('work'),
  address: z.string().trim().toLowerCase().max(254).pipe(z.email()),
});
export type EmailEntry = z.output<typeof emailEntry>;

/** A phone as typed; the core validates it for the record's country and stores E.164 too. */
export const phoneEntry = z.strictObject({
  label: z.enum(phoneLabels).default('mobile'),
  number: z.string().trim().min(1).max(40),
});
export type PhoneEntry = z.output<typeof phoneEntry>;

export const sortDirection = z.enum(['asc', 'desc']);

export const paging = {
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** Counting every match costs a scan: the table asks once per filter change. */
  withTotal: z.boolean().default(true),
};

export const dateRange = z
  .strictObject({ from: isoInstant.optional(), to: isoInstant.optional() })
  .optional();

export const listFilters = {
  q: z.string().max(200).optional(),
  tagIds: z.array(idSchema).max(50).optional(),
  ownerIds: z.array(idSchema).max(50).optional(),
  city: z.string().trim().max(100).optional(),
  created: dateRange,
  updated: dateRange,
  /** Only the records of this saved segment (src-main/domains/segments). */
  segmentId: idSchema.optional(),
  deleted: z.boolean().default(false),
};

export const consentValues = ['unknown', 'granted', 'refused'] as const;
export type ConsentValue = (typeof consentValues)[number];

export const byId = z.strictObject({ id: idSchema });
export const byIds = z.strictObject({ ids: z.array(idSchema).min(1).max(10_000) });

/** A file uploaded by the page (see src-shared/domain/files.ts). */
export const fileIdSchema = z.string().regex(fileIdPattern, 'must be a file id');
