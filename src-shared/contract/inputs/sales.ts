import { z } from 'zod';
import { isCurrencyCode, isValidRate } from '../../domain/money';
import { stageKinds } from '../../domain/sales';
import { idSchema, isoDate, optionalText, paging, shortText, sortDirection } from './common';

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

/** The filters the board, the table and the forecast share. */
const dealFilters = {
  pipelineId: idSchema.optional(),
  ownerIds: z.array(idSchema).max(50).optional(),
  tagIds: z.array(idSchema).max(50).optional(),
  closeFrom: isoDate.optional(),
  closeTo: isoDate.optional(),
  minAmountMinor: amountMinor.optional(),
  maxAmountMinor: amountMinor.optional(),
  /** Only the deals of this saved segment (src-main/domains/segments). */
  segmentId: idSchema.optional(),
};
export type DealFilters = { [K in keyof typeof dealFilters]?: z.output<(typeof dealFilters)[K]> };

export const boardInput = z.strictObject({
  ...dealFilters,
  /** Cards per column (totals always count every deal). */
  limit: z.number().int().min(1).max(2_000).default(200),
});

export const dealSortFields = ['title', 'amount', 'expectedClose', 'stage', 'company', 'createdAt', 'updatedAt'] as const;
export type DealSortField = (typeof dealSortFields)[number];
export const dealStatuses = ['open', 'won', 'lost'] as const;

export const dealListInput = z.strictObject({
  ...paging,
  sort: z.strictObject({ field: z.enum(dealSortFields), dir: sortDirection }).default({ field: 'expectedClose', dir: 'asc' }),
  filters: z
    .strictObject({
      ...dealFilters,
      q: z.string().max(200).optional(),
      stageIds: z.array(idSchema).max(30).optional(),
      status: z.enum(dealStatuses).optional(),
      companyId: idSchema.optional(),
      contactId: idSchema.optional(),
      deleted: z.boolean().default(false),
    })
    .default({ deleted: false }),
});
export type DealListInput = z.input<typeof dealListInput>;

/** Month "2026-11". */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-11');

export const forecastInput = z.strictObject({
  ...dealFilters,
  from: month,
  months: z.number().int().min(1).max(36).default(12),
});

export const baseCurrencyInput = z.strictObject({ currency: currencyCode });

export const rateSaveInput = z.strictObject({
  currency: currencyCode,
  validFrom: isoDate,
  /** "1 <base> = rate <currency>", a decimal with a point: "1.0823". */
  rate: z
    .string()
    .trim()
    .transform((value) => value.replace(',', '.'))
    .refine(isValidRate, 'must be a positive decimal number such as 1.0823'),
});

export const lostReasonsSaveInput = z.strictObject({
  /** In order; reasons left out are removed (deals keep the label they had). */
  reasons: z.array(z.strictObject({ id: idSchema.optional(), label: shortText(120).pipe(z.string({ error: 'a reason needs a label' })) })).max(50),
});
