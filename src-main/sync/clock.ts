import { decodeHlc, type HlcState } from '../../src-shared/sync/hlc';
import { correctedNow, type Core } from '../core/core';
import { setMeta } from '../core/meta';
import { write } from '../core/transactions';
import { prepared } from '../db/handles';

/** Answers slower than this say little about the clocks: they are not used. */
const MAX_ROUND_TRIP_MS = 5_000;
/** Weight of a new measure in the smoothed offset. */
const SMOOTHING = 0.3;

/**
 * Learns from one answer how far this device's clock is from the server's, keeping a smoothed
 * offset (persisted): timestamps made from now on use the corrected time. A jump of more than a
 * minute is taken at once (the laptop's clock was just changed, or was wrong all along).
 */
export function noteServerTime(core: Core, serverTime: number, sentAt: number, receivedAt: number): void {
  if (receivedAt - sentAt > MAX_ROUND_TRIP_MS || receivedAt < sentAt) return;
  const sample = serverTime - (sentAt + receivedAt) / 2;
  const previous = core.clockOffsetMs;
  const next = Math.abs(sample - previous) > 60_000 ? sample : previous + SMOOTHING * (sample - previous);
  core.clockOffsetMs = Math.round(next);
  if (core.clockOffsetMs !== previous) write(core, () => setMeta(core.db, 'sync.clock_offset', String(core.clockOffsetMs)));
}

/**
 * The server refused changes stamped too far in its future (this device's clock was ahead).
 * Gives every unsent change a new timestamp from the corrected clock, in their original order,
 * above everything already sent or received — so the clock stays ahead of all it has shared,
 * and the retried push is accepted. Field versions follow their change. Returns how many.
 */
export function restampUnsent(core: Core): number {
  return write(core, (tx) => {
    const floor = prepared(tx.db, 'SELECT max(hlc) FROM change_log WHERE pushed = 1').pluck().get() as string | null;
    const now: HlcState = { wallMs: correctedNow(core), counter: 0 };
    const known = floor ? decodeHlc(floor) : { wallMs: 0, counter: 0 };
    core.hlc = known.wallMs > now.wallMs || (known.wallMs === now.wallMs && known.counter >= now.counter) ? { wallMs: known.wallMs, counter: known.counter } : { wallMs: now.wallMs - 1, counter: 0 };
    const unsent = prepared(tx.db, 'SELECT seq, hlc, tbl, row_id FROM change_log WHERE pushed = 0 ORDER BY seq').all() as { seq: number; hlc: string; tbl: string; row_id: string }[];
    const readVersions = prepared(tx.db, 'SELECT base_hlc, field_hlcs FROM row_versions WHERE tbl = ? AND row_id = ?');
    const writeVersions = prepared(tx.db, 'UPDATE row_versions SET base_hlc = ?, field_hlcs = ? WHERE tbl = ? AND row_id = ?');
    const restamp = prepared(tx.db, 'UPDATE change_log SET hlc = ? WHERE seq = ?');
    for (const entry of unsent) {
      // The app's defaults stay stamped at the epoch (see insertRecord): they are never ahead.
      if (decodeHlc(entry.hlc).wallMs === 0) continue;
      const hlc = tx.nextHlc();
      restamp.run(hlc, entry.seq);
      const versions = readVersions.get(entry.tbl, entry.row_id) as { base_hlc: string; field_hlcs: string } | undefined;
      if (!versions) continue;
      const fields = JSON.parse(versions.field_hlcs) as Record<string, string>;
      for (const [field, fieldHlc] of Object.entries(fields)) if (fieldHlc === entry.hlc) fields[field] = hlc;
      writeVersions.run(versions.base_hlc === entry.hlc ? hlc : versions.base_hlc, JSON.stringify(fields), entry.tbl, entry.row_id);
    }
    return unsent.length;
  });
}
