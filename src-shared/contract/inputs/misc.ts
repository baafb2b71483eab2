import { z } from 'zod';
import { idSchema, optionalText } from './common';

export const taggableEntities = ['contact', 'company', 'deal'] as const;
export type TaggableEntity = (typeof taggableEntities)[number];

export const tagColors = ['grey', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColor = (typeof tagColors)[number];

export const tagCreateInput = z.strictObject({
  name: z.string().trim().min(1).max(60),
  color: z.enum(tagColors).default('grey'),
});
export const tagUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject({ name: z.string().trim().min(1).max(60).optional(), color: z.enum(tagColors).optional() }),
});
export const tagAssignInput = z.strictObject({
  entity: z.enum(taggableEntities),
  recordIds: z.array(idSchema).min(1).max(10_000),
  tagId: idSchema,
});

/** Records with a History tab. */
export const historyEntities = ['contact', 'company', 'deal'] as const;

export const historyInput = z.strictObject({
  entity: z.enum(historyEntities),
  id: idSchema,
  limit: z.number().int().min(1).max(1000).default(200),
});

/** What global search finds. */
export const searchEntities = ['contact', 'company', 'deal', 'activity'] as const;
export type SearchEntity = (typeof searchEntities)[number];

export const searchInput = z.strictObject({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(20),
  /** Only these kinds of records (all when absent). */
  entities: z.array(z.enum(searchEntities)).min(1).max(searchEntities.length).optional(),
});

export const viewEntities = ['contact', 'company', 'deal'] as const;
export type ViewEntity = (typeof viewEntities)[number];
export const viewStateSchema = z.strictObject({
  sort: z.strictObject({ field: z.string().max(40), dir: z.enum(['asc', 'desc']) }),
  filters: z.record(z.string().max(40), z.unknown()).refine((value) => JSON.stringify(value).length <= 4000, {
    message: 'filters are too large',
  }),
  columns: z.array(z.string().max(40)).max(40),
});
export type ViewState = z.output<typeof viewStateSchema>;

export const viewSaveInput = z.strictObject({
  id: idSchema.optional(),
  entity: z.enum(viewEntities),
  name: z.string().trim().min(1).max(80),
  state: viewStateSchema,
});
export const viewListInput = z.strictObject({ entity: z.enum(viewEntities) });

export const profileUpdateInput = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().optional(),
  language: z.enum(['fr', 'en']).optional(),
  theme: z.enum(['light', 'dark', 'system']).optional(),
  baseCurrency: z.string().regex(/^[A-Z]{3}$/).optional(),
  neglectedDays: z.number().int().min(1).max(3_650).optional(),
});

export const backupRestoreInput = z.strictObject({ file: z.string().min(1).max(255) });
export const demoLoadInput = z.strictObject({ size: z.enum(['demo']).default('demo') });
export const noInput = z.strictObject({});
export const optionalNote = optionalText(500);
