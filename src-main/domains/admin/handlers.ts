import type { ApiHandlers } from '../../core/dispatch';
import { listGroups } from './queries';
import { createAccount, deleteGroup, listAccounts, saveGroup, setGroupMember, updateAccount } from './service';

export const adminHandlers = {
  'admin.users.list': (_input, { core }) => listAccounts(core),
  'admin.users.create': (input, { core }) => createAccount(core, input),
  'admin.users.update': (input, { core }) => updateAccount(core, input),
  'teams.list': (_input, { core }) => listGroups(core.read),
  'teams.save': (input, { core }) => saveGroup(core, input),
  'teams.delete': (input, { core }) => deleteGroup(core, input),
  'teams.members.add': (input, { core }) => setGroupMember(core, input, true),
  'teams.members.remove': (input, { core }) => setGroupMember(core, input, false),
} satisfies Partial<ApiHandlers>;
