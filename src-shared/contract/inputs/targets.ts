import { z } from 'zod';
import { targetGranularities, targetMetrics, targetPeriodPattern, targetSubjectKinds } from '../../domain/targets';
import { timeZoneSchema } from './activities';
import { idSchema } from './common';

const year = z.number().int().min(2000).max(2100);
const period = z.string().regex(targetPeriodPattern, 'must be a month such as 2026-11 or a quarter such as 2026-Q4');
const subject = { subjectKind: z.enum(targetSubjectKinds), subjectId: idSchema };

export const targetListInput = z.strictObject({
  year,
  metric: z.enum(targetMetrics),
  granularity: z.enum(targetGranularities).default('month'),
  /** The zone months are taken in for what was reached; this computer's when absent. */
  timeZone: timeZoneSchema.optional(),
});

/** The largest target: 10 billion in minor units, or as many deals or activities. */
const MAX_TARGET = 1_000_000_000_000;

export const targetValue = z.strictObject({
  ...subject,
  period,
  metric: z.enum(targetMetrics),
  value: z.number().int('must be a whole number (amounts in cents)').min(0, 'a target cannot be negative').max(MAX_TARGET),
});

/** Targets set at once (a cell, or a month copied to the following ones): each upserted by subject, period and metric. */
export const targetSaveInput = z.strictObject({ targets: z.array(targetValue).min(1).max(500) });

export const targetDeleteInput = z.strictObject({ targets: z.array(z.strictObject({ ...subject, period, metric: z.enum(targetMetrics) })).min(1).max(500) });
