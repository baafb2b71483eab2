import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatQuoteNumber } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { updateRecord } from '../../db/write-path';
import { parseJson } from '../../domains/common/json';
import { nextQuoteNumber, seriesRowId } from '../../domains/quotes/numbering';
import type { SeedWriter } from './quotes';

type Open = { txnId: string; series: string; first: number; last: number };

/*
 * The file where the app marks the last number of each series beside the database (see
 * quotes/numbering.ts): a database restored from an older backup must not give seeded numbers
 * again, once those quotes have reached the office.
 */
function markLastNumber(core: Core, code: string, last: number): void {
  const file = join(core.paths.dataDir, 'quote-numbers.json');
  let marks: Record<string, number> = {};
  try {
    marks = parseJson<Record<string, number>>(readFileSync(file, 'utf8'), {});
  } catch {
    marks = {};
  }
  writeFileSync(`${file}.tmp`, JSON.stringify({ ...marks, [code]: Math.max(last, marks[code] ?? 0) }));
  renameSync(`${file}.tmp`, file);
}

/**
 * Quote numbers for the seed, as the app gives them (this device's series, its counter), one
 * batch at a time: the first number of a transaction comes from the app's `nextQuoteNumber`, the
 * next ones follow it, and the counter and its mark are written once when the batch ends — a
 * mark per quote would cost a file rename each (~2 ms, a tenth of the `large` seed).
 */
export class SeedQuoteNumbers {
  private open: Open | null = null;

  next(writer: SeedWriter, year: string): { number: string; series: string; sequence: number } {
    const { open } = this;
    if (open && open.txnId === writer.tx.txnId) {
      open.last++;
      return { number: formatQuoteNumber(year, open.series, open.last), series: open.series, sequence: open.last };
    }
    const given = nextQuoteNumber(writer.tx, writer.core, year);
    this.open = { txnId: writer.tx.txnId, series: given.series, first: given.sequence, last: given.sequence };
    return given;
  }

  /** At the end of a batch's transaction: the device's counter and the mark file catch up with the numbers given. */
  finishBatch(writer: SeedWriter): void {
    const { open } = this;
    if (!open || open.txnId !== writer.tx.txnId) return;
    this.open = null;
    if (open.last === open.first) return;
    markLastNumber(writer.core, open.series, open.last);
    updateRecord(writer.tx, 'quote_series', seriesRowId(writer.core.deviceId), { last_number: open.last });
  }
}
