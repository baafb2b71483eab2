import type { TFunction } from 'i18next';
import { isClientError } from '../../../api/client';
import { errorMessage } from '../../../i18n/error-message';

/**
 * Why a Word template was not taken, in words: the core's own reason when it checked the file
 * (already in the user's language), else what went wrong with the upload.
 */
export function templateRefusal(t: TFunction, error: unknown): string {
  if (isClientError(error) && error.body.code === 'validation') {
    if (error.body.field === 'template') return error.body.message;
    if (error.body.field === 'file') return t('quoteSettings.template.fileTooLarge');
    if (error.body.field === 'fileId') return t('quoteSettings.template.fileGone');
  }
  return errorMessage(t, error);
}
