import i18next from 'i18next';
import { create } from 'zustand';
import type { ApiInput } from '../../src-shared/contract/api';
import type { Account } from '../../src-shared/domain/sync';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';
import { useReferenceStore } from './reference-store';
import { notify } from './toast-store';

type AdminState = {
  accounts: Account[] | null;
  error: unknown;
  loadAccounts: () => Promise<void>;
  /** Creating an account throws its typed error for the form to show. */
  createAccount: (input: ApiInput<'admin.users.create'>) => Promise<void>;
  /** A password change throws too (the dialog shows why); a role or state change says it in a toast. */
  updateAccount: (input: ApiInput<'admin.users.update'>, options?: { throwErrors?: boolean }) => Promise<boolean>;
};

/** The office server's accounts, for administrators (teams and territories are reference data). */
export const useAdminStore = create<AdminState>()((set, get) => ({
  accounts: null,
  error: null,
  loadAccounts: async () => {
    try {
      set({ accounts: await invoke('admin.users.list', {}), error: null });
    } catch (error) {
      set({ error });
    }
  },
  createAccount: async (input) => {
    const account = await invoke('admin.users.create', input);
    set((state) => ({ accounts: [...(state.accounts ?? []).filter((other) => other.id !== account.id), account].sort((a, b) => a.displayName.localeCompare(b.displayName)) }));
    notify(i18next.t('admin.accountCreated', { name: account.displayName }));
  },
  updateAccount: async (input, options) => {
    try {
      const account = await invoke('admin.users.update', input);
      set((state) => ({ accounts: state.accounts?.map((other) => (other.id === account.id ? account : other)) ?? null }));
      notify(i18next.t(input.password ? 'admin.passwordReset' : 'admin.accountUpdated', { name: account.displayName }));
      return true;
    } catch (error) {
      if (options?.throwErrors) throw error;
      notifyError(error);
      await get().loadAccounts();
      return false;
    }
  },
}));

/** Team and territory changes: the reference data every screen reads. */
export async function saveGroup(input: ApiInput<'teams.save'>): Promise<void> {
  const group = await invoke('teams.save', input);
  notify(i18next.t('admin.groupSaved', { name: group.name }));
  await useReferenceStore.getState().loadGroups();
}

export async function deleteGroup(input: ApiInput<'teams.delete'>, name: string): Promise<boolean> {
  try {
    await invoke('teams.delete', input);
    notify(i18next.t('admin.groupDeleted', { name }));
    await useReferenceStore.getState().loadGroups();
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function setMember(input: ApiInput<'teams.members.add'>, member: boolean): Promise<void> {
  try {
    await invoke(member ? 'teams.members.add' : 'teams.members.remove', input);
    await useReferenceStore.getState().loadGroups();
  } catch (error) {
    notifyError(error);
  }
}
