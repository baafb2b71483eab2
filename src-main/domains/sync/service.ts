import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { syncedTables, type SyncedTableName } from '../../db/synced-tables';
import { updateRecord } from '../../db/write-path';
import { log } from '../../log';
import { choicesFor, findConflict, openReviewCount } from './queries';
import { syncRuntime } from './runtime';

const isSyncedTable = (name: string): name is SyncedTableName => Object.hasOwn(syncedTables, name);

/**
 * Settles a Sync review item. "Keep theirs" (or "Dismiss") only closes it. "Use mine" writes the
 * local value again — a new write, stamped after everything this device has seen, so it wins
 * everywhere at the next sync; for an edit made on a record deleted elsewhere it restores the
 * record. Refused changes and changes kept aside offer only "Dismiss": sent again, they would be
 * refused again.
 */
export function resolveReviewItem(core: Core, input: ApiParsedInput<'sync.review.resolve'>): { id: number; open: number } {
  const item = findConflict(core.read, input.id);
  if (!item) throw ApiError.notFound('Sync review item', String(input.id));
  if (input.choice === 'mine' && !choicesFor(item.kind).includes('mine')) {
    throw ApiError.validation([{ path: 'choice', code: 'invalid_value', message: 'this change cannot win: it would be refused again' }]);
  }
  if (item.resolved_at === null) {
    write(core, (tx) => {
      if (input.choice === 'mine') {
        if (!isSyncedTable(item.tbl) || !prepared(tx.db, `SELECT 1 FROM ${item.tbl} WHERE id = ?`).get(item.row_id)) {
          throw ApiError.notFound('Record', item.row_id);
        }
        if (item.kind === 'lost' && item.field !== null) {
          updateRecord(tx, item.tbl, item.row_id, { [item.field]: JSON.parse(item.local_value ?? 'null') as string | number | null });
        } else {
          updateRecord(tx, item.tbl, item.row_id, { deleted: 0 });
        }
      }
      prepared(tx.db, 'UPDATE sync_conflicts SET resolved_at = ? WHERE id = ?').run(new Date(core.clock.now()).toISOString(), item.id);
    });
    log.info({ item: item.id, kind: item.kind, choice: input.choice }, 'sync review item resolved');
  }
  syncRuntime(core).publish();
  return { id: item.id, open: openReviewCount(core.read) };
}
