import i18next from 'i18next';
import { create } from 'zustand';
import type { Segment, SegmentEntity } from '../../src-shared/domain/segments/types';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

type SegmentLibraryState = {
  /** The segments the user sees, by list: their own and those shared with them, by name. */
  byEntity: Partial<Record<SegmentEntity, Segment[]>>;
  load: (entity: SegmentEntity) => Promise<void>;
  /** Stores a saved (or updated) segment in its list. */
  remember: (segment: Segment) => void;
  rename: (segment: Segment, name: string) => Promise<Segment | null>;
  /** Deletes a segment; false when the core refused. */
  remove: (segment: Segment) => Promise<boolean>;
};

const byName = (segments: Segment[]) => [...segments].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));

/** The saved segments of each list, for the Segment menu and the builder. */
export const useSegmentLibrary = create<SegmentLibraryState>()((set, get) => {
  const replace = (entity: SegmentEntity, change: (segments: Segment[]) => Segment[]) =>
    set({ byEntity: { ...get().byEntity, [entity]: byName(change(get().byEntity[entity] ?? [])) } });
  return {
    byEntity: {},
    load: async (entity) => {
      try {
        const segments = await invoke('segments.list', { entity });
        replace(entity, () => segments);
      } catch (error) {
        notifyError(error);
      }
    },
    remember: (segment) => replace(segment.entity, (segments) => [...segments.filter((other) => other.id !== segment.id), segment]),
    rename: async (segment, name) => {
      try {
        const saved = await invoke('segments.save', { id: segment.id, name, entity: segment.entity, definition: segment.definition, shared: segment.shared });
        get().remember(saved);
        notify(i18next.t('segments.saved', { name: saved.name }));
        return saved;
      } catch (error) {
        notifyError(error);
        return null;
      }
    },
    remove: async (segment) => {
      try {
        await invoke('segments.delete', { id: segment.id });
        replace(segment.entity, (segments) => segments.filter((other) => other.id !== segment.id));
        notify(i18next.t('segments.deleted', { name: segment.name }), 'info');
        return true;
      } catch (error) {
        notifyError(error);
        return false;
      }
    },
  };
});
