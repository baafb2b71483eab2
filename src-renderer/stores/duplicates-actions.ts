import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { DuplicateEntity, DuplicatePair, MergeResult } from '../../src-shared/domain/duplicates';
import { invoke } from '../api/client';
import { useDuplicateMergesStore } from './duplicates-merges-store';
import { useDuplicateScanStore } from './duplicates-scan-store';
import { scheduleRefresh } from './live-updates';
import { attempt, notifyWithUndo } from './record-actions';
import { navigate, useRouterStore } from './router-store';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

/** A merge moves activities, deals, quotes, tags and links: every screen that shows them refreshes. */
function refreshAfterMerge(): void {
  scheduleRefresh('contact', 'company', 'tag', 'deal', 'activity', 'quote');
  void useDuplicateMergesStore.getState().reload();
}

/** The page of a record that no longer exists shows the record it became. */
function leaveMergedPage(entity: DuplicateEntity, mergedId: string, survivorId: string): void {
  const route = useRouterStore.getState().route;
  if (route.name === entity && route.id === mergedId) navigate({ name: entity, id: survivorId }, { replace: true });
}

/** Undoes a merge: both records back as they were, each with its own linked records. */
export async function undoMerge(mergeId: string): Promise<boolean> {
  try {
    const undone = await invoke('duplicates.undoMerge', { mergeId });
    useDuplicateScanStore.getState().undo(mergeId);
    refreshAfterMerge();
    notify(
      undone.keptChanges > 0 ? i18next.t('duplicates.ui.undo.doneKept', { count: undone.keptChanges }) : i18next.t('duplicates.ui.undo.done'),
      'info',
    );
    return true;
  } catch (error) {
    notifyError(error);
    void useDuplicateMergesStore.getState().reload();
    return false;
  }
}

/**
 * Merges one record into another as one operation; the toast tells which and offers Undo.
 * Null when the core refused (the error is told in a toast).
 */
export async function mergeDuplicates(input: ApiInput<'duplicates.merge'>, names: { survivor: string; merged: string }): Promise<MergeResult | null> {
  let result: MergeResult;
  try {
    result = await invoke('duplicates.merge', input);
  } catch (error) {
    notifyError(error);
    return null;
  }
  useDuplicateScanStore.getState().recordMerged(result.entity, result.mergedId, result.mergeId);
  leaveMergedPage(result.entity, result.mergedId, result.survivorId);
  refreshAfterMerge();
  const survivor = (result.entity === 'contact' ? result.record.displayName : result.record.name) || names.survivor;
  notifyWithUndo(i18next.t('duplicates.ui.merge.done', { merged: names.merged, survivor }), 'success', () => undoMerge(result.mergeId));
  return result;
}

/** "Not duplicates": the pair leaves the review list (and later scans), with Undo. */
export async function dismissPair(entity: DuplicateEntity, pair: DuplicatePair): Promise<void> {
  const undoKey = `dismiss:${pair.key}`;
  if (!(await attempt(() => invoke('duplicates.dismiss', { entity, ids: pair.ids, dismissed: true })))) return;
  useDuplicateScanStore.getState().dismissPair(entity, pair.key, undoKey);
  notifyWithUndo(i18next.t('duplicates.ui.dismiss.done'), 'info', async () => {
    if (!(await attempt(() => invoke('duplicates.dismiss', { entity, ids: pair.ids, dismissed: false })))) return;
    useDuplicateScanStore.getState().undo(undoKey);
  });
}
