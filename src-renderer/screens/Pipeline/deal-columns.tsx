import type { TFunction } from 'i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { DealListRow } from '../../../src-shared/domain/sales';
import type { Language } from '../../../src-shared/i18n';
import { column, textCell, useTableColumns, type RecordColumn } from '../../components/data-table/record-columns';
import { TagList } from '../../components/TagList';
import { formatShortCalendarDate, formatShortDate } from '../../lib/format';
import type { DealColumnId } from '../../stores/deals-list-store';

type DealColumn = RecordColumn<DealListRow, DealColumnId>;

function dealColumns(t: TFunction, lang: Language): DealColumn[] {
  return [
    column('title', 260, { label: t('sales.fields.title'), sortField: 'title', locked: true }, (row) => (
      <a href={`#/deals/${row.id}`} className="truncate cell-link" tabIndex={-1}>
        {row.title}
      </a>
    )),
    column('company', 200, { label: t('sales.fields.company'), sortField: 'company' }, (row) => textCell(row.companyName)),
    column('stage', 150, { label: t('sales.fields.stage'), sortField: 'stage' }, (row) => <span className={`stage-pill stage-pill-${row.stageKind}`}>{row.stageName}</span>),
    column('amount', 140, { label: t('sales.fields.amount'), sortField: 'amount', align: 'end' }, (row) => formatMoney(lang, row.amountMinor, row.currency)),
    column('probability', 90, { label: t('sales.fields.probability'), align: 'end' }, (row) => t('sales.percent', { value: row.probability })),
    column('expectedClose', 130, { label: t('sales.fields.expectedClose'), sortField: 'expectedClose' }, (row) => formatShortCalendarDate(lang, row.expectedClose)),
    column('owner', 150, { label: t('sales.fields.owner') }, (row) => textCell(row.owner?.displayName ?? null)),
    column('tags', 200, { label: t('detail.tags') }, (row) => <TagList tags={row.tags} max={3} />),
    column('nextStep', 200, { label: t('sales.fields.nextStep') }, (row) => textCell(row.nextStep)),
    column('createdAt', 110, { label: t('fields.company.createdAt'), sortField: 'createdAt' }, (row) => formatShortDate(lang, row.createdAt)),
    column('updatedAt', 110, { label: t('fields.company.updatedAt'), sortField: 'updatedAt' }, (row) => formatShortDate(lang, row.updatedAt)),
  ];
}

/** The deals table's columns, in the user's language. */
export function useDealColumns(): DealColumn[] {
  return useTableColumns(dealColumns);
}
