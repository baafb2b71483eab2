import { z } from 'zod';
import { reportFormats, reportNames } from '../../domain/reports/types';
import { languages } from '../../i18n';
import { taskIdField } from '../endpoints/tasks';
import { timeZoneSchema } from './activities';
import { idSchema, isoDate } from './common';

/** A period of at most ten years, its end not before its start. */
export const reportPeriodInput = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'the end is before the start', params: { code: 'range' } })
  .refine((period) => Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) <= 10, {
    path: ['to'],
    message: 'a period covers at most ten years',
    params: { code: 'too_big' },
  });

export const reportFiltersInput = z.strictObject({
  period: reportPeriodInput,
  ownerIds: z.array(idSchema).max(50).default([]),
  teamId: idSchema.nullable().default(null),
  pipelineId: idSchema.nullable().default(null),
  segmentId: idSchema.nullable().default(null),
});

const reportOptions = {
  /** The zone the period's days are taken in; this computer's when absent. */
  timeZone: timeZoneSchema.optional(),
};

export const reportRunInput = z.strictObject({
  name: z.enum(reportNames),
  filters: reportFiltersInput,
  ...reportOptions,
});

export const reportExportInput = z.strictObject({
  name: z.enum(reportNames),
  filters: reportFiltersInput,
  format: z.enum(reportFormats),
  /** The language of the document; the app's language when absent. */
  language: z.enum(languages).optional(),
  taskId: taskIdField,
  ...reportOptions,
});
