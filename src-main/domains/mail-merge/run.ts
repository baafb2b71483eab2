import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { MailMergeOutput } from '../../../src-shared/contract/inputs/mail-merge';
import { labelSizes, MAX_LABELS, type LabelSizeId, MAX_LETTERS, type MailMergeRecipients, type MailMergeResult } from '../../../src-shared/domain/mail-merge';
import { personDisplayName } from '../../../src-shared/domain/text';
import { translate, type Language } from '../../../src-shared/i18n';
import { correctedNow, type Core } from '../../core/core';
import { runTask, type Task } from '../../core/tasks';
import { labelSheets } from '../../documents/labels';
import { addressBlock, mailingAddress, nameLine } from '../../documents/mail-merge-address';
import { letterDate, letterValues, sharedValues, type MergeContext, type MergeRecipient } from '../../documents/mail-merge-fields';
import type { LetterTemplate } from '../../documents/mail-merge-template';
import { mergedDocument, perRecipientFiles, uniqueFileNames, type LetterStep, type LetterValues } from '../../documents/mail-merge-output';
import { createOutgoingFile } from '../../files/store';
import { appLanguage } from '../ical/language';
import { letterTemplate } from './letter-source';
import { chooseRecipients, type ChosenRecipients } from './recipients';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZIP = 'application/zip';

type RunInput = ApiParsedInput<'mailMerge.run'>;

const maxFor = (output: MailMergeOutput | { kind: 'labels' | 'letters' }): number => (output.kind === 'labels' ? MAX_LABELS : MAX_LETTERS);

/** Gives the event loop a turn (a cancel, a progress event can get through), then stops if cancelled. */
function stepOf(task: Task, total: number): LetterStep {
  return async (done) => {
    task.progress('merging', done, total);
    await new Promise((resolve) => setImmediate(resolve));
    task.throwIfCancelled();
  };
}

/** "2026-11-22", the local day, for file names that sort. */
function dayStamp(instantMs: number): string {
  const date = new Date(instantMs);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function nobody(chosen: MailMergeRecipients, language: Language): ApiError {
  const excluded = chosen.excluded.refusedMail + chosen.excluded.noAddress;
  const message = translate(language, excluded > 0 ? 'mailMerge.nobody' : 'mailMerge.nobodyAtAll');
  return new ApiError({ code: 'validation', field: 'source', message, issues: [{ path: 'source', code: 'required', message }] });
}

/** Who the merge would write to, and who it leaves out and why. */
export function previewRecipients(core: Core, input: ApiParsedInput<'mailMerge.recipients'>): MailMergeRecipients {
  const { letters, excluded, excludedContacts } = chooseRecipients(core, input.source, {
    labels: input.labels,
    max: maxFor({ kind: input.labels ? 'labels' : 'letters' }),
    language: appLanguage(core),
  });
  return { letters, excluded, excludedContacts };
}

/** The letters' values, one function per recipient. */
const valuesOf = (recipients: readonly MergeRecipient[], context: MergeContext): LetterValues[] => recipients.map((recipient) => letterValues(recipient, context));

type Made = { bytes: Uint8Array; fileName: string; mimeType: string };
type Writer = (chosen: ChosenRecipients, context: MergeContext, task: Task, stamp: string) => Promise<Made>;

async function lettersFile(template: LetterTemplate, output: 'document' | 'files', chosen: ChosenRecipients, context: MergeContext, task: Task, stamp: string): Promise<Made> {
  const letters = valuesOf(chosen.recipients, context);
  const step = stepOf(task, letters.length);
  if (output === 'files') {
    const names = chosen.recipients.map((recipient) => personDisplayName(recipient.firstName, recipient.lastName) || recipient.company?.name || '');
    const fileNames = uniqueFileNames(names, 'docx', translate(context.language, 'mailMerge.fileName.recipient'));
    const bytes = await perRecipientFiles(template, letters.map((value, index) => ({ value, fileName: fileNames[index] ?? `${index + 1}.docx` })), step);
    return { bytes, fileName: `${translate(context.language, 'mailMerge.fileName.files', { date: stamp })}.zip`, mimeType: ZIP };
  }
  const bytes = await mergedDocument(template, letters, sharedValues(context), step);
  return { bytes, fileName: `${translate(context.language, 'mailMerge.fileName.document', { date: stamp })}.docx`, mimeType: DOCX };
}

async function labelsFile(size: LabelSizeId, chosen: ChosenRecipients, language: Language, task: Task, stamp: string): Promise<Made> {
  const blocks = chosen.recipients.map((recipient) =>
    addressBlock(nameLine(recipient, language), recipient.company?.name ?? null, mailingAddress(recipient.address, recipient.company?.address ?? null), language),
  );
  const fileName = `${translate(language, 'mailMerge.fileName.labels', { size, date: stamp })}.docx`;
  const bytes = await labelSheets(labelSizes[size], blocks, fileName, stepOf(task, blocks.length));
  return { bytes, fileName, mimeType: DOCX };
}

/** What writes the file: the labels, or the letters of a template read (and refused) before any contact is. */
async function writerFor(core: Core, input: RunInput, language: Language): Promise<Writer> {
  const output = input.output;
  if (output.kind === 'labels') return (chosen, context, task, stamp) => labelsFile(output.size, chosen, context.language, task, stamp);
  const template = await letterTemplate(core, input.template, language);
  return (chosen, context, task, stamp) => lettersFile(template, output.kind, chosen, context, task, stamp);
}

/**
 * A mail merge, as a task (progress, cancel): the recipients read from their source (refused
 * mailings and, for labels, missing addresses left out and counted), the letters merged into one
 * document or one file each, or the labels laid out; the file waits for the page to save it.
 */
export function runMailMerge(core: Core, input: RunInput): Promise<MailMergeResult> {
  return runTask(core, input.taskId, async (task) => {
    const language = input.language ?? appLanguage(core);
    const now = correctedNow(core);
    const labels = input.output.kind === 'labels';
    const write = await writerFor(core, input, language);
    task.progress('reading', 0, null);
    const chosen = chooseRecipients(core, input.source, { labels, max: maxFor(input.output), language, task });
    if (chosen.letters === 0) throw nobody(chosen, language);
    task.throwIfCancelled();
    task.progress('merging', 0, chosen.letters);
    const stamp = dayStamp(now);
    const context: MergeContext = { language, today: letterDate(now, language), subject: input.subject ?? '', body: input.body ?? '' };
    const made = await write(chosen, context, task, stamp);
    task.throwIfCancelled();
    task.progress('writing', 0, 1);
    const file = await createOutgoingFile(core.paths.dataDir, made);
    task.progress('writing', 1, 1);
    return { file, letters: chosen.letters, excluded: chosen.excluded, excludedContacts: chosen.excludedContacts };
  });
}
