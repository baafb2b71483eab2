import { hostname } from 'node:os';
import { syncCatalog } from '../../src-shared/sync/catalog';
import type { Core } from '../core/core';
import { setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { asWriteDb, prepared } from '../db/handles';
import { updateRecord } from '../db/write-path';
import type { SyncedTableName } from '../db/synced-tables';
import type { SecretStore } from './secrets';
import { requestSnapshot } from './snapshot';
import { setPullCursor, setServerLink, type ServerLink } from './state';
import type { SyncTransport } from './transport';

export type ConnectInput = { url: string; email: string; password: string; deviceName?: string };

const ownedTables: { table: SyncedTableName; field: string }[] = Object.entries(syncCatalog).flatMap(([table, entry]) =>
  'ownerField' in entry ? [{ table: table as SyncedTableName, field: entry.ownerField as string }] : [],
);

/**
 * Logs this device in to an office server and makes the account its user: what the local
 * profile owned becomes the account's (and will be pushed), the local-only profile row goes,
 * and the next sync pulls everything the account may see.
 */
export async function connectToServer(core: Core, input: ConnectInput, transport: SyncTransport, secrets: SecretStore): Promise<ServerLink> {
  const deviceName = input.deviceName ?? hostname();
  const session = await transport.login({ email: input.email, password: input.password, deviceId: core.deviceId, deviceName });
  const link: ServerLink = { url: input.url, accountId: session.user.id, displayName: session.user.displayName, email: session.user.email, role: session.user.role, deviceName };
  const previous = core.userId;
  write(core, (tx) => {
    if (previous && previous !== link.accountId) {
      for (const { table, field } of ownedTables) {
        const ids = prepared(tx.db, `SELECT id FROM ${table} WHERE ${field} = ?`).pluck().all(previous) as string[];
        for (const id of ids) updateRecord(tx, table, id, { [field]: link.accountId });
      }
      const pushed = prepared(tx.db, "SELECT count(*) FROM change_log WHERE tbl = 'users' AND row_id = ? AND pushed <> 0").pluck().get(previous) as number;
      if (pushed === 0) {
        // The profile made before connecting never left this device: the account's own row replaces it.
        const db = asWriteDb(core.db);
        prepared(db, "DELETE FROM change_log WHERE tbl = 'users' AND row_id = ?").run(previous);
        prepared(db, "DELETE FROM row_versions WHERE tbl = 'users' AND row_id = ?").run(previous);
        prepared(db, 'DELETE FROM users WHERE id = ?').run(previous);
      }
      prepared(tx.db, 'UPDATE change_txns SET user_id = ? WHERE user_id = ?').run(link.accountId, previous);
    }
    setMeta(core.db, 'user_id', link.accountId);
    setServerLink(core, link);
    setPullCursor(core, 0);
    // A device new to this server starts from a snapshot of what the account sees, then pulls from its watermark.
    core.db.prepare("DELETE FROM meta WHERE key = 'sync.scopes'").run();
    requestSnapshot(core, null);
  });
  core.userId = link.accountId;
  secrets.set(session.token);
  return link;
}
