import { v7 as uuidv7 } from 'uuid';
import { encodeHlc, tickHlc } from '../../src-shared/sync/hlc';
import { asWriteDb } from '../db/handles';
import { toUserFacingError } from '../db/errors';
import { followMergedRecords } from '../db/merged-records';
import { flushSearchDocs, type WriteTx } from '../db/write-path';
import { correctedNow, type Core } from './core';
import { setMeta } from './meta';

/**
 * Runs a use case in one IMMEDIATE transaction: the rows, their change-log entries, the field
 * versions, the search index and the clock all commit together or not at all. Events are
 * announced only after the commit.
 */
export function write<T>(core: Core, work: (tx: WriteTx) => T): T {
  const db = asWriteDb(core.db);
  const before = { ...core.hlc };
  const tx: WriteTx = {
    db,
    txnId: uuidv7(),
    deviceId: core.deviceId,
    userId: core.userId,
    nextHlc: () => {
      core.hlc = tickHlc(core.hlc, correctedNow(core));
      return encodeHlc(core.hlc, core.hlcNode);
    },
    touched: new Map(),
    pendingSearchDocs: new Map(),
  };
  let result: T;
  try {
    result = core.db
      .transaction(() => {
        const value = work(tx);
        // Nothing may be left pointing at a merged record (a link pulled or made after its merge).
        followMergedRecords(tx);
        flushSearchDocs(tx);
        if (core.hlc.wallMs !== before.wallMs || core.hlc.counter !== before.counter) {
          setMeta(core.db, 'hlc', encodeHlc(core.hlc, core.hlcNode));
        }
        return value;
      })
      .immediate();
  } catch (error) {
    core.hlc = before;
    throw toUserFacingError(error);
  }
  for (const [entity, ids] of tx.touched) core.events.emit('data.changed', { entity, ids: [...ids] });
  return result;
}
