import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleParseWorker, projectRoot } from '../../../../scripts/build';
import type { TableJob, TableMessage } from '../../../../src-main/jobs/parse/messages';
import { forkNodeProcess } from '../../../../src-main/jobs/parse/process-spawn';
import { BUNDLED_WORKER_FILE } from '../../../../src-main/jobs/parse/runner';

/** The parse worker as the built app ships it: its own CommonJS file beside dist/main/app.cjs. */

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'crm-parse-worker-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the bundled parse worker', () => {
  it('is one CommonJS file that reads a CSV file on its own', { timeout: 60_000 }, async () => {
    const file = await bundleParseWorker(projectRoot, join(out, 'main', BUNDLED_WORKER_FILE));
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('import.meta');
    const csv = join(out, 'contacts.csv');
    writeFileSync(csv, '\ufeffNom;Prénom\r\nDupont;Hélène\r\n');
    const job: TableJob = { kind: 'table', path: csv, format: 'csv', limits: { maxRows: 10, maxColumns: 10, maxCellChars: 100 }, batchSize: 100, vcardHeaders: {} };
    // Started as the app starts it: a process of its own with a memory limit, the job sent to it.
    const worker = forkNodeProcess(file, ['--max-old-space-size=64']);
    const messages = await new Promise<TableMessage[]>((resolve, reject) => {
      const received: TableMessage[] = [];
      worker.onMessage((message) => {
        received.push(message as TableMessage);
        if ((message as TableMessage).type === 'end') resolve(received);
      });
      worker.onExit((code, stderr) => reject(new Error(`the worker exited (${code}): ${stderr}`)));
      worker.send(job);
    });
    worker.kill();
    expect(messages).toEqual([
      { type: 'meta', encoding: 'utf-8-bom', separator: ';', sheetName: null, headers: ['Nom', 'Prénom'], fields: null },
      { type: 'rows', lines: [2], rows: ['Dupont\u001fHélène'] },
      { type: 'end', rowCount: 1 },
    ]);
  });
});
