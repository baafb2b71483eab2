import { rowCellText, type ReportFormatters } from './chart-format';
import type { ReportColumn, ReportColumnType, ReportResult } from './types';

/** The chart's figures read from the table: one label per category, one value per series. */
export type ChartData = {
  valueType: ReportColumnType;
  series: { key: string; label: string }[];
  categories: { label: string; values: number[] }[];
  /** Categories in the table, when more than the chart draws ("the first 24 of 120"). */
  totalCategories: number;
};

/** How many categories each kind of chart draws before it gets unreadable. */
export const categoryLimit = { bar: 24, 'stacked-bar': 24, line: 36, funnel: 12, pie: 8 } as const;

const numberOf = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * The table's category column and series columns, as numbers; a pie keeps its largest slices
 * and gathers the rest as "Others" so that the slices still add up to the whole.
 */
export function chartData(result: ReportResult, format: ReportFormatters): ChartData {
  const { chart } = result;
  const columns = new Map(result.columns.map((column) => [column.key, column]));
  const categoryColumn: ReportColumn = columns.get(chart.category) ?? { key: chart.category, label: chart.category, type: 'text' };
  const seriesColumns = chart.series.map((key) => columns.get(key)).filter((column): column is ReportColumn => column !== undefined);
  const valueType = seriesColumns[0]?.type ?? 'count';
  const series = seriesColumns.map((column) => ({ key: column.key, label: format.word(column.label) }));
  let categories = result.rows.map((row) => ({
    label: rowCellText(format, row, categoryColumn, 'category'),
    values: seriesColumns.map((column) => numberOf(row.cells[column.key])),
  }));
  const totalCategories = categories.length;
  const limit = categoryLimit[chart.kind];
  if (chart.kind === 'pie') {
    categories = categories.filter((category) => (category.values[0] ?? 0) > 0).sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0));
    if (categories.length > limit) {
      const rest = categories.slice(limit - 1).reduce((sum, category) => sum + (category.values[0] ?? 0), 0);
      categories = [...categories.slice(0, limit - 1), { label: format.word('reports.document.chart.others'), values: [rest] }];
    }
    return { valueType, series: series.slice(0, 1), categories, totalCategories: categories.length };
  }
  return { valueType, series, categories: categories.slice(0, limit), totalCategories };
}

/** True when nothing would show: no category, or every value zero. */
export function isEmptyChart(data: ChartData): boolean {
  return data.series.length === 0 || data.categories.every((category) => category.values.every((value) => value === 0));
}
