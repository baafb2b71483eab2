import type { OutgoingFile } from '../../domain/files';
import type { MailMergeRecipients, MailMergeResult, MergeTemplateFields } from '../../domain/mail-merge';
import { endpoint } from '../endpoint';
import {
  mailMergeInspectInput,
  mailMergeLetterInput,
  mailMergeRecipientsInput,
  mailMergeRunInput,
  recordSheetInput,
} from '../inputs/mail-merge';

/** Word output: mail merge (letters, one file per recipient, address labels) and record sheets. */
export const mailMergeEndpoints = {
  /** The merge fields an uploaded letter template holds; refused (validation on `template`) when it is not a usable .docx. */
  'mailMerge.inspectTemplate': endpoint<MergeTemplateFields>()(mailMergeInspectInput),
  /** Who the merge would write to, and who it leaves out and why. */
  'mailMerge.recipients': endpoint<MailMergeRecipients>()(mailMergeRecipientsInput),
  /** Runs the merge as a task (progress, cancel) and answers the file to save with its counts. */
  'mailMerge.run': endpoint<MailMergeResult>()(mailMergeRunInput),
  /** The shipped letter, for the user to restyle in Word. */
  'mailMerge.letter': endpoint<OutgoingFile>()(mailMergeLetterInput),
  'documents.contactSheet': endpoint<OutgoingFile>()(recordSheetInput),
  'documents.companySheet': endpoint<OutgoingFile>()(recordSheetInput),
} as const;
