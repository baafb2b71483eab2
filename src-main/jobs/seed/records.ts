import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import type { Row, SyncedTableName } from '../../db/synced-tables';
import { insertRecord, type WriteTx } from '../../db/write-path';

/** One row to create through the write path. */
export type SeedRecord = { table: SyncedTableName; id: string; values: Row };

/**
 * Writes `count` generated items in transactions of `batchSize` items, each through the write
 * path (change log, field versions, derived columns, search index). Generation happens inside
 * the transaction, in order, so the random stream — and the dataset — does not depend on the
 * batch size; generators that read or number (quotes) get the transaction, and `finishBatch`
 * runs at its end.
 */
export function writeInBatches(
  core: Core,
  count: number,
  batchSize: number,
  generate: (index: number, tx: WriteTx) => SeedRecord[],
  afterBatch: (done: number) => void,
  finishBatch?: (tx: WriteTx) => void,
): void {
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(count, start + batchSize);
    write(core, (tx) => {
      // The duplicate keys are made once, at the end of the seed (seedDataset).
      tx.duplicateKeysDeferred = true;
      for (let index = start; index < end; index++) {
        for (const record of generate(index, tx)) insertRecord(tx, record.table, record.id, record.values);
      }
      finishBatch?.(tx);
    });
    afterBatch(end);
  }
}
