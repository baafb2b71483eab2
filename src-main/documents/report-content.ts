import { reportFormatters, rowCellText, type ReportFormatters } from '../../src-shared/domain/reports/chart-format';
import { buildReportChart } from '../../src-shared/domain/reports/chart-model';
import type { ChartModel } from '../../src-shared/domain/reports/chart-shapes';
import type { ReportColumn, ReportResult } from '../../src-shared/domain/reports/types';
import { localeOf, type Language } from '../../src-shared/i18n';

/** The names behind the report's filters, read by the core (users, team, pipeline, segment). */
export type ReportFilterNames = { owners: string[]; team: string | null; pipeline: string | null; segment: string | null };

/** A column as the documents write it: its title, and whether its figures align right. */
export type ReportDocumentColumn = ReportColumn & { title: string; numeric: boolean };

/**
 * What every report document says, in its language: the title, the period and filters in
 * words, when it was made, the chart, the table as text (and its totals), the notes.
 */
export type ReportDocumentModel = {
  result: ReportResult;
  language: Language;
  format: ReportFormatters;
  title: string;
  description: string;
  period: string;
  filters: string;
  generatedAt: string;
  amountsIn: string | null;
  columns: ReportDocumentColumn[];
  rows: string[][];
  totals: string[] | null;
  notes: string[];
  chart: ChartModel;
};

const numericTypes = new Set(['count', 'money', 'percent', 'days']);

/** The period's days in long form: "du 1 janvier 2026 au 31 décembre 2026". */
function periodWords(result: ReportResult, format: ReportFormatters): string {
  const day = (value: string) => format.cell({ key: '', label: '', type: 'date' }, value);
  const long = (value: string) => {
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day(value) : new Intl.DateTimeFormat(localeOf[format.language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  };
  return format.word('reports.document.period', { from: long(result.filters.period.from), to: long(result.filters.period.to) });
}

function filterWords(names: ReportFilterNames, format: ReportFormatters): string {
  const parts = [
    names.owners.length > 0 ? format.word('reports.document.owners', { names: names.owners.join(', ') }) : null,
    names.team !== null ? format.word('reports.document.team', { name: names.team }) : null,
    names.pipeline !== null ? format.word('reports.document.pipeline', { name: names.pipeline }) : null,
    names.segment !== null ? format.word('reports.document.segment', { name: names.segment }) : null,
  ].filter((part): part is string => part !== null);
  return format.word('reports.document.filters', { filters: parts.length > 0 ? parts.join(' · ') : format.word('reports.document.noFilter') });
}

/** The report's documents' content, from its result, in the given language and zone. */
export function reportDocumentModel(result: ReportResult, language: Language, names: ReportFilterNames, timeZone: string): ReportDocumentModel {
  const format = reportFormatters(language, result.currency);
  const title = format.word(`reports.names.${result.name}`);
  const columns = result.columns.map((column) => ({ ...column, title: format.word(column.label), numeric: numericTypes.has(column.type) }));
  const generated = new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(result.generatedAt));
  const totals = result.totals;
  return {
    result,
    language,
    format,
    title,
    description: format.word(`reports.descriptions.${result.name}`),
    period: periodWords(result, format),
    filters: filterWords(names, format),
    generatedAt: format.word('reports.document.generatedAt', { date: generated }),
    amountsIn: result.columns.some((column) => column.type === 'money') ? format.word('reports.document.amountsIn', { currency: result.currency }) : null,
    columns,
    rows: result.rows.map((row) => columns.map((column) => rowCellText(format, row, column))),
    totals: totals
      ? columns.map((column, index) => (index === 0 && (totals[column.key] ?? null) === null ? format.word('reports.document.total') : format.cell(column, totals[column.key] ?? null)))
      : null,
    notes: result.notes.map((note) => format.word(note)),
    chart: buildReportChart(result, format, title),
  };
}
