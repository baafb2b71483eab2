import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnMenu } from '../../components/data-table/ColumnMenu';
import { DataTable } from '../../components/data-table/DataTable';
import { DealsExport } from '../../components/export/DealsExport';
import { deleteDeals } from '../../stores/deal-actions';
import { dealDefaultColumns, dealsPageSize, useDealsListStore } from '../../stores/deals-list-store';
import { navigate } from '../../stores/router-store';
import { useDealColumns } from './deal-columns';
import { dealSortFields } from '../../../src-shared/contract/inputs/sales';

/** The same deals as the board, as a sortable table. */
export function DealsTable() {
  const { t } = useTranslation();
  const columns = useDealColumns();
  const columnState = useDealsListStore((state) => state.columns);
  useEffect(() => useDealsListStore.getState().attach(), []);
  return (
    <div className="deals-table">
      <div className="deals-table-tools">
        <DealsExport />
        <ColumnMenu
          columns={columns.map((column) => ({ id: column.id, label: column.meta?.label ?? column.id, locked: column.meta?.locked ?? false }))}
          state={columnState}
          defaultState={dealDefaultColumns}
          onChange={(next) => useDealsListStore.getState().setColumns(next)}
        />
      </div>
      <DataTable
        store={useDealsListStore}
        columns={columns}
        pageSize={dealsPageSize}
        label={t('sales.deals.title')}
        testId="deals-table"
        rowTestId="deal-row"
        rowLabel={(row) => row.title}
        makeSort={(field, dir) => {
          const known = dealSortFields.find((candidate) => candidate === field);
          return known ? { field: known, dir } : null;
        }}
        onOpen={(row) => navigate({ name: 'deal', id: row.id })}
        onDelete={(ids) => void deleteDeals(ids).then((done) => done && useDealsListStore.getState().clearSelection())}
      />
    </div>
  );
}
