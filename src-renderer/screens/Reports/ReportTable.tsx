import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowCellText, type ReportFormatters } from '../../../src-shared/domain/reports/chart-format';
import type { ListLink, ReportColumn, ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';

const numericTypes = new Set(['count', 'money', 'percent', 'days']);
const isNumeric = (column: ReportColumn): boolean => numericTypes.has(column.type);

/** What a column sorts by: figures as numbers, text as read (a translated row by its words). */
function sortValue(format: ReportFormatters, row: ReportRow, column: ReportColumn): string | number {
  const value = row.cells[column.key] ?? null;
  if (typeof value === 'number') return value;
  if (column.type === 'month' || column.type === 'date') return value ?? '';
  return rowCellText(format, row, column).toLocaleLowerCase();
}

type ReportTableProps = { result: ReportResult; format: ReportFormatters; onOpen: (link: ListLink) => void };

/**
 * The report's table: sortable by any column (click its header), figures in the user's format,
 * the totals row at the foot; a row standing for records opens their list (click or Enter).
 */
export function ReportTable({ result, format, onOpen }: ReportTableProps) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo<ColumnDef<ReportRow, string | number>[]>(
    () =>
      result.columns.map((column) => ({
        id: column.key,
        header: format.word(column.label),
        accessorFn: (row) => sortValue(format, row, column),
        cell: (info) => rowCellText(format, info.row.original, column),
        sortingFn: isNumeric(column) ? 'basic' : 'alphanumeric',
        sortDescFirst: isNumeric(column),
        meta: column,
      })),
    [result.columns, format],
  );
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: result.rows, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() });
  const totals = result.totals;
  if (result.rows.length === 0) return <p className="muted report-no-rows">{t('reports.ui.noRows')}</p>;
  return (
    <table className="plain-table report-table" data-testid="report-table">
      <caption className="visually-hidden">{t('reports.ui.table')}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const column = result.columns[header.index];
              const sorted = header.column.getIsSorted();
              return (
                <th key={header.id} scope="col" className={column && isNumeric(column) ? 'num' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="report-sort" onClick={header.column.getToggleSortingHandler()} title={t('reports.ui.sortHint')} data-testid={`report-sort-${header.id}`}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    {sorted === 'asc' && <ArrowUp size={12} aria-hidden="true" />}
                    {sorted === 'desc' && <ArrowDown size={12} aria-hidden="true" />}
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const link = row.original.link;
          const open = link ? () => onOpen(link) : undefined;
          return (
            <tr
              key={row.id}
              data-testid="report-row"
              className={link ? 'report-row-link' : undefined}
              tabIndex={link ? 0 : undefined}
              title={link ? t('reports.ui.openList') : undefined}
              onClick={open}
              onKeyDown={open ? (event) => event.key === 'Enter' && open() : undefined}
            >
              {row.getVisibleCells().map((cell, index) => {
                const column = result.columns[index];
                return (
                  <td key={cell.id} className={column && isNumeric(column) ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
      {totals && (
        <tfoot>
          <tr className="report-totals" data-testid="report-totals">
            {result.columns.map((column, index) => {
              const value = totals[column.key] ?? null;
              return (
                <td key={column.key} className={isNumeric(column) ? 'num' : undefined}>
                  {index === 0 && value === null ? t('reports.ui.total') : format.cell(column, value)}
                </td>
              );
            })}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
