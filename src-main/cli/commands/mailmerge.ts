import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ApiError } from '../../../src-shared/contract/errors';
import type { MailMergeOutput, MailMergeSource } from '../../../src-shared/contract/inputs/mail-merge';
import { labelSizeIds, type LabelSizeId, type MailMergeResult } from '../../../src-shared/domain/mail-merge';
import { findFile, receiveFile } from '../../files/store';
import { MergeTemplateError } from '../../documents/mail-merge-template';
import { MAX_TEMPLATE_BYTES } from '../../documents/quote-template';
import { appLanguage } from '../../domains/ical/language';
import { runMailMerge as mergeLetters } from '../../domains/mail-merge/run';
import { findViewByName } from '../../domains/views/list-input';
import type { Core } from '../../core/core';
import type { CliCommand } from '../args';
import { CliFailure, withCore, type CommandContext } from '../io';

type Command = Extract<CliCommand, { name: 'mailmerge' }>;

function outputOf(command: Command): MailMergeOutput {
  if (command.labels !== undefined) {
    const size = labelSizeIds.find((id) => id.toLowerCase() === command.labels?.toLowerCase());
    if (!size) throw new CliFailure(`"--labels" must be one of ${labelSizeIds.join(', ')} (got "${command.labels.slice(0, 40)}").`);
    if (command.perRecipient) throw new CliFailure('"--labels" and "--per-recipient" cannot go together: labels are one document.');
    if (command.template !== undefined) throw new CliFailure('"--labels" and "--template" cannot go together: labels need no letter.');
    return { kind: 'labels', size: size satisfies LabelSizeId };
  }
  return { kind: command.perRecipient ? 'files' : 'document' };
}

/** Writes the file under a temporary name beside the target, then renames it: never a half-written file. */
async function writeOutput(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const part = `${target}.${randomBytes(4).toString('hex')}.part`;
  try {
    await copyFile(source, part);
    await rename(part, target);
  } catch (error) {
    await rm(part, { force: true });
    throw new CliFailure(`Could not write ${target}: ${(error as Error).message}`);
  }
}

function summary(result: MailMergeResult, output: MailMergeOutput, target: string): string {
  const what = output.kind === 'labels' ? 'labels' : output.kind === 'files' ? 'letters (one file each)' : 'letters';
  const lines = [`${result.letters} ${what} written to ${target}`];
  const { refusedMail, noAddress } = result.excluded;
  if (refusedMail + noAddress > 0) {
    const reasons = [refusedMail > 0 ? `${refusedMail} refused mailings` : null, noAddress > 0 ? `${noAddress} without a postal address` : null].filter(Boolean);
    lines.push(`${refusedMail + noAddress} excluded: ${reasons.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `crm mailmerge [--template T.docx] [--view NAME] --out F.docx [--per-recipient] [--labels SIZE]`:
 * the shipped letter unless a template is given, to every contact unless a saved view is named;
 * contacts who refused mailings (and, for labels, those without an address) are left out and
 * counted. The file is written whole or not at all.
 */
export async function runMailMerge(ctx: CommandContext, command: Command): Promise<void> {
  const output = outputOf(command);
  const target = resolve(command.out);
  const result = await withCore(ctx.dataDir, { mustExist: true }, async (core) => {
    try {
      return await merge(core, command, output, target);
    } catch (error) {
      if (error instanceof ApiError) throw new CliFailure(error.message);
      throw error;
    }
  });
  ctx.io.out(summary(result, output, target));
}

/** Removes a file of the store and its record: the CLI hands its files over at once. */
async function discard(core: Core, kind: 'incoming' | 'outgoing', fileId: string): Promise<void> {
  const file = await findFile(core.paths.dataDir, kind, fileId);
  if (file) await Promise.all([rm(file.path, { force: true }), rm(`${file.path}.json`, { force: true })]);
}

async function uploadTemplate(core: Core, path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new CliFailure(`Could not read the template ${path}: ${(error as Error).message}`);
  }
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    const megabytes = (size: number): number => Math.ceil(size / (1024 * 1024));
    throw new CliFailure(new MergeTemplateError('too_large', appLanguage(core), { size: megabytes(bytes.byteLength), max: megabytes(MAX_TEMPLATE_BYTES) }).message);
  }
  return (await receiveFile(core.paths.dataDir, path, bytes, MAX_TEMPLATE_BYTES)).fileId;
}

async function merge(core: Core, command: Command, output: MailMergeOutput, target: string): Promise<MailMergeResult> {
  const templateId = command.template !== undefined ? await uploadTemplate(core, command.template) : null;
  try {
    const source: MailMergeSource =
      command.view === undefined
        ? { kind: 'list', filters: { deleted: false }, sort: { field: 'name', dir: 'asc' } }
        : { kind: 'view', viewId: findViewByName(core.read, core.userId, 'contact', command.view).id };
    const merged = await mergeLetters(core, { template: templateId ? { fileId: templateId } : 'letter', source, output });
    const file = await findFile(core.paths.dataDir, 'outgoing', merged.file.fileId);
    if (!file) throw new CliFailure('The merged file could not be found after writing it.');
    try {
      await writeOutput(file.path, target);
    } finally {
      await discard(core, 'outgoing', merged.file.fileId);
    }
    return merged;
  } finally {
    if (templateId) await discard(core, 'incoming', templateId);
  }
}
