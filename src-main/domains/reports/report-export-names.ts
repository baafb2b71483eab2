import type { ReportFilters } from '../../../src-shared/domain/reports/types';
import { safeFileName } from '../../../src-shared/domain/files';
import type { ReportFormat } from '../../../src-shared/domain/reports/types';
import { translate, type Language } from '../../../src-shared/i18n';
import { prepared, type ReadDb } from '../../db/handles';
import type { ReportFilterNames } from '../../documents/report-content';

const nameOf = (db: ReadDb, table: 'teams' | 'pipelines' | 'segments', id: string | null, unknown: string): string | null => {
  if (id === null) return null;
  const name = prepared(db, `SELECT name FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
  return name ?? unknown;
};

/** The names the documents print for the report's filters (a record gone since says so). */
export function reportFilterNames(db: ReadDb, filters: ReportFilters, language: Language): ReportFilterNames {
  const unknown = translate(language, 'reports.document.unknown');
  const user = prepared(db, 'SELECT display_name FROM users WHERE id = ?').pluck();
  return {
    owners: filters.ownerIds.map((id) => (user.get(id) as string | undefined) ?? unknown),
    team: nameOf(db, 'teams', filters.teamId, unknown),
    pipeline: nameOf(db, 'pipelines', filters.pipelineId, unknown),
    segment: nameOf(db, 'segments', filters.segmentId, unknown),
  };
}

export const reportMimeTypes: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** "Prévisions par mois 2026-01-01 – 2026-12-31.docx": the report's name and period, safe on any disk. */
export function reportFileName(title: string, filters: ReportFilters, format: ReportFormat, language: Language): string {
  const name = translate(language, 'reports.document.fileName', { name: title, from: filters.period.from, to: filters.period.to });
  return safeFileName(`${name}.${format}`, `report.${format}`);
}
