import { z } from 'zod';
import { isCurrencyCode } from '../../domain/money';
import { stageKinds } from '../../domain/sales';
import { idSchema, isoDate, optionalText, shortText } from './common';

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, 'must be a currency the app knows, such as EUR');

const percent = z.number().int().min(0, 'a probability is between 0 and 100 %').max(100, 'a probability is between 0 and 100 %');
/** Minor units (cents): a deal's amount is never negative. */
const amountMinor = z.number().int().min(0, 'an amount cannot be negative').max(Number.MAX_SAFE_INTEGER);

export const stageInput = z.strictObject({
  /** Absent for a new stage. */
  id: idSchema.optional(),
  name: shortText(80).pipe(z.string({ error: 'a stage needs a name' })),
  probability: percent,
  kind: z.enum(stageKinds).default('open'),
});

export const pipelineSaveInput = z.strictObject({
  /** Absent to create a pipeline. */
  id: idSchema.optional(),
  name: shortText(80).pipe(z.string({ error: 'a pipeline needs a name' })),
  /** In order; stages left out of an existing pipeline are removed (their deals must move first). */
  stages: z.array(stageInput).min(1).max(30),
});
export type PipelineSaveInput = z.output<typeof pipelineSaveInput>;

const dealFields = {
  companyId: idSchema.nullable().optional(),
  ownerId: idSchema.optional(),
  amountMinor: amountMinor.optional(),
  currency: currencyCode.optional(),
  probability: percent.nullable().optional(),
  expectedClose: isoDate.nullable().optional(),
  source: optionalText(120),
  nextStep: optionalText(200),
  notes: optionalText(20_000),
  scope: z.string().max(80).nullable().optional(),
};

export const dealCreateInput = z.strictObject({
  title: shortText(200).pipe(z.string({ error: 'a deal needs a title' })),
  pipelineId: idSchema.optional(),
  stageId: idSchema.optional(),
  contacts: z.array(z.strictObject({ contactId: idSchema, role: optionalText(80) })).max(50).optional(),
  tagIds: z.array(idSchema).max(50).optional(),
  ...dealFields,
});

export const dealUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject({ title: shortText(200).pipe(z.string({ error: 'a deal needs a title' })).optional(), lostReasonId: idSchema.nullable().optional(), ...dealFields }),
});

export const dealMoveInput = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  /** Required by the app when the stage is a lost one (from the editable list). */
  lostReasonId: idSchema.nullable().optional(),
});

export const dealContactInput = z.strictObject({ dealId: idSchema, contactId: idSchema, role: optionalText(80) });
export const dealContactRemoveInput = z.strictObject({ dealId: idSchema, contactId: idSchema });

export const boardInput = z.strictObject({
  pipelineId: idSchema.optional(),
  ownerIds: z.array(idSchema).max(50).optional(),
  tagIds: z.array(idSchema).max(50).optional(),
  closeFrom: isoDate.optional(),
  closeTo: isoDate.optional(),
  minAmountMinor: amountMinor.optional(),
  maxAmountMinor: amountMinor.optional(),
  /** Cards per column (totals always count every deal). */
  limit: z.number().int().min(1).max(2_000).default(200),
});
