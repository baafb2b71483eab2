import i18next from 'i18next';
import type { TaggableEntity } from '../../src-shared/contract/inputs/misc';
import type { TagRef } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { scheduleRefresh } from './live-updates';
import { attempt, notifyWithUndo } from './record-actions';
import { notify } from './toast-store';

/** Tags a form adds to and removes from one record. */
export type TagChanges = { add: string[]; remove: string[] };

const refreshFor = (entity: TaggableEntity) => scheduleRefresh(entity, 'tag');

/** Putting a tag on records and taking it off: each one's message, and the move that undoes it. */
const moves = {
  assign: { method: 'tags.assign', message: 'bulk.tagged', tone: 'success', undo: 'unassign' },
  unassign: { method: 'tags.unassign', message: 'bulk.untagged', tone: 'info', undo: 'assign' },
} as const;

async function moveTag(move: keyof typeof moves, entity: TaggableEntity, recordIds: string[], tag: TagRef, quiet: boolean): Promise<boolean> {
  const how = moves[move];
  if (!(await attempt(() => invoke(how.method, { entity, recordIds, tagId: tag.id })))) return false;
  refreshFor(entity);
  if (!quiet) {
    notifyWithUndo(i18next.t(how.message, { count: recordIds.length, tag: tag.name }), how.tone, () =>
      moveTag(how.undo, entity, recordIds, tag, true),
    );
  }
  return true;
}

/** Puts a tag on records; a toast says how many (and lets the user take it back). */
export function assignTag(entity: TaggableEntity, recordIds: string[], tag: TagRef, options: { quiet?: boolean } = {}): Promise<boolean> {
  return moveTag('assign', entity, recordIds, tag, options.quiet ?? false);
}

export function unassignTag(entity: TaggableEntity, recordIds: string[], tag: TagRef, options: { quiet?: boolean } = {}): Promise<boolean> {
  return moveTag('unassign', entity, recordIds, tag, options.quiet ?? false);
}

/** Saves a form's tag changes on one record. Throws the client error for the form. */
export async function saveTags(entity: TaggableEntity, recordId: string, tags: TagChanges): Promise<void> {
  for (const tagId of tags.add) await invoke('tags.assign', { entity, recordIds: [recordId], tagId });
  for (const tagId of tags.remove) await invoke('tags.unassign', { entity, recordIds: [recordId], tagId });
}

export async function loadDemoData(): Promise<boolean> {
  return attempt(async () => {
    const result = await invoke('app.loadDemoData', { size: 'demo' });
    scheduleRefresh('contact', 'company', 'tag');
    notify(i18next.t('demo.loaded', result));
  });
}
