import type { Role } from '../../src-shared/sync/protocol';
import type { Core } from '../core/core';
import { getMeta, setMeta } from '../core/meta';

/** This device's link to an office server, kept in `meta` (never synced). */
export type ServerLink = { url: string; accountId: string; displayName: string; email: string; role: Role; deviceName: string };

export function serverLink(core: Core): ServerLink | null {
  const raw = getMeta(core.db, 'sync.server');
  return raw ? (JSON.parse(raw) as ServerLink) : null;
}

export function setServerLink(core: Core, link: ServerLink | null): void {
  if (link) setMeta(core.db, 'sync.server', JSON.stringify(link));
  else core.db.prepare("DELETE FROM meta WHERE key = 'sync.server'").run();
}

/** The server sequence up to which this device has applied the changes it may see. */
export function pullCursor(core: Core): number {
  return Number(getMeta(core.db, 'sync.cursor') ?? 0);
}

export function setPullCursor(core: Core, cursor: number): void {
  setMeta(core.db, 'sync.cursor', String(cursor));
}
