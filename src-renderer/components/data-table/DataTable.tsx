import {
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnOrderState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { listRowAt, type ListStore } from '../../stores/list-store';
import { Button } from '../Button';
import { headerHeight, rowHeight, selectColumnWidth } from './column-meta';
import { TableHeader } from './TableHeader';
import { SkeletonRow, TableRow } from './TableRow';
import { tableKeyAction } from './table-keys';

type Sort = { field: string; dir: 'asc' | 'desc' };

const noRows: never[] = [];

export type DataTableProps<Row extends { id: string }, F, S extends Sort> = {
  store: ListStore<Row, F, S>;
  columns: ColumnDef<Row>[];
  pageSize: number;
  label: string;
  testId: string;
  rowTestId: string;
  rowLabel: (row: Row) => string;
  makeSort: (field: string, dir: 'asc' | 'desc') => S | null;
  onOpen: (row: Row) => void;
  onDelete: (ids: string[]) => void;
};

/**
 * A virtual table over a paged list: only the rows on screen (plus a small overscan) are in
 * the DOM, rows come from the list store's page cache, sorting happens in the core.
 */
export function DataTable<Row extends { id: string }, F, S extends Sort>(props: DataTableProps<Row, F, S>) {
  const { store, columns, pageSize, label, testId, rowTestId, rowLabel, makeSort, onOpen, onDelete } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const state = store(
    useShallow((s) => ({
      pages: s.pages,
      stale: s.stale,
      total: s.total,
      queryKey: s.queryKey,
      focusedIndex: s.focusedIndex,
      selected: s.selected,
      columnState: s.columns,
      sort: s.sort,
      loadError: s.loadError,
    })),
  );
  const actions = store.getState();
  const count = state.total ?? 0;
  const [initialOffset] = useState(() => store.getState().scrollOffset);

  // The React Compiler cannot memoise TanStack Virtual (nor Table); this component does not rely on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: headerHeight,
    initialOffset,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    store.getState().showRange(first, last);
  }, [store, first, last, state.total]);

  // Coming back to the list shows the rows it showed; a new query starts at the top.
  const shownQuery = useRef(state.queryKey);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    if (shownQuery.current !== state.queryKey) {
      shownQuery.current = state.queryKey;
      element.scrollTop = 0;
    }
  }, [state.queryKey]);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    element.scrollTop = initialOffset;
    return () => store.getState().rememberScroll(element.scrollTop);
  }, [store, initialOffset]);

  const windowRows = useMemo(() => {
    const rows: Row[] = [];
    const seen = new Set<string>();
    for (let index = first; index <= last && index < count; index++) {
      const row = listRowAt(state, index, pageSize);
      if (row && !seen.has(row.id)) {
        seen.add(row.id);
        rows.push(row);
      }
    }
    return rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first, last, count, state.pages, state.stale, pageSize]);

  const columnOrder: ColumnOrderState = useMemo(() => ['select', ...state.columnState.order], [state.columnState.order]);
  const columnVisibility: VisibilityState = useMemo(
    () => Object.fromEntries(state.columnState.hidden.map((id) => [id, false])),
    [state.columnState.hidden],
  );
  const sortedColumn = columns.find((column) => column.meta?.sortField === state.sort.field);
  const sorting: SortingState = sortedColumn?.id ? [{ id: sortedColumn.id, desc: state.sort.dir === 'desc' }] : [];

  const allColumns = useMemo<ColumnDef<Row>[]>(() => [{ id: 'select', size: selectColumnWidth, meta: { label: '' } }, ...columns], [columns]);
  // The table models the columns (order, visibility, sizes, header); rows come from the page cache.
  const table = useReactTable<Row>({
    data: noRows,
    columns: allColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    state: { columnOrder, columnVisibility, sorting },
  });

  const visibleColumns = table.getVisibleLeafColumns();
  const tableWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0);
  // Cells are drawn by the column definitions: new definitions (language) or columns redraw rows.
  const columnsKey = `${visibleColumns.map((column) => column.id).join(',')}|${columns.length}|${String(columns[0]?.header)}`;

  const scrollToIndex = (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const action = tableKeyAction(event, state.focusedIndex, count, pageRows);
    if (!action) return;
    event.preventDefault();
    const focusedRow = state.focusedIndex >= 0 ? listRowAt(state, state.focusedIndex, pageSize) : undefined;
    switch (action.kind) {
      case 'focus':
        actions.focusRow(action.index);
        scrollToIndex(action.index);
        break;
      case 'open':
        if (focusedRow) onOpen(focusedRow);
        break;
      case 'toggle':
        if (focusedRow) actions.toggleSelected(focusedRow.id, state.focusedIndex, action.extend);
        break;
      case 'delete': {
        const ids = state.selected.size > 0 ? [...state.selected] : focusedRow ? [focusedRow.id] : [];
        if (ids.length > 0) onDelete(ids);
        break;
      }
      case 'select-loaded':
        actions.selectLoaded();
        break;
      case 'clear-selection':
        actions.clearSelection();
        break;
    }
  };

  const selectLabel = useMemo(() => t('table.selectRow'), [t]);
  const loadedIds = windowRows.map((row) => row.id);
  const allLoadedSelected = loadedIds.length > 0 && loadedIds.every((id) => state.selected.has(id));

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      data-testid={testId}
      role="grid"
      aria-label={label}
      aria-rowcount={count + 1}
      aria-colcount={visibleColumns.length}
      aria-multiselectable="true"
      aria-activedescendant={state.focusedIndex >= 0 ? `${testId}-row-${state.focusedIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      style={{ '--table-width': `${tableWidth}px` } as CSSProperties}
    >
      <TableHeader
        table={table}
        sort={state.sort}
        allSelected={allLoadedSelected}
        someSelected={state.selected.size > 0}
        onToggleAll={() => (state.selected.size > 0 ? actions.clearSelection() : actions.selectLoaded())}
        onSort={(field) => {
          const dir = state.sort.field === field && state.sort.dir === 'asc' ? 'desc' : 'asc';
          const next = makeSort(field, dir);
          if (next) actions.setSort(next);
        }}
        onMoveColumn={(columns) => actions.setColumns(columns)}
        columnState={state.columnState}
        columnsKey={columnsKey}
      />
      <div className="table-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = listRowAt(state, item.index, pageSize);
          const top = item.start - headerHeight;
          if (!row) return <SkeletonRow key={item.key} top={top} index={item.index} columns={visibleColumns} />;
          return (
            <TableRow
              key={item.key}
              id={`${testId}-row-${item.index}`}
              columnsKey={columnsKey}
              testId={rowTestId}
              row={row}
              columns={visibleColumns}
              index={item.index}
              top={top}
              label={rowLabel(row)}
              selectLabel={selectLabel}
              selected={state.selected.has(row.id)}
              focused={state.focusedIndex === item.index}
              onFocusRow={() => {
                actions.focusRow(item.index);
                scrollRef.current?.focus({ preventScroll: true });
              }}
              onToggle={(extend) => actions.toggleSelected(row.id, item.index, extend)}
              onOpen={() => onOpen(row)}
            />
          );
        })}
      </div>
      {state.loadError !== null && (
        <div className="table-error" role="alert">
          <span>{t('table.loadFailed')}</span>
          <Button size="sm" onClick={() => actions.refresh()}>
            {t('common.retry')}
          </Button>
        </div>
      )}
    </div>
  );
}
