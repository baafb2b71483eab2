import i18next from 'i18next';
import type { TaggableEntity } from '../../src-shared/contract/inputs/misc';
import type { TagRef } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

const refreshFor = (entity: TaggableEntity) => scheduleRefresh(entity === 'contact' ? 'contact' : 'company', 'tag');

/** Puts a tag on records; a toast says how many (and lets the user take it back). */
export async function assignTag(entity: TaggableEntity, recordIds: string[], tag: TagRef, options: { quiet?: boolean } = {}): Promise<boolean> {
  try {
    await invoke('tags.assign', { entity, recordIds, tagId: tag.id });
    refreshFor(entity);
    if (!options.quiet) {
      notify(i18next.t('bulk.tagged', { count: recordIds.length, tag: tag.name }), 'success', {
        label: i18next.t('common.undo'),
        run: async () => {
          await unassignTag(entity, recordIds, tag, { quiet: true });
        },
      });
    }
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function unassignTag(entity: TaggableEntity, recordIds: string[], tag: TagRef, options: { quiet?: boolean } = {}): Promise<boolean> {
  try {
    await invoke('tags.unassign', { entity, recordIds, tagId: tag.id });
    refreshFor(entity);
    if (!options.quiet) {
      notify(i18next.t('bulk.untagged', { count: recordIds.length, tag: tag.name }), 'info', {
        label: i18next.t('common.undo'),
        run: async () => {
          await assignTag(entity, recordIds, tag, { quiet: true });
        },
      });
    }
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function loadDemoData(): Promise<boolean> {
  try {
    const result = await invoke('app.loadDemoData', { size: 'demo' });
    scheduleRefresh('contact', 'company', 'tag');
    notify(i18next.t('demo.loaded', result));
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}
