import { create } from 'zustand';
import type { ApiInput } from '../../src-shared/contract/api';
import type { Profile } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { applyLanguage } from '../i18n/setup';
import { applyTheme } from '../lib/theme';
import { notifyError } from './notify-error';

type ProfileState = {
  profile: Profile | null;
  status: 'loading' | 'ready' | 'failed';
  error: unknown;
  load: () => Promise<void>;
  update: (patch: ApiInput<'profile.update'>) => Promise<boolean>;
};

async function applySettings(profile: Profile): Promise<void> {
  applyTheme(profile.settings.theme);
  await applyLanguage(profile.settings.language);
}

/** The local user's profile and interface settings (language, theme, currency). */
export const useProfileStore = create<ProfileState>()((set, get) => ({
  profile: null,
  status: 'loading',
  error: null,
  load: async () => {
    try {
      const profile = await invoke('profile.get', {});
      await applySettings(profile);
      set({ profile, status: 'ready', error: null });
    } catch (error) {
      if (!get().profile) set({ status: 'failed', error });
    }
  },
  update: async (patch) => {
    const before = get().profile;
    // Language and theme apply at once; the core confirms (or the change is undone).
    if (before) {
      const settings = {
        ...before.settings,
        ...(patch.language ? { language: patch.language } : {}),
        ...(patch.theme ? { theme: patch.theme } : {}),
      };
      const optimistic = { ...before, settings };
      set({ profile: optimistic });
      await applySettings(optimistic);
    }
    try {
      const profile = await invoke('profile.update', patch);
      set({ profile });
      await applySettings(profile);
      return true;
    } catch (error) {
      if (before) {
        set({ profile: before });
        await applySettings(before);
      }
      notifyError(error);
      return false;
    }
  },
}));
