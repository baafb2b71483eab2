import { readFileSync } from 'node:fs';
import type { TableJob, TableMessage } from '../parse/messages';
import { readCsv } from './csv';
import { TableRefused, TableSink } from './table-sink';
import { decodeText } from './text-decode';
import { cardCells, readVcards, vcardColumns } from './vcard';
import { readXlsx } from './xlsx';

function readVcardFile(job: TableJob, sink: TableSink): void {
  const { text, encoding } = decodeText(readFileSync(job.path));
  const info = { encoding, separator: null, sheetName: null };
  let started = false;
  const found = readVcards(text, (card) => {
    if (!started) {
      sink.start(info, vcardColumns.map((column) => job.vcardHeaders[column] ?? column), [...vcardColumns]);
      started = true;
    }
    sink.row(card.line, cardCells(card), info);
  });
  if (found === 0) throw new TableRefused(text.trim() === '' ? 'empty' : 'not_vcard');
}

/**
 * Reads the file of a table job in the worker and posts its rows. A refusal found while reading
 * (too many rows, not a workbook…) is posted as a `problem` and ends the job.
 */
export async function readTable(job: TableJob, post: (message: TableMessage) => void): Promise<void> {
  const sink = new TableSink(job, post);
  try {
    if (job.format === 'csv') readCsv(job.path, sink);
    else if (job.format === 'xlsx') await readXlsx(job.path, sink);
    else readVcardFile(job, sink);
    sink.finish();
  } catch (error) {
    if (!(error instanceof TableRefused)) throw error;
    post({ type: 'problem', problem: error.problem, ...(error.detail !== undefined ? { detail: error.detail } : {}) });
    post({ type: 'end', rowCount: 0 });
  }
}
