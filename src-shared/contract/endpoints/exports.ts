import type { ExportedFile } from '../../domain/exports';
import { endpoint } from '../endpoint';
import { exportListInput } from '../inputs/exports';

/**
 * A list to a file (see src-shared/domain/exports.ts): the records of a list as filtered and
 * sorted on screen, a selection of them, or a saved view, with the columns shown, to Excel, CSV
 * or vCard. A long call: give a `taskId` to follow its progress (phase `writing`, the total known
 * from the start) and cancel it with `tasks.cancel`, which leaves no file behind.
 *
 * Refusals: an unknown or foreign saved view is `not_found`; a format the list has no such file
 * for (vCard of companies) or an unknown column is `validation`.
 */
export const exportEndpoints = {
  'exports.list': endpoint<ExportedFile>()(exportListInput),
} as const;
