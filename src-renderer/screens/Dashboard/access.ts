import type { Role } from '../../../src-shared/sync/protocol';

/**
 * Who sees other salespeople's figures and sets targets: on a PC linked to an office server,
 * managers and administrators; a PC on its own belongs to its one user, who may do everything.
 * The core checks the same rule.
 */
export function isManager(server: { role: Role } | null | undefined): boolean {
  return !server || server.role === 'administrator' || server.role === 'manager';
}
