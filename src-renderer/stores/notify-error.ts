import i18next from 'i18next';
import { errorMessage } from '../i18n/error-message';
import { notify } from './toast-store';

/** Tells the user that an action failed, in their language, by error code. */
export function notifyError(error: unknown): void {
  notify(errorMessage(i18next.t, error), 'error');
}
