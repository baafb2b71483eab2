import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { fieldOf, type ImportEntity, type ImportFieldKey, type ImportRecordChange } from '../../../src-shared/domain/imports';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate } from '../../lib/format';
import { recordHash } from '../../lib/routes';

type ChangesListProps = { entity: ImportEntity; changes: readonly ImportRecordChange[]; total: number };

/** The records an import would update, each with its fields before → after (the Excel round trip, checked before it is applied). */
export function ChangesList({ entity, changes, total }: ChangesListProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Dates come as stored (2026-12-31): shown in the user's language; other values come in words.
  const value = (field: ImportFieldKey, text: string | null) =>
    text === null || text === '' ? <span className="faint">{t('importWizard.preview.emptyValue')}</span> : fieldOf(entity, field)?.type === 'date' ? formatCalendarDate(lang, text) : text;
  return (
    <div className="import-changes" data-testid="import-changes">
      {changes.map((change) => (
        <article key={`${change.recordId}-${change.line}`} className="import-change" data-testid="import-change">
          <header className="import-change-head">
            <a href={recordHash(entity, change.recordId)} className="cell-link">
              {change.recordName}
            </a>
            <span className="faint small">
              {t('importWizard.preview.line')} {change.line} · {t('importWizard.preview.matchedBy', { how: t(`imports.matchedBy.${change.matchedBy}`) })}
            </span>
          </header>
          <table className="import-table import-change-fields">
            <colgroup>
              <col className="import-col-field" />
              <col />
              <col className="import-col-arrow" />
              <col />
            </colgroup>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('importWizard.preview.field')}</th>
                <th scope="col">{t('importWizard.preview.before')}</th>
                <th scope="col">
                  <span className="visually-hidden">→</span>
                </th>
                <th scope="col">{t('importWizard.preview.after')}</th>
              </tr>
            </thead>
            <tbody>
              {change.changes.map((fieldChange) => (
                <tr key={fieldChange.field}>
                  <th scope="row">{t(`imports.field.${fieldChange.field}`)}</th>
                  <td className="import-before import-cell-wrap">{value(fieldChange.field, fieldChange.before)}</td>
                  <td className="import-arrow" aria-hidden="true">
                    <ArrowRight size={13} />
                  </td>
                  <td className="import-after import-cell-wrap">{value(fieldChange.field, fieldChange.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
      {total > changes.length && <p className="faint">{t('importWizard.preview.moreChanges', { count: total - changes.length })}</p>}
    </div>
  );
}
