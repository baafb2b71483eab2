import { create } from 'zustand';
import type { Tag, UserRef } from '../../src-shared/domain/records';
import type { Groups } from '../../src-shared/domain/sync';
import type { TagColor } from '../../src-shared/contract/inputs/misc';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';

type ReferenceState = {
  users: UserRef[];
  tags: Tag[];
  /** Teams and territories: what records can be shared with. */
  groups: Groups;
  loadUsers: () => Promise<void>;
  loadGroups: () => Promise<void>;
  loadTags: () => Promise<void>;
  /** Creates a tag and returns it (null when the core refused). */
  createTag: (name: string, color?: TagColor) => Promise<Tag | null>;
};

const palette: TagColor[] = ['blue', 'green', 'orange', 'purple', 'teal', 'pink', 'red', 'yellow', 'grey'];

/** Reference data many screens show: users (owners), tags, teams and territories. */
export const useReferenceStore = create<ReferenceState>()((set, get) => ({
  users: [],
  tags: [],
  groups: { teams: [], territories: [] },
  loadGroups: async () => {
    try {
      set({ groups: await invoke('teams.list', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  loadUsers: async () => {
    try {
      set({ users: await invoke('users.list', {}) });
    } catch (error) {
      notifyError(error);
    }
  },
  loadTags: async () => {
    try {
      const tags = await invoke('tags.list', {});
      set({ tags: [...tags].sort((a, b) => a.name.localeCompare(b.name)) });
    } catch (error) {
      notifyError(error);
    }
  },
  createTag: async (name, color) => {
    try {
      const tag = await invoke('tags.create', { name, color: color ?? palette[get().tags.length % palette.length] ?? 'grey' });
      set((state) => ({ tags: [...state.tags.filter((other) => other.id !== tag.id), tag].sort((a, b) => a.name.localeCompare(b.name)) }));
      return tag;
    } catch (error) {
      notifyError(error);
      return null;
    }
  },
}));
