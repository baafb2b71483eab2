import { ApiError } from '../../../src-shared/contract/errors';
import type { Role } from '../../../src-shared/sync/protocol';
import type { Core } from '../../core/core';
import { serverLink } from '../../sync/state';

/**
 * Tables only some roles write (the catalogue: managers; office settings: administrators) are
 * refused by the office server to anyone else, and a refused change is reverted on the device.
 * So a device linked to a server checks the account's role first, and says why; a device on its
 * own belongs to its one user, who may do everything.
 */
export function requireRole(core: Core, allowed: readonly Role[], message: string): void {
  const link = serverLink(core);
  if (link && !allowed.includes(link.role)) throw new ApiError({ code: 'forbidden', message });
}

export const requireManager = (core: Core) =>
  requireRole(core, ['administrator', 'manager'], 'Only managers and administrators change the product catalogue and price lists.');

export const requireAdministrator = (core: Core) => requireRole(core, ['administrator'], 'Only administrators change the office’s letterhead and quote settings.');
