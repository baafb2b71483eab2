import type { Statement } from 'better-sqlite3';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { prepared } from '../../db/handles';
import type { Row, SyncedTableName } from '../../db/synced-tables';
import type { WriteTx } from '../../db/write-path';

/**
 * What an import batch records, per row it touched: the records of its entity, companies it
 * created, links it made or changed, and what it wrote beside the deals it updated (the stage
 * entries of their moves, the contacts it linked to them).
 */
export type BatchEntity = ImportEntity | 'link' | 'deal_contact' | 'deal_stage_entry';

const tables: Record<BatchEntity, SyncedTableName> = {
  contact: 'contacts',
  company: 'companies',
  deal: 'deals',
  link: 'contact_companies',
  deal_contact: 'deal_contacts',
  deal_stage_entry: 'deal_stage_entries',
};

export const tableOf = (entity: BatchEntity): SyncedTableName => tables[entity];

/**
 * Whether the rows of an entity are records the user counts (the undo's tally says how many were
 * removed or restored): links, a deal's contacts and its stage entries are taken back with their
 * records, not counted apart.
 */
const counted: Record<BatchEntity, boolean> = { contact: true, company: true, deal: true, link: false, deal_contact: false, deal_stage_entry: false };

export const isCountedRecord = (entity: BatchEntity): boolean => counted[entity];

export function isBatchEntity(value: string): value is BatchEntity {
  return Object.prototype.hasOwnProperty.call(tables, value);
}

/**
 * Writes import_batch_records in the import's transaction: created rows, and updated rows with
 * the changed columns before and after (undo puts back only what still holds the import's value).
 */
export class BatchRecorder {
  private readonly addCreated: Statement;

  constructor(
    private readonly tx: WriteTx,
    private readonly batchId: string,
  ) {
    this.addCreated = prepared(tx.db, "INSERT INTO import_batch_records (batch_id, entity, record_id, action) VALUES (?, ?, ?, 'created')");
  }

  created(entity: BatchEntity, id: string): void {
    this.addCreated.run(this.batchId, entity, id);
  }

  updated(entity: BatchEntity, id: string, before: Row, after: Row): void {
    prepared(
      this.tx.db,
      `INSERT INTO import_batch_records (batch_id, entity, record_id, action, before, after) VALUES (?, ?, ?, 'updated', ?, ?)
       ON CONFLICT (batch_id, entity, record_id) DO UPDATE SET after = excluded.after`,
    ).run(this.batchId, entity, id, JSON.stringify(before), JSON.stringify(after));
  }
}
