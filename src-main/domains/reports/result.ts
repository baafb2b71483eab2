import type { ChartKind, ReportColumn, ReportColumnType, ReportName, ReportResult, ReportRow, ReportCell } from '../../../src-shared/domain/reports/types';
import type { ReportContext } from './context';

/** A column labelled `reports.columns.<key>`. */
export const column = (key: string, type: ReportColumnType): ReportColumn => ({ key, label: `reports.columns.${key}`, type });

/** A ratio, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Days with one decimal. */
export const days = (value: number): number => Math.round(value * 10) / 10;

export type ReportBody = {
  columns: ReportColumn[];
  rows: ReportRow[];
  totals: Record<string, ReportCell> | null;
  chart: { kind: ChartKind; category: string; series: string[] };
};

export function resultOf(ctx: ReportContext, name: ReportName, body: ReportBody): ReportResult {
  const notes = [...ctx.notes];
  if (ctx.money.missing.size > 0) notes.push('reports.notes.noRate');
  return {
    name,
    filters: ctx.filters,
    currency: ctx.money.base,
    generatedAt: new Date(ctx.nowMs).toISOString(),
    ...body,
    notes,
  };
}
