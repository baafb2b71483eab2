import type { Role } from '../../../../src-shared/sync/protocol';

/**
 * Who may change the letterhead, quote defaults and Word template: on a PC linked to an office
 * server, administrators only (the server refuses the others' changes to office settings); a PC
 * on its own belongs to its one user. The core checks the same rule.
 */
export function canEditQuoteSettings(server: { role: Role } | null | undefined): boolean {
  return !server || server.role === 'administrator';
}
