import { z } from 'zod';
import { importEntities, importFieldKeys, importLimits, importMatchActions } from '../../domain/imports';
import { taskIdField } from '../endpoints/tasks';
import { fileIdSchema, idSchema } from './common';

/** The handle `imports.inspect` gives back for a file's parsed rows. */
export const importIdSchema = idSchema;

const entity = z.enum(importEntities);

/** One field key (or null: the column is left out) per column of the file, in order. */
export const importMappingSchema = z.array(z.enum(importFieldKeys).nullable()).max(importLimits.maxColumns);

export const importInspectInput = z.strictObject({
  /** An uploaded file (see src-shared/domain/files.ts). */
  fileId: fileIdSchema,
  entity,
  taskId: taskIdField,
});

/** What the rows become: shared by preview, run and report, so the three agree. */
const importPlanFields = {
  importId: importIdSchema,
  entity,
  mapping: importMappingSchema,
  /** Rows that match an existing record: leave it, update it, or create another record anyway. */
  onMatch: z.enum(importMatchActions).default('skip'),
  /** Contacts: companies named in the file but not found are created (else the contact comes without its company, with a warning). */
  createMissingCompanies: z.boolean().default(true),
};

export const importPreviewInput = z.strictObject({ ...importPlanFields, taskId: taskIdField });

export const importRunInput = z.strictObject({
  ...importPlanFields,
  /**
   * Rows with an error are never written. While there are some, the run is refused (nothing
   * written) unless the user chose to import the other rows and leave those out.
   */
  skipInvalid: z.boolean().default(false),
  taskId: taskIdField,
});

export const importReportInput = z.strictObject({ ...importPlanFields, taskId: taskIdField });

export const importListInput = z.strictObject({ limit: z.number().int().min(1).max(200).default(50) });

export const importUndoInput = z.strictObject({ batchId: idSchema, taskId: taskIdField });

export type ImportInspectInput = z.input<typeof importInspectInput>;
export type ImportPreviewInput = z.input<typeof importPreviewInput>;
export type ImportRunInput = z.input<typeof importRunInput>;
export type ImportReportInput = z.input<typeof importReportInput>;
export type ImportPlanInput = z.output<typeof importPreviewInput>;
