import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../../src-shared/domain/tasks';
import { reportNames } from '../../../../../src-shared/domain/reports/types';
import { cancelTask } from '../../../../../src-main/core/tasks';
import { exportReport, type ReportExportInput, type ReportRunner } from '../../../../../src-main/domains/reports/report-export';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { forecastResult } from '../../../../fixtures/reports/report-results';

const taskId = '01a20000-0000-7000-8000-0000000000d7';
let core: TestCore;
beforeAll(() => {
  core = openTestCore();
});
afterAll(() => core.dispose());

const outgoing = (): string[] => {
  const folder = join(core.paths.dataDir, 'files', 'outgoing');
  return existsSync(folder) ? readdirSync(folder) : [];
};

const input = (format: ReportExportInput['format']): ReportExportInput => ({ name: 'forecast-by-month', filters: forecastResult.filters, format, language: 'fr', taskId, timeZone: 'Europe/Paris' });

describe('reports.export', () => {
  it('cancelled while the figures are computed: "cancelled", and no file at all', async () => {
    const cancelling: ReportRunner = () => {
      expect(cancelTask(core, taskId)).toBe(true);
      return forecastResult;
    };
    for (const format of ['xlsx', 'docx'] as const) {
      await expect(exportReport(core, input(format), cancelling)).rejects.toMatchObject({ body: { code: 'cancelled' } });
    }
    expect(outgoing()).toEqual([]);
  });

  it('makes the Word file named after the report and its period, with progress under the task', async () => {
    const seen: TaskProgress[] = [];
    const stop = core.events.subscribe((name, payload) => {
      if (name === 'task.progress') seen.push(payload as TaskProgress);
    });
    const passedFilters: unknown[] = [];
    const run: ReportRunner = (_core, request) => {
      passedFilters.push(request);
      return forecastResult;
    };
    try {
      const file = await exportReport(core, input('docx'), run);
      expect(file.fileName).toMatch(/^.+ 2026-01-01 – 2026-12-31\.docx$/);
      expect(file.rows).toBe(forecastResult.rows.length);
      expect(file.mimeType).toContain('wordprocessingml');
      expect(outgoing()).toContain(file.fileId);
      const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(join(core.paths.dataDir, 'files', 'outgoing', file.fileId))));
      expect(zip.file('word/document.xml')).not.toBeNull();
    } finally {
      stop();
    }
    expect(passedFilters).toEqual([{ name: 'forecast-by-month', filters: forecastResult.filters, timeZone: 'Europe/Paris' }]);
    expect(seen.map((event) => event.phase)).toEqual(expect.arrayContaining(['reading', 'writing']));
    expect(seen.at(-1)).toEqual({ taskId, phase: 'writing', done: 1, total: 1 });
  });

  it('runs through the contract on the engine’s own figures', async () => {
    const file = await call(core, 'reports.export', { name: 'pipeline-by-stage', filters: { period: { from: '2026-01-01', to: '2026-03-31' } }, format: 'xlsx', language: 'en' });
    expect(file.fileName).toMatch(/ 2026-01-01 – 2026-03-31\.xlsx$/);
    expect(file.mimeType).toContain('spreadsheetml');
    expect(outgoing()).toContain(file.fileId);
  });

  it('writes every report to Word, even with nothing to show', async () => {
    await call(core, 'deals.create', { title: 'Four à sole', amountMinor: 12_000_00, expectedClose: '2026-02-10' });
    for (const name of reportNames) {
      const file = await call(core, 'reports.export', { name, filters: { period: { from: '2026-01-01', to: '2026-06-30' } }, format: 'docx', language: 'fr' });
      const zip = await JSZip.loadAsync(await import('node:fs/promises').then((fs) => fs.readFile(join(core.paths.dataDir, 'files', 'outgoing', file.fileId))));
      expect(Object.keys(zip.files).some((entry) => entry.startsWith('word/media/')), name).toBe(true);
    }
  }, 60_000);
});
