import type { RowData } from '@tanstack/react-table';

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
  }
}

export const rowHeight = 32;
export const headerHeight = 34;
export const selectColumnWidth = 36;
