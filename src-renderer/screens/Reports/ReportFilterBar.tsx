import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../../../src-shared/domain/sales';
import type { Segment } from '../../../src-shared/domain/segments/types';
import { invoke } from '../../api/client';
import { Button } from '../../components/Button';
import { useReferenceStore } from '../../stores/reference-store';
import { periodPresets, type PeriodPreset } from '../../stores/report-period';
import { useReportStore } from '../../stores/report-store';
import type { ReportPeriod } from '../../../src-shared/domain/reports/types';

/** Pipelines and segments to choose from, read once per visit (segments may be refused: then said). */
function useChoices() {
  const [pipelines, setPipelines] = useState<Pipeline[]>([]);
  const [segments, setSegments] = useState<Segment[] | null>([]);
  useEffect(() => {
    let current = true;
    void useReferenceStore.getState().loadUsers();
    void useReferenceStore.getState().loadGroups();
    invoke('pipelines.list', {}).then(
      (list) => current && setPipelines(list),
      () => current && setPipelines([]),
    );
    invoke('segments.list', {}).then(
      (list) => current && setSegments(list),
      () => current && setSegments(null),
    );
    return () => {
      current = false;
    };
  }, []);
  return { pipelines, segments };
}

/** The period (presets or two dates) and the filters: salesperson, team, pipeline, segment. */
export function ReportFilterBar({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation();
  const store = useReportStore();
  const users = useReferenceStore((state) => state.users);
  const teams = useReferenceStore((state) => state.groups.teams);
  const { pipelines, segments } = useChoices();
  const filtered = store.ownerId !== null || store.teamId !== null || store.pipelineId !== null || store.segmentId !== null;
  const select = (name: 'ownerId' | 'teamId' | 'pipelineId' | 'segmentId') => (event: { target: { value: string } }) => store.setFilter(name, event.target.value || null);
  return (
    <div className="report-filters no-print" role="group" aria-label={t('reports.ui.period.label')}>
      <label className="report-filter">
        <span className="faint small">{t('reports.ui.period.label')}</span>
        <select className="input select input-sm" value={store.preset} onChange={(event) => store.setPreset(event.target.value as PeriodPreset)} data-testid="report-period">
          {periodPresets.map((preset) => (
            <option key={preset} value={preset}>
              {t(`reports.ui.period.${preset}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="report-filter">
        <span className="faint small">{t('reports.ui.period.from')}</span>
        <input type="date" className="input input-sm" value={period.from} max={period.to} onChange={(event) => event.target.value && store.setCustom({ ...period, from: event.target.value })} data-testid="report-from" />
      </label>
      <label className="report-filter">
        <span className="faint small">{t('reports.ui.period.to')}</span>
        <input type="date" className="input input-sm" value={period.to} min={period.from} onChange={(event) => event.target.value && store.setCustom({ ...period, to: event.target.value })} data-testid="report-to" />
      </label>
      <select className="input select input-sm" value={store.ownerId ?? ''} onChange={select('ownerId')} aria-label={t('reports.ui.filters.owner')} data-testid="report-owner">
        <option value="">{t('reports.ui.filters.everyone')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName}
          </option>
        ))}
      </select>
      {teams.length > 0 && (
        <select className="input select input-sm" value={store.teamId ?? ''} onChange={select('teamId')} aria-label={t('reports.ui.filters.team')} data-testid="report-team">
          <option value="">{t('reports.ui.filters.allTeams')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      )}
      <select className="input select input-sm" value={store.pipelineId ?? ''} onChange={select('pipelineId')} aria-label={t('reports.ui.filters.pipeline')} data-testid="report-pipeline">
        <option value="">{t('reports.ui.filters.allPipelines')}</option>
        {pipelines.map((pipeline) => (
          <option key={pipeline.id} value={pipeline.id}>
            {pipeline.name}
          </option>
        ))}
      </select>
      {segments === null ? (
        <span className="faint small">{t('reports.ui.filters.segmentsUnavailable')}</span>
      ) : (
        <select className="input select input-sm" value={store.segmentId ?? ''} onChange={select('segmentId')} aria-label={t('reports.ui.filters.segment')} data-testid="report-segment">
          <option value="">{t('reports.ui.filters.noSegment')}</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>
      )}
      {filtered && (
        <Button size="sm" variant="ghost" icon={<X size={14} />} onClick={store.resetFilters}>
          {t('reports.ui.filters.reset')}
        </Button>
      )}
    </div>
  );
}
