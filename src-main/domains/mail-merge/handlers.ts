import type { ApiHandlers } from '../../core/dispatch';
import { inspectTemplate, shippedLetterFile } from './letter-source';
import { previewRecipients, runMailMerge } from './run';
import { companySheet, contactSheet } from './sheets';

export const mailMergeHandlers = {
  'mailMerge.inspectTemplate': (input, { core }) => inspectTemplate(core, input.fileId),
  'mailMerge.recipients': (input, { core }) => previewRecipients(core, input),
  'mailMerge.run': (input, { core }) => runMailMerge(core, input),
  'mailMerge.letter': (input, { core }) => shippedLetterFile(core, input.language),
  'documents.contactSheet': (input, { core }) => contactSheet(core, input),
  'documents.companySheet': (input, { core }) => companySheet(core, input),
} satisfies Partial<ApiHandlers>;
