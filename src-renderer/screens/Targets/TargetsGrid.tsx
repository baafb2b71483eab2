import { CopyPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TargetSubjectKind, TargetYear } from '../../../src-shared/domain/targets';
import { IconButton } from '../../components/Button';
import { useLanguage } from '../../i18n/use-language';
import { useTargetsStore } from '../../stores/targets-store';
import { periodLabel } from './target-values';
import { TargetCell, TotalCell } from './TargetCell';

type Row = { kind: TargetSubjectKind; id: string; name: string };

function figuresOf(data: TargetYear, row: Row) {
  const targets = new Map(data.targets.filter((target) => target.subjectKind === row.kind && target.subjectId === row.id).map((target) => [target.period, target.value]));
  const actuals = new Map(data.actuals.filter((actual) => actual.subjectKind === row.kind && actual.subjectId === row.id).map((actual) => [actual.period, actual.value]));
  const targetTotal = targets.size === 0 ? null : [...targets.values()].reduce((sum, value) => sum + value, 0);
  const actualTotal = [...actuals.values()].reduce((sum, value) => sum + value, 0);
  return { targets, actuals, targetTotal, actualTotal };
}

/** A section of the grid: salespeople or teams, one row each. */
function Section({ title, rows, data, editable }: { title: string; rows: Row[]; data: TargetYear; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (rows.length === 0) return null;
  return (
    <tbody>
      <tr className="target-section">
        <th scope="rowgroup" colSpan={data.periods.length + 2}>
          {title}
        </th>
      </tr>
      {rows.map((row) => {
        const figures = figuresOf(data, row);
        return (
          <tr key={`${row.kind}:${row.id}`} data-testid={`target-row-${row.kind}-${row.id}`}>
            <th scope="row" className="target-subject truncate">
              {row.name}
            </th>
            {data.periods.map((period) => (
              <TargetCell
                key={period}
                label={t('targets.cell', { subject: row.name, period: periodLabel(t, language, period, true) })}
                metric={data.metric}
                currency={data.currency}
                target={figures.targets.get(period) ?? null}
                actual={figures.actuals.get(period) ?? 0}
                editable={editable}
                onSave={(value) => useTargetsStore.getState().save({ kind: row.kind, id: row.id }, period, value)}
                testId={`target-${row.kind}-${row.id}-${period}`}
              />
            ))}
            <TotalCell metric={data.metric} currency={data.currency} target={figures.targetTotal} actual={figures.actualTotal} testId={`target-total-${row.kind}-${row.id}`} />
          </tr>
        );
      })}
    </tbody>
  );
}

/** Salespeople and teams × the months or quarters of the year, for one metric. */
export function TargetsGrid({ data, users, teams, editable }: { data: TargetYear; users: Row[]; teams: Row[]; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="target-grid-wrap">
      <table className="target-grid" data-testid="targets-grid">
        <thead>
          <tr>
            <th scope="col" className="target-subject">
              {t('targets.salesperson')}
            </th>
            {data.periods.map((period, index) => (
              <th key={period} scope="col">
                <span className="target-period">
                  {periodLabel(t, language, period)}
                  {editable && index < data.periods.length - 1 && (
                    <IconButton
                      size="sm"
                      icon={<CopyPlus size={13} />}
                      label={t('targets.copyForwardTitle', { period: periodLabel(t, language, period, true) })}
                      onClick={() => void useTargetsStore.getState().copyForward(period, periodLabel(t, language, period, true))}
                      data-testid={`copy-forward-${period}`}
                    />
                  )}
                </span>
              </th>
            ))}
            <th scope="col">{t('targets.total')}</th>
          </tr>
        </thead>
        <Section title={t('targets.salespeople')} rows={users} data={data} editable={editable} />
        <Section title={t('targets.teams')} rows={teams} data={data} editable={editable} />
      </table>
    </div>
  );
}
