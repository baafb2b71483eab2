import { ArrowDown, ArrowUp, Plus, Trash2, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageKinds, type Pipeline, type StageKind } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { rowKey } from '../../lib/field-issues';
import { scheduleRefresh } from '../../stores/live-updates';
import { notifyError } from '../../stores/notify-error';
import { attempt } from '../../stores/record-actions';
import { notify } from '../../stores/toast-store';

type StageRow = { key: string; id?: string; name: string; probability: string; kind: StageKind };
type Draft = { id?: string; name: string; stages: StageRow[] };

const draftOf = (pipeline: Pipeline): Draft => ({
  id: pipeline.id,
  name: pipeline.name,
  stages: pipeline.stages.map((stage) => ({ key: stage.id, id: stage.id, name: stage.name, probability: String(stage.probability), kind: stage.kind })),
});

const moved = <T,>(rows: T[], index: number, by: number): T[] => {
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, row);
  return next;
};

function PipelineEditor({ draft, onSaved }: { draft: Draft; onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(draft);
  const [busy, setBusy] = useState(false);
  const setStage = (key: string, patch: Partial<StageRow>) => setValue({ ...value, stages: value.stages.map((stage) => (stage.key === key ? { ...stage, ...patch } : stage)) });
  const save = async () => {
    setBusy(true);
    const stages = value.stages.map((stage) => ({ ...(stage.id ? { id: stage.id } : {}), name: stage.name, probability: Number(stage.probability) || 0, kind: stage.kind }));
    const done = await attempt(() => invoke('pipelines.save', { ...(value.id ? { id: value.id } : {}), name: value.name, stages }));
    setBusy(false);
    if (done) onSaved();
  };
  const remove = async () => {
    if (value.id && (await attempt(() => invoke('pipelines.delete', { id: value.id ?? '' })))) onSaved();
  };
  return (
    <div className="pipeline-editor" data-testid="pipeline-editor">
      <div className="pipeline-editor-head">
        <input className="input" value={value.name} maxLength={80} aria-label={t('salesSettings.pipelines.name')} onChange={(event) => setValue({ ...value, name: event.target.value })} />
        {value.id && <IconButton size="sm" variant="danger" label={t('salesSettings.pipelines.delete')} icon={<Trash2 size={14} />} onClick={() => void remove()} />}
      </div>
      <ol className="edit-list">
        {value.stages.map((stage, index) => (
          <li key={stage.key}>
            <input className="input" value={stage.name} maxLength={80} aria-label={t('salesSettings.pipelines.stageName', { index: index + 1 })} onChange={(event) => setStage(stage.key, { name: event.target.value })} />
            <input className="input input-amount" value={stage.probability} inputMode="numeric" maxLength={3} aria-label={t('salesSettings.pipelines.probability', { index: index + 1 })} onChange={(event) => setStage(stage.key, { probability: event.target.value })} />
            <select className="input select" value={stage.kind} aria-label={t('salesSettings.pipelines.kind', { index: index + 1 })} onChange={(event) => setStage(stage.key, { kind: event.target.value as StageKind })}>
              {stageKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`salesSettings.pipelines.kinds.${kind}`)}
                </option>
              ))}
            </select>
            <IconButton size="sm" label={t('salesSettings.moveUp')} icon={<ArrowUp size={14} />} disabled={index === 0} onClick={() => setValue({ ...value, stages: moved(value.stages, index, -1) })} />
            <IconButton size="sm" label={t('salesSettings.moveDown')} icon={<ArrowDown size={14} />} disabled={index === value.stages.length - 1} onClick={() => setValue({ ...value, stages: moved(value.stages, index, 1) })} />
            <IconButton size="sm" label={t('salesSettings.remove')} icon={<X size={14} />} onClick={() => setValue({ ...value, stages: value.stages.filter((other) => other.key !== stage.key) })} />
          </li>
        ))}
      </ol>
      <div className="pipeline-editor-actions">
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setValue({ ...value, stages: [...value.stages, { key: rowKey(), name: '', probability: '50', kind: 'open' }] })}>
          {t('salesSettings.pipelines.addStage')}
        </Button>
        <Button size="sm" variant="primary" onClick={() => void save()} busy={busy} data-testid="save-pipeline">
          {t('common.save')}
        </Button>
      </div>
    </div>
  );
}

/** Pipelines and their stages, in order, with each stage's default probability and kind. */
export function PipelinesSection() {
  const { t } = useTranslation();
  const [pipelines, setPipelines] = useState<Pipeline[] | null>(null);
  const [adding, setAdding] = useState(false);
  const load = () => invoke('pipelines.list', {}).then(setPipelines, notifyError);
  useEffect(() => {
    void load();
  }, []);
  const saved = () => {
    setAdding(false);
    void load();
    scheduleRefresh('pipeline');
    notify(t('salesSettings.saved'));
  };
  if (!pipelines) return null;
  return (
    <Card
      title={t('salesSettings.pipelines.title')}
      testId="settings-pipelines"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setAdding(true)} disabled={adding}>
          {t('salesSettings.pipelines.add')}
        </Button>
      }
    >
      {pipelines.map((pipeline) => (
        <PipelineEditor key={`${pipeline.id}:${pipeline.stages.map((stage) => stage.id).join()}`} draft={draftOf(pipeline)} onSaved={saved} />
      ))}
      {adding && (
        <PipelineEditor
          draft={{ name: '', stages: [{ key: rowKey(), name: '', probability: '10', kind: 'open' }, { key: rowKey(), name: '', probability: '100', kind: 'won' }, { key: rowKey(), name: '', probability: '0', kind: 'lost' }] }}
          onSaved={saved}
        />
      )}
    </Card>
  );
}
