import i18next from 'i18next';
import { notifyError } from './notify-error';
import { notify, type ToastTone } from './toast-store';

/** Runs a change the user asked for; a failure is told in an error toast. True when it went through. */
export async function attempt(change: () => Promise<unknown>): Promise<boolean> {
  try {
    await change();
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Says what was just done, with an Undo that runs `undo`. */
export function notifyWithUndo(message: string, tone: ToastTone, undo: () => Promise<unknown>): void {
  notify(message, tone, {
    label: i18next.t('common.undo'),
    run: async () => {
      await undo();
    },
  });
}

type DeletionConfig = {
  /** Where the kind's messages are ("contacts.deleted", "companies.restored"). */
  messages: 'contacts' | 'companies' | 'sales.deals';
  deleteRecords: (ids: string[]) => Promise<unknown>;
  restoreRecords: (ids: string[]) => Promise<unknown>;
  /** Refreshes what shows these records (and the records linked to them). */
  refresh: () => void;
};

/** Deleting records of a kind at once, with an Undo in the toast (no confirmation needed), and restoring them. */
export function deletionActions(config: DeletionConfig) {
  async function restore(ids: string[]): Promise<void> {
    if (!(await attempt(() => config.restoreRecords(ids)))) return;
    config.refresh();
    notify(i18next.t(`${config.messages}.restored`, { count: ids.length }), 'info');
  }

  async function remove(ids: string[], options: { afterUndo?: () => void } = {}): Promise<boolean> {
    if (ids.length === 0) return false;
    if (!(await attempt(() => config.deleteRecords(ids)))) return false;
    config.refresh();
    notifyWithUndo(i18next.t(`${config.messages}.deleted`, { count: ids.length }), 'info', async () => {
      await restore(ids);
      options.afterUndo?.();
    });
    return true;
  }

  return { restore, remove };
}
