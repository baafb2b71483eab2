import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportNames } from '../../../../../src-shared/domain/reports/types';
import { reportsEn } from '../../../../../src-shared/i18n/reports/en';
import { reportsFr } from '../../../../../src-shared/i18n/reports/fr';
import { callError } from '../../../../helpers/core';
import { buildDataset, PERIOD, rowAt, run, type Dataset } from './dataset';

let data: Dataset;
beforeAll(async () => {
  data = await buildDataset();
}, 60_000);
afterAll(() => data.dispose());

const lookup = (catalogue: unknown, key: string): unknown =>
  key
    .replace(/^reports\./, '')
    .split('.')
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);

describe('reports.run', () => {
  it('answers every report with labels, row names and notes the French and English catalogues hold, and a chart drawn from its columns', async () => {
    for (const name of reportNames) {
      const report = await run(data, name);
      expect(report.name).toBe(name);
      expect(report.filters.period).toEqual(PERIOD);
      const keys = [
        `reports.names.${name}`,
        `reports.descriptions.${name}`,
        ...report.columns.map((column) => column.label),
        ...report.notes,
        ...report.rows.flatMap((row) => (row.translated ?? []).map((key) => String(row.cells[key]))),
      ];
      for (const key of keys) {
        expect(typeof lookup(reportsFr, key), `${name}: ${key} (fr)`).toBe('string');
        expect(typeof lookup(reportsEn, key), `${name}: ${key} (en)`).toBe('string');
      }
      const columns = report.columns.map((column) => column.key);
      expect(columns).toContain(report.chart.category);
      for (const series of report.chart.series) expect(columns).toContain(series);
      for (const row of report.rows) expect(Object.keys(row.cells).every((key) => columns.includes(key))).toBe(true);
    }
  });

  it('refuses a period ending before it starts, and unknown teams, pipelines and segments', async () => {
    const backwards = await callError(data.core, 'reports.run', { name: 'won-lost', filters: { period: { from: '2026-02-01', to: '2026-01-31' } } });
    expect(backwards.code).toBe('validation');
    expect(backwards.issues?.[0]?.path).toBe('filters.period.to');
    const unknown = '01900000-0000-7000-8000-000000000000';
    for (const filter of ['teamId', 'pipelineId', 'segmentId']) {
      const refused = await callError(data.core, 'reports.run', { name: 'won-lost', filters: { period: PERIOD, [filter]: unknown } });
      expect(refused.code, filter).toBe('not_found');
    }
  });

  it('keeps nothing for a team without members', async () => {
    const empty = rowAt(data.core, 'teams', { name: 'Vide' });
    const report = await run(data, 'won-lost', { teamId: empty });
    expect(report.rows[0]?.cells.count).toBe(0);
  });
});
