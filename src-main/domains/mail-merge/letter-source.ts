import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../src-shared/contract/errors';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import type { MergeTemplateFields } from '../../../src-shared/domain/mail-merge';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { MergeTemplateError, readLetterTemplate, type LetterTemplate } from '../../documents/mail-merge-template';
import { MAX_TEMPLATE_BYTES } from '../../documents/quote-template';
import { createOutgoingFile, findFile, readIncomingFile } from '../../files/store';
import { appLanguage } from '../ical/language';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The letter shipped with the CRM, resources/templates/letter-<language>.docx. The resources sit
 * beside the migrations: the repository's folders from source, the installer's resources folder
 * once packaged (electron-builder.yml, extraResources).
 */
export function shippedLetterPath(core: Core, language: Language): string {
  return join(dirname(core.paths.migrationsDir), 'resources', 'templates', `letter-${language}.docx`);
}

export async function readShippedLetter(core: Core, language: Language): Promise<Uint8Array> {
  const path = shippedLetterPath(core, language);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new ApiError({ code: 'not_found', message: `The letter shipped with the CRM is missing from this installation (${path}): reinstall the CRM, or choose your own Word template.` });
  }
}

/** A template turned down: a validation error on `template`, its message ready to show. */
export function templateRefused(error: MergeTemplateError): ApiError {
  return new ApiError({ code: 'validation', field: 'template', message: error.message, issues: [{ path: 'template', code: 'invalid_value', message: error.message }] });
}

/** The bytes of an uploaded template, refused without reading it when it is too large. */
export async function uploadedTemplate(core: Core, fileId: string, language: Language): Promise<Uint8Array> {
  const upload = await findFile(core.paths.dataDir, 'incoming', fileId);
  if (upload && upload.size > MAX_TEMPLATE_BYTES) {
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    throw templateRefused(new MergeTemplateError('too_large', language, { size: megabytes(upload.size), max: megabytes(MAX_TEMPLATE_BYTES) }));
  }
  return (await readIncomingFile(core.paths.dataDir, fileId)).bytes;
}

/** The merge's letter, read and compiled: the shipped one or the user's upload. */
export async function letterTemplate(core: Core, template: 'letter' | { fileId: string }, language: Language): Promise<LetterTemplate> {
  const bytes = template === 'letter' ? await readShippedLetter(core, language) : await uploadedTemplate(core, template.fileId, language);
  try {
    return await readLetterTemplate(bytes, language);
  } catch (error) {
    throw error instanceof MergeTemplateError ? templateRefused(error) : error;
  }
}

/** The merge fields of an uploaded template, known and unknown; refused with the reason when it is not usable. */
export async function inspectTemplate(core: Core, fileId: string): Promise<MergeTemplateFields> {
  return (await letterTemplate(core, { fileId }, appLanguage(core))).fields;
}

/** The shipped letter as a file to save, for the user to restyle in Word and use as their template. */
export async function shippedLetterFile(core: Core, language: Language | undefined): Promise<OutgoingFile> {
  const chosen = language ?? appLanguage(core);
  const bytes = await readShippedLetter(core, chosen);
  return createOutgoingFile(core.paths.dataDir, { fileName: translate(chosen, 'mailMerge.letter.fileName'), mimeType: DOCX, bytes });
}
