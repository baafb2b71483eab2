import Database from 'better-sqlite3';
import { httpTransport } from '../../../src-main/sync/transport';
import type { CellValue } from '../../../src-shared/sync/catalog';
import type { PushTxn } from '../../../src-shared/sync/protocol';
import { BENCH_PASSWORD, timedTransport, type BenchServer, type RequestTiming, newRequestTiming } from './sync-server';

/** The local transactions a seeded device pushed: its database file, its device id, the last change of the seed. */
export type ReplaySource = { databaseFile: string; deviceId: string; lastSeq: number };

/** Changes per push request, as the engine pages its outbox (whole transactions, up to about this many). */
const PAGE_CHANGES = 2_000;

type LogRow = { seq: number; hlc: string; tbl: string; row_id: string; changes: string; txn_id: string };

/** The device's own transactions up to `lastSeq`, in commit order, in push-sized pages (the engine's paging rule). */
function* replayPages(source: ReplaySource): Generator<PushTxn[]> {
  const db = new Database(source.databaseFile, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT l.seq, l.hlc, l.tbl, l.row_id, l.changes, t.txn_id FROM change_log l JOIN change_txns t ON t.id = l.txn
          WHERE t.device_id = ? AND l.seq <= ? ORDER BY l.seq`,
      )
      .iterate(source.deviceId, source.lastSeq) as IterableIterator<LogRow>;
    let page: PushTxn[] = [];
    let count = 0;
    let txn: PushTxn | undefined;
    for (const row of rows) {
      if (txn?.txnId !== row.txn_id) {
        if (count >= PAGE_CHANGES) {
          yield page;
          page = [];
          count = 0;
        }
        txn = { txnId: row.txn_id, changes: [] };
        page.push(txn);
      }
      txn.changes.push({ hlc: row.hlc, tbl: row.tbl, rowId: row.row_id, changes: JSON.parse(row.changes) as Record<string, CellValue> });
      count += 1;
    }
    if (page.length > 0) yield page;
  } finally {
    db.close();
  }
}

/**
 * Server ingest measured with direct pushes: the seeded device's transactions replayed, in the
 * same pages `syncOnce` sends, over loopback HTTP to `server`, logged in as `email` (an
 * administrator), up to about `maxChanges` (whole pages). The time is that of the push requests only.
 */
export async function replayIngest(server: BenchServer, email: string, source: ReplaySource, maxChanges = Number.POSITIVE_INFINITY): Promise<RequestTiming> {
  const session = await httpTransport(server.url, () => undefined).login({ email, password: BENCH_PASSWORD, deviceId: source.deviceId, deviceName: 'bench replay' });
  const timing = newRequestTiming();
  const transport = timedTransport(httpTransport(server.url, () => session.token, 120_000), timing);
  let txns = 0;
  for (const page of replayPages(source)) {
    const response = await transport.push(page);
    const refused = response.results.find((result) => result.status !== 'accepted');
    if (refused) throw new Error(`the replayed push was not accepted: ${JSON.stringify(refused)}`);
    txns += page.length;
    if (timing.changes >= maxChanges) break;
  }
  if (timing.accepted !== txns) throw new Error(`${timing.accepted} of ${txns} replayed transactions accepted`);
  return timing;
}
