import type { TFunction } from 'i18next';
import { importLimits } from '../../../src-shared/domain/imports';
import { isClientError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';

/**
 * Why a step of the import could not go on, and where the wizard shows it: a refused file on
 * the file step, a wrong mapping on the mapping step, rows in error on the preview, a file the
 * core no longer holds wherever it happened (with "read the file again").
 */
export type ImportRefusalKind = 'file' | 'session' | 'mapping' | 'invalidRows' | 'cancelled' | 'alreadyUndone' | 'other';
export type ImportRefusal = { kind: ImportRefusalKind; message: string };

/** The core's own sentence (already in the user's language), else the given one. */
function sentence(message: string | undefined, fallback: string): string {
  return message && message.trim() !== '' ? message : fallback;
}

export function importRefusal(t: TFunction, error: unknown): ImportRefusal {
  if (!isClientError(error) || error.connectionLost) return { kind: 'other', message: errorMessage(t, error) };
  const { code, field, message } = error.body;
  if (code === 'cancelled') return { kind: 'cancelled', message: t('tasks.cancelled') };
  if (code === 'conflict') return { kind: 'alreadyUndone', message: t('imports.refusal.alreadyUndone') };
  if (code === 'not_found' && field === 'batchId') return { kind: 'other', message: t('imports.refusal.batchUnknown') };
  if (code === 'validation') {
    if (field === 'importId') return { kind: 'session', message: t('imports.refusal.sessionGone') };
    if (field === 'fileId') return { kind: 'file', message: sentence(message, t('imports.problem.unknown_format')) };
    // The upload itself was refused (larger than the app takes from the page).
    if (field === 'file') return { kind: 'file', message: t('importWizard.file.uploadRefused') };
    if (field === 'mapping' || field?.startsWith('mapping.')) return { kind: 'mapping', message: sentence(message, t('importWizard.mapping.refused')) };
    if (field === 'skipInvalid') return { kind: 'invalidRows', message: sentence(message, t('importWizard.preview.invalidBlocks')) };
  }
  return { kind: 'other', message: errorMessage(t, error) };
}

/** A file refused before it is sent: too large for an import, or empty. */
export type EarlyFileProblem = { problem: 'too_large'; sizeMb: number; limitMb: number } | { problem: 'empty' };

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** The checks the page can make at once, so a 300 MB file is not uploaded only to be refused. */
export function checkBeforeUpload(file: { name: string; size: number }): EarlyFileProblem | null {
  if (file.size === 0) return { problem: 'empty' };
  const limit = /\.xlsx$/i.test(file.name) ? importLimits.maxXlsxBytes : importLimits.maxTextBytes;
  if (file.size > limit) return { problem: 'too_large', sizeMb: megabytes(file.size), limitMb: megabytes(limit) };
  return null;
}
