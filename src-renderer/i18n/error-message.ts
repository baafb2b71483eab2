import type { TFunction } from 'i18next';
import { isClientError } from '../api/client';

/** A failure as a sentence for the user: by error code, never the technical message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isClientError(error)) {
    if (error.connectionLost) return t('errors.connection');
    return t(`errors.${error.body.code}`);
  }
  return t('errors.internal');
}
