import { z } from 'zod';
import {
  activityExportColumns,
  companyExportColumns,
  contactExportColumns,
  dealExportColumns,
  MAX_EXPORT_SELECTION,
  vcardVersions,
} from '../../domain/exports';
import { languages } from '../../i18n';
import { taskIdField } from '../endpoints/tasks';
import { activityListInput, timeZoneSchema } from './activities';
import { idSchema } from './common';
import { companyListInput } from './companies';
import { contactListInput } from './contacts';
import { dealListInput } from './sales';

/** The list as the screen has it: its filters and sort, exactly as its list endpoint takes them. */
function listSource<S extends z.ZodType, F extends z.ZodType>(list: { shape: { sort: S; filters: F } }) {
  return z.strictObject({ kind: z.literal('list'), sort: list.shape.sort, filters: list.shape.filters });
}

/** Some records of the list, written in the list's order (its filters and sort give it). */
function selectionSource<S extends z.ZodType, F extends z.ZodType>(list: { shape: { sort: S; filters: F } }) {
  return z.strictObject({
    kind: z.literal('selection'),
    ids: z.array(idSchema).min(1).max(MAX_EXPORT_SELECTION),
    sort: list.shape.sort,
    filters: list.shape.filters,
  });
}

/** One of the user's saved views: its filters and sort, and its columns unless others are given. */
const viewSource = z.strictObject({ kind: z.literal('view'), viewId: idSchema });

function columnsOf<C extends readonly [string, ...string[]]>(ids: C) {
  return z
    .array(z.enum(ids))
    .min(1)
    .max(ids.length)
    .refine((columns) => new Set(columns).size === columns.length, { message: 'a column is named twice', params: { code: 'invalid_value' } })
    .optional();
}

const options = {
  vcardVersion: z.enum(vcardVersions).default('4.0'),
  /** The language of the headers and words in the file; the app's language when absent. */
  language: z.enum(languages).optional(),
  /** The zone dates and times are written in; this computer's when absent. */
  timeZone: timeZoneSchema.optional(),
  taskId: taskIdField,
};

export const exportListInput = z.discriminatedUnion('entity', [
  z.strictObject({
    entity: z.literal('contact'),
    format: z.enum(['xlsx', 'csv', 'vcard']),
    source: z.discriminatedUnion('kind', [listSource(contactListInput), selectionSource(contactListInput), viewSource]),
    columns: columnsOf(contactExportColumns),
    ...options,
  }),
  z.strictObject({
    entity: z.literal('company'),
    format: z.enum(['xlsx', 'csv']),
    source: z.discriminatedUnion('kind', [listSource(companyListInput), selectionSource(companyListInput), viewSource]),
    columns: columnsOf(companyExportColumns),
    ...options,
  }),
  z.strictObject({
    entity: z.literal('deal'),
    format: z.enum(['xlsx', 'csv']),
    source: z.discriminatedUnion('kind', [listSource(dealListInput), selectionSource(dealListInput), viewSource]),
    columns: columnsOf(dealExportColumns),
    ...options,
  }),
  z.strictObject({
    entity: z.literal('activity'),
    format: z.enum(['xlsx', 'csv']),
    source: z.discriminatedUnion('kind', [listSource(activityListInput), selectionSource(activityListInput)]),
    columns: columnsOf(activityExportColumns),
    ...options,
  }),
]);

export type ExportListInput = z.input<typeof exportListInput>;
export type ExportListRequest = z.output<typeof exportListInput>;
