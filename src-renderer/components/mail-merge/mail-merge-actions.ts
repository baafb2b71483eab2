import i18next from 'i18next';
import type { ApiInput } from '../../../src-shared/contract/api';
import type { Language } from '../../../src-shared/i18n';
import { invoke, isClientError, saveFile } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { notifyError } from '../../stores/notify-error';
import { notify } from '../../stores/toast-store';

/** Whom a mail merge writes to, as the contract takes it. */
export type MergeSource = ApiInput<'mailMerge.run'>['source'];

/**
 * Why the core refused a template or a list, in its own sentence (already in the user's
 * language), or null when the failure is of another kind.
 */
export function refusalOf(error: unknown, field: 'template' | 'source'): string | null {
  return isClientError(error) && error.body.code === 'validation' && error.body.field === field ? error.body.message : null;
}

export const wasCancelled = (error: unknown): boolean => isClientError(error) && error.body.code === 'cancelled';

/** A failure said in the user's words: the core's sentence for a refusal, else by error code. */
export function failureText(error: unknown): string {
  return refusalOf(error, 'source') ?? refusalOf(error, 'template') ?? errorMessage(i18next.t, error);
}

/** The shipped letter saved for the user to restyle in Word. */
export async function saveShippedLetter(language: Language): Promise<void> {
  try {
    const file = await invoke('mailMerge.letter', { language });
    await saveFile(file);
  } catch (error) {
    notifyError(error);
  }
}

/** A contact's or a company's Word sheet, saved where the user chooses. */
export async function saveWordSheet(kind: 'contact' | 'company', id: string, language: Language): Promise<void> {
  try {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const file = await invoke(kind === 'contact' ? 'documents.contactSheet' : 'documents.companySheet', { id, language, timeZone });
    if (await saveFile(file)) notify(i18next.t('mailMerge.wordSheet.saved', { name: file.fileName }));
  } catch (error) {
    notifyError(error);
  }
}
