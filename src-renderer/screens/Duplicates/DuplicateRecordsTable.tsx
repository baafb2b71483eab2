import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateDifference, DuplicateGroup, DuplicateRecordSummary } from '../../../src-shared/domain/duplicates';
import { RelativeTime } from '../../components/RelativeTime';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime, formatPhone, formatShortDate } from '../../lib/format';
import { recordHash } from '../../lib/routes';

type Column = { key: 'name' | 'reach' | DuplicateDifference; cell: (record: DuplicateRecordSummary) => ReactNode };

/**
 * The records of a group one per row, with what tells them apart: city, company, owner, last
 * activity and creation date. The columns whose values differ are marked.
 */
export function DuplicateRecordsTable({ group }: { group: DuplicateGroup }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = <span className="faint">—</span>;
  const columns: Column[] = [
    {
      key: 'name',
      cell: (record) => (
        <a href={recordHash(group.entity, record.id)} className="duplicate-record-name" data-testid="duplicate-record">
          {record.displayName}
        </a>
      ),
    },
    ...(group.entity === 'contact' ? [{ key: 'company' as const, cell: (record: DuplicateRecordSummary) => record.companyName ?? none }] : []),
    { key: 'city', cell: (record) => record.city ?? none },
    {
      key: 'reach',
      cell: (record) => {
        const parts = [record.email, record.phone ? formatPhone(record.phone) : null, group.entity === 'company' ? record.legalId : null].filter(
          (part): part is string => !!part,
        );
        if (parts.length === 0) return none;
        return (
          <span className="duplicate-reach">
            {parts.map((part) => (
              <span key={part}>{part}</span>
            ))}
          </span>
        );
      },
    },
    { key: 'owner', cell: (record) => record.owner?.displayName ?? none },
    { key: 'lastActivity', cell: (record) => (record.lastActivityAt ? <RelativeTime iso={record.lastActivityAt} /> : <span className="faint">{t('duplicates.ui.noActivity')}</span>) },
    {
      key: 'created',
      cell: (record) => (
        <time dateTime={record.createdAt} title={formatDateTime(lang, record.createdAt)}>
          {formatShortDate(lang, record.createdAt)}
        </time>
      ),
    },
  ];
  const differs = (key: Column['key']) => (group.differences as readonly string[]).includes(key);
  return (
    <div className="duplicate-records-scroll">
      <table className="duplicate-records">
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={differs(column.key) ? 'duplicate-differs' : undefined}
                title={differs(column.key) ? t('duplicates.ui.differsHint') : undefined}
              >
                {t(`duplicates.ui.column.${column.key}`)}
                {differs(column.key) && <span className="visually-hidden"> ({t('duplicates.ui.differs')})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.records.map((record) => (
            <tr key={record.id}>
              {columns.map((column) =>
                column.key === 'name' ? (
                  <th key={column.key} scope="row">
                    {column.cell(record)}
                  </th>
                ) : (
                  <td key={column.key} className={differs(column.key) ? 'duplicate-differs' : undefined}>
                    {column.cell(record)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
