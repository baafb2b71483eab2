import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ApiInput } from '../../../src-shared/contract/api';
import { exportFormatsOf, isExportColumn, type ExportColumnId } from '../../../src-shared/domain/exports';
import { useLanguage } from '../../i18n/use-language';
import { userTimeZone } from '../../lib/agenda-dates';
import { visibleColumns } from '../../lib/column-state';
import { dealColumnIds, dealTableFiltersInput, useDealsListStore } from '../../stores/deals-list-store';
import { ExportMenu, type ExportChoice } from './ExportMenu';

// Every column the deals table shows is one the export knows.
const dealColumnsKnown: readonly ExportColumnId<'deal'>[] = dealColumnIds;
void dealColumnsKnown;

/** The Export menu of the deals table: the deals shown (the board's pipeline and filters), or the selected ones. */
export function DealsExport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useDealsListStore(useShallow((state) => ({ total: state.total, selected: state.selected.size })));
  const request = (choice: ExportChoice): ApiInput<'exports.list'> => {
    const state = useDealsListStore.getState();
    const query = { sort: state.sort, filters: dealTableFiltersInput(state.filters) };
    return {
      entity: 'deal',
      format: choice.format === 'csv' ? 'csv' : 'xlsx',
      source: choice.scope === 'selected' ? { kind: 'selection', ids: [...state.selected], ...query } : { kind: 'list', ...query },
      columns: visibleColumns(state.columns).filter((id) => isExportColumn('deal', id)),
      language,
      timeZone: userTimeZone(),
    };
  };
  return <ExportMenu formats={exportFormatsOf.deal} shownCount={counts.total} selectedCount={counts.selected} request={request} hint={t('exports.menu.columnsHint')} testId="deals-export" />;
}
