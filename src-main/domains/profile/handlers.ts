import type { ApiHandlers } from '../../core/dispatch';
import { getProfile, listUsers, updateProfile } from './service';

export const profileHandlers = {
  'profile.get': (_input, { core }) => getProfile(core),
  'profile.update': (input, { core }) => updateProfile(core, input),
  'users.list': (_input, { core }) => listUsers(core.read),
} satisfies Partial<ApiHandlers>;
