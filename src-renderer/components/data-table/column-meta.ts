import type { RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The header's text (also used in the column menu). */
    label: string;
    /** The contract's sort field this column sorts by, when the core can sort on it. */
    sortField?: string;
    /** Always shown (the name column). */
    locked?: boolean;
    align?: 'start' | 'end';
    /** Draws a row's value in a body cell (rows are drawn from the page cache, not a row model). */
    render?: (row: TData) => ReactNode;
  }
}

export const rowHeight = 32;
export const headerHeight = 34;
export const selectColumnWidth = 36;

/** A cell's fixed width in a row (a flex row: measured to lay out faster than a grid while scrolling). */
export function cellStyle(width: number): { width: number; flex: string } {
  return { width, flex: `0 0 ${width}px` };
}
