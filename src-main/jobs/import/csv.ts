import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { csvSeparators, type CsvSeparator } from '../../../src-shared/domain/imports';
import { decodeText } from './text-decode';
import { TableRefused, type TableSink } from './table-sink';

/** How far into the file the separator is looked for. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_LINES = 50;

/**
 * The separator of a CSV text: the candidate that splits its first lines (quotes respected)
 * into the same number of fields most consistently, and into more than one. Papaparse's own
 * guess is thrown off by short files ending with a new line.
 */
export function guessSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number[]>(csvSeparators.map((separator) => [separator, [0]]));
  let quoted = false;
  let lines = 0;
  const sample = text.slice(0, SNIFF_CHARS);
  for (let index = 0; index < sample.length && lines < SNIFF_LINES; index++) {
    const char = sample[index] as string;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (char === '\r' && sample[index + 1] === '\n') index += 1;
      lines += 1;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && counts.has(char as CsvSeparator)) {
      const list = counts.get(char as CsvSeparator) as number[];
      list[list.length - 1] = (list.at(-1) ?? 0) + 1;
    }
  }
  let best: CsvSeparator = ',';
  let bestScore = 0;
  for (const [separator, perLine] of counts) {
    const used = perLine.filter((count, index) => count > 0 || index < perLine.length - 1);
    const frequency = new Map<number, number>();
    for (const count of used) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [count, times] of frequency) if (count > 0 && (times > modeCount || (times === modeCount && count > mode))) [mode, modeCount] = [count, times];
    if (mode === 0) continue;
    const score = (modeCount / Math.max(1, used.length)) * 1000 + Math.min(mode, 999);
    if (score > bestScore) [best, bestScore] = [separator, score];
  }
  return best;
}

/**
 * A cell as it was before an export neutralised it (src-shared/domain/exports.ts: an apostrophe
 * before a leading `=`, `+`, `-`, `@`, tab or carriage return), so that a CSV exported by the app
 * comes back as it left: "'+33 6 12 34 56 78" is the phone "+33 6 12 34 56 78". Imported text
 * is never evaluated, so nothing needs the apostrophe here.
 */
export function unneutralised(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && '=+-@\t\r'.includes(cell[1] as string) ? cell.slice(1) : cell;
}

/**
 * A CSV file (or Excel's tab-separated "Unicode text"): decoded (UTF-8 with or without BOM,
 * UTF-16, else Windows-1252), its separator found among `,` `;` tab and `|`, quoted fields with
 * separators and new lines kept whole (papaparse). Line numbers are row numbers as a spreadsheet
 * shows them (a quoted new line does not start a row).
 */
export function readCsv(path: string, sink: TableSink): void {
  const decoded = decodeText(readFileSync(path));
  const { encoding } = decoded;
  let text = decoded.text;
  if (text.trim() === '') throw new TableRefused('empty');
  let separator: CsvSeparator | null = null;
  let line = 0;
  // Excel's hint on the first line ("sep=;") names the separator.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && (csvSeparators as readonly string[]).includes(hint[1] as string)) {
    separator = hint[1] as CsvSeparator;
    text = text.slice(hint[0].length);
    line = 1;
  }
  let failure: unknown = null;
  separator ??= guessSeparator(text);
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    // Never the "fast mode", which splits the whole text at once: one allocation as large as the
    // file could take the worker past its heap limit in a single step, which ends the whole
    // process instead of just the worker. Row by row, the heap grows gradually.
    fastMode: false,
    step: (results, parser) => {
      line += 1;
      try {
        sink.row(line, results.data.map(unneutralised), { encoding, separator, sheetName: null });
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
}
