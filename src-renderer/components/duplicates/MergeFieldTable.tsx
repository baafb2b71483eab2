import { useTranslation } from 'react-i18next';
import type { ComparedField, DuplicateComparison, MergeFieldValue } from '../../../src-shared/domain/duplicates';
import { useLanguage } from '../../i18n/use-language';
import { useReferenceStore } from '../../stores/reference-store';
import { effectivePick, type MergePick, type MergePicks, type MergeSide } from './merge-picks';
import { mergeFieldLabel, mergeValueText } from './merge-value-text';

type MergeFieldTableProps = {
  comparison: DuplicateComparison;
  fields: readonly ComparedField[];
  survivor: MergeSide;
  picks: MergePicks;
  onPick: (field: ComparedField, pick: MergePick) => void;
};

function useValueText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const users = useReferenceStore((state) => state.users);
  const groups = useReferenceStore((state) => state.groups);
  return (field: ComparedField, value: MergeFieldValue) => mergeValueText(field.field, value, { t, lang, users, groups });
}

/**
 * The two records field by field. A field that differs has a radio per side (and "both" for
 * e-mails, phones, addresses and notes): arrow keys move within a row, Tab to the next row.
 * Identical fields are shown without a choice.
 */
export function MergeFieldTable({ comparison, fields, survivor, picks, onPick }: MergeFieldTableProps) {
  const { t } = useTranslation();
  const valueText = useValueText();
  const [a, b] = comparison.records;
  const anyBoth = fields.some((field) => field.canKeepBoth && !field.same);
  const names = { a: a.displayName, b: b.displayName };
  return (
    <table className="merge-table" data-testid="merge-table">
      <thead>
        <tr>
          <th scope="col">{t('duplicates.ui.merge.field')}</th>
          <th scope="col">{a.displayName}</th>
          <th scope="col">{b.displayName}</th>
          {anyBoth && <th scope="col">{t('duplicates.ui.merge.both')}</th>}
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => {
          const label = mergeFieldLabel(t, comparison.entity, field.field);
          const pick = effectivePick(field, survivor, picks);
          const empty = t('duplicates.ui.merge.empty');
          const text = { a: valueText(field, field.a), b: valueText(field, field.b) };
          if (field.same) {
            return (
              <tr key={field.field} className="merge-row-same" data-field={field.field}>
                <th scope="row">{label}</th>
                <td colSpan={anyBoth ? 3 : 2} className="pre-wrap">
                  {text.a ?? empty} <span className="faint small">{t('duplicates.ui.merge.same')}</span>
                </td>
              </tr>
            );
          }
          const option = (side: MergeSide) => (
            <td className={`merge-cell ${pick === side || pick === 'both' ? 'merge-cell-kept' : ''}`}>
              <label>
                <input
                  type="radio"
                  name={`merge-${field.field}`}
                  checked={pick === side}
                  onChange={() => onPick(field, side)}
                  aria-label={t('duplicates.ui.merge.pickValue', { field: label, value: text[side] ?? empty, name: names[side] })}
                  data-testid={`merge-pick-${field.field}-${side}`}
                />
                <span className={`pre-wrap ${text[side] === null ? 'faint' : ''}`}>{text[side] ?? empty}</span>
              </label>
            </td>
          );
          return (
            <tr key={field.field} className="merge-row-differs" data-field={field.field} data-testid="merge-row">
              <th scope="row">{label}</th>
              {option('a')}
              {option('b')}
              {anyBoth && (
                <td className={`merge-cell ${pick === 'both' ? 'merge-cell-kept' : ''}`}>
                  {field.canKeepBoth && (
                    <label>
                      <input
                        type="radio"
                        name={`merge-${field.field}`}
                        checked={pick === 'both'}
                        onChange={() => onPick(field, 'both')}
                        aria-label={t('duplicates.ui.merge.pickBoth', { field: label })}
                        data-testid={`merge-pick-${field.field}-both`}
                      />
                      <span>{t('duplicates.ui.merge.keepBoth')}</span>
                    </label>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
