import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatQuoteNumber } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { derivedUuid } from '../common/derived-id';
import { parseJson } from '../common/json';

/*
 * Quote numbers are made on the device, offline, and never collide between devices: each device
 * numbers in its own series — four characters derived from its id — with its own counter
 * ("D-2026-7K3F-0042"). See the README, "Quote numbers".
 */

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not mistaken. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The series code a device would take at this attempt: 20 bits of a hash of its id, as four characters. */
export function seriesCode(deviceId: string, attempt: number): string {
  const digest = createHash('sha256').update(attempt === 0 ? `quote-series/${deviceId}` : `quote-series/${deviceId}/${attempt}`).digest();
  let bits = (digest.readUInt8(0) << 12) | (digest.readUInt8(1) << 4) | (digest.readUInt8(2) >> 4);
  let code = '';
  for (let index = 0; index < 4; index++) {
    code = `${CROCKFORD[bits & 31] ?? '0'}${code}`;
    bits >>= 5;
  }
  return code;
}

/** The device's code: the first of its candidates that has a letter (never read as a counter) and no other device uses. */
export function chooseSeriesCode(deviceId: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const code = seriesCode(deviceId, attempt);
    if (/[A-Z]/.test(code) && !taken.has(code)) return code;
  }
}

export const seriesRowId = (deviceId: string) => derivedUuid(`quote-series/${deviceId}`);

type SeriesRow = { code: string; last_number: number };

/** Codes other devices number with: their series, and any series found on quotes. */
function codesOfOthers(db: ReadDb, deviceId: string, ownCode: string | null): Set<string> {
  const series = prepared(db, 'SELECT code FROM quote_series WHERE device_id <> ? AND deleted = 0').pluck().all(deviceId) as string[];
  const onQuotes = prepared(db, 'SELECT DISTINCT series FROM quotes WHERE series IS NOT ?').pluck().all(ownCode) as string[];
  return new Set([...series, ...onQuotes]);
}

/**
 * This device's series, made on its first quote. Should another device have taken the same code
 * (both chose it before either synced), the device with the larger id moves to a new code for
 * its next numbers.
 */
function deviceSeries(tx: WriteTx, deviceId: string): SeriesRow {
  const id = seriesRowId(deviceId);
  const row = prepared(tx.db, 'SELECT code, last_number FROM quote_series WHERE id = ?').get(id) as SeriesRow | undefined;
  if (!row) {
    const code = chooseSeriesCode(deviceId, codesOfOthers(tx.db, deviceId, null));
    insertRecord(tx, 'quote_series', id, { code, device_id: deviceId, last_number: 0 });
    return { code, last_number: 0 };
  }
  const rival = prepared(tx.db, 'SELECT device_id FROM quote_series WHERE code = ? AND device_id < ? AND deleted = 0 LIMIT 1').get(row.code, deviceId);
  if (!rival) return row;
  const code = chooseSeriesCode(deviceId, new Set([...codesOfOthers(tx.db, deviceId, null), row.code]));
  updateRecord(tx, 'quote_series', id, { code, last_number: 0 });
  return { code, last_number: 0 };
}

/*
 * The counter is also kept in a small file beside the database, which restoring a backup does
 * not touch: a restored database may have forgotten numbers given after the backup (and perhaps
 * already sent to clients); the file has not.
 */
const marksFile = (core: Core) => join(core.paths.dataDir, 'quote-numbers.json');

function readMarks(core: Core): Record<string, number> {
  try {
    return parseJson<Record<string, number>>(readFileSync(marksFile(core), 'utf8'), {});
  } catch {
    return {};
  }
}

function writeMark(core: Core, code: string, last: number): void {
  const file = marksFile(core);
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...readMarks(core), [code]: last }));
  renameSync(`${file}.tmp`, file);
}

/** The next number of this device's series, in the caller's transaction (the file mark is written first). */
export function nextQuoteNumber(tx: WriteTx, core: Core, year: string): { number: string; series: string; sequence: number } {
  const series = deviceSeries(tx, core.deviceId);
  const highestOnQuotes = (prepared(tx.db, 'SELECT max(sequence) FROM quotes WHERE series = ?').pluck().get(series.code) as number | null) ?? 0;
  const sequence = Math.max(series.last_number, highestOnQuotes, readMarks(core)[series.code] ?? 0) + 1;
  writeMark(core, series.code, sequence);
  updateRecord(tx, 'quote_series', seriesRowId(core.deviceId), { last_number: sequence });
  return { number: formatQuoteNumber(year, series.code, sequence), series: series.code, sequence };
}
