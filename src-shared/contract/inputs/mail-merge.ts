import { z } from 'zod';
import { languages } from '../../i18n';
import { labelSizeIds, MAX_LABELS } from '../../domain/mail-merge';
import { taskIdField } from '../endpoints/tasks';
import { timeZoneSchema } from './activities';
import { fileIdSchema, idSchema, optionalText } from './common';
import { contactListInput } from './contacts';

/**
 * Whom a mail merge writes to: contacts picked in the list, the list as filtered and sorted on
 * screen, or a saved view of contacts.
 */
export const mailMergeSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('selection'), ids: z.array(idSchema).min(1).max(MAX_LABELS) }),
  z.strictObject({ kind: z.literal('list'), filters: contactListInput.shape.filters, sort: contactListInput.shape.sort }),
  z.strictObject({ kind: z.literal('view'), viewId: idSchema }),
]);
export type MailMergeSource = z.output<typeof mailMergeSource>;

/** The letter shipped with the CRM (in the letter's language), or a Word template the user uploaded. */
export const mailMergeTemplate = z.union([z.literal('letter'), z.strictObject({ fileId: fileIdSchema })]);

/** One document with a letter per page, a .zip with one document per recipient, or address labels. */
export const mailMergeOutput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document') }),
  z.strictObject({ kind: z.literal('files') }),
  z.strictObject({ kind: z.literal('labels'), size: z.enum(labelSizeIds) }),
]);
export type MailMergeOutput = z.output<typeof mailMergeOutput>;

export const mailMergeRunInput = z.strictObject({
  template: mailMergeTemplate.default('letter'),
  source: mailMergeSource,
  output: mailMergeOutput,
  /** The letter's language (dates, civilities, countries; the shipped letter's wording): the app's unless told. */
  language: z.enum(languages).optional(),
  /** `{{letter.subject}}` and `{{letter.body}}`: what the shipped letter says, typed in the dialog. */
  subject: optionalText(300),
  body: optionalText(20_000),
  taskId: taskIdField,
});

/** Who a merge would write to, and who it leaves out and why, before running it. */
export const mailMergeRecipientsInput = z.strictObject({
  source: mailMergeSource,
  /** Labels also leave out contacts without a postal address. */
  labels: z.boolean().default(false),
});

export const mailMergeInspectInput = z.strictObject({ fileId: fileIdSchema });

export const mailMergeLetterInput = z.strictObject({ language: z.enum(languages).optional() });

/** A contact's or a company's Word sheet; activities' times in the user's zone (this computer's unless told). */
export const recordSheetInput = z.strictObject({ id: idSchema, language: z.enum(languages).optional(), timeZone: timeZoneSchema.optional() });
