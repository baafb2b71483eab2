import { z } from 'zod';
import { companyMergeFields, contactMergeFields, duplicateEntities, mergeChoices } from '../../domain/duplicates';
import { taskIdField } from '../endpoints/tasks';
import { countryCode, idSchema } from './common';

const entity = z.enum(duplicateEntities);
const draftText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * A contact or company as typed so far (nothing is checked but lengths: the form validates).
 * Phones are read in `country` (France when absent); the company is given by id (a contact form
 * with a chosen company) or by name.
 */
export const duplicateDraft = z.strictObject({
  firstName: draftText(100),
  lastName: draftText(100),
  /** Companies: the name. */
  name: draftText(200),
  emails: z.array(z.string().trim().max(254)).max(10).optional(),
  phones: z.array(z.string().trim().max(40)).max(10).optional(),
  country: countryCode.nullable().optional().catch(null),
  city: draftText(100),
  companyId: idSchema.nullable().optional(),
  companyName: draftText(200),
  legalId: draftText(50),
  website: draftText(300),
});
export type DuplicateDraft = z.output<typeof duplicateDraft>;

export const duplicateCheckInput = z.strictObject({
  entity,
  draft: duplicateDraft,
  /** The record being edited, never its own duplicate. */
  excludeId: idSchema.optional(),
  limit: z.number().int().min(1).max(20).default(5),
});

export const duplicateScanInput = z.strictObject({
  entity,
  taskId: taskIdField,
  /** Groups returned, best first. */
  limit: z.number().int().min(1).max(2_000).default(200),
  /** Only pairs scoring at least this (0.5 is the lowest the scan finds). */
  minScore: z.number().min(0.5).max(1).default(0.5),
});

const twoIds = z.tuple([idSchema, idSchema]).refine(([a, b]) => a !== b, { message: 'two different records are needed', params: { code: 'invalid_value' } });

export const duplicateCompareInput = z.strictObject({ entity, ids: twoIds });

const choice = z.enum(mergeChoices);

/**
 * Which value the survivor keeps, field by field; a field left out keeps what the comparison
 * suggests (see defaultMergeChoice). 'both' is for e-mails, phones, addresses and notes.
 */
export const duplicateMergeInput = z.discriminatedUnion('entity', [
  z.strictObject({
    entity: z.literal('contact'),
    survivorId: idSchema,
    mergedId: idSchema,
    fields: z.partialRecord(z.enum(contactMergeFields), choice).default({}),
  }),
  z.strictObject({
    entity: z.literal('company'),
    survivorId: idSchema,
    mergedId: idSchema,
    fields: z.partialRecord(z.enum(companyMergeFields), choice).default({}),
  }),
]);

export const duplicateMergesInput = z.strictObject({
  entity: entity.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const duplicateUndoInput = z.strictObject({ mergeId: idSchema });

/** Sets a pair aside as "not duplicates" on this device (or takes it back with dismissed: false). */
export const duplicateDismissInput = z.strictObject({ entity, ids: twoIds, dismissed: z.boolean().default(true) });

export type DuplicateCheckInput = z.input<typeof duplicateCheckInput>;
export type DuplicateScanInput = z.input<typeof duplicateScanInput>;
export type DuplicateMergeInput = z.input<typeof duplicateMergeInput>;
