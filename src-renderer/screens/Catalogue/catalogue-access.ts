import type { Role } from '../../../src-shared/sync/protocol';

/**
 * Who may change the catalogue and price lists: on a PC linked to an office server, managers
 * and administrators (the server refuses the others' changes); a PC on its own belongs to its
 * one user, who may do everything. The core checks the same rule.
 */
export function canEditCatalogue(server: { role: Role } | null | undefined): boolean {
  return !server || server.role === 'administrator' || server.role === 'manager';
}
