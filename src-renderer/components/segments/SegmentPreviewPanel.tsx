import { useTranslation } from 'react-i18next';
import type { SegmentEntity } from '../../../src-shared/domain/segments/types';
import { errorMessage } from '../../i18n/error-message';
import type { PreviewState } from '../../stores/segment-builder-store';

/** The live count while building: how many records match now, and the first of them by name. */
export function SegmentPreviewPanel({ entity, preview }: { entity: SegmentEntity; preview: PreviewState }) {
  const { t } = useTranslation();
  const shown = preview.status === 'ready' ? preview.result : preview.status === 'counting' ? preview.last : null;
  let line: string;
  if (preview.status === 'invalid') line = t('segmentBuilder.preview.invalid');
  else if (preview.status === 'failed') line = errorMessage(t, preview.error);
  else if (shown) line = t(`segmentBuilder.preview.count.${entity}`, { count: shown.count });
  else line = t('segmentBuilder.preview.counting');
  return (
    <section className={`segment-preview segment-preview-${preview.status}`} aria-label={t('segmentBuilder.preview.title')}>
      <p className="segment-preview-count" aria-live="polite" aria-busy={preview.status === 'counting'} data-testid="segment-preview-count" data-status={preview.status}>
        {line}
      </p>
      {shown && preview.status !== 'invalid' && preview.status !== 'failed' && shown.records.length > 0 && (
        <ul className="segment-preview-records" aria-label={t('segmentBuilder.preview.first')}>
          {shown.records.map((record) => (
            <li key={record.id} className="truncate">
              {record.name}
            </li>
          ))}
          {shown.count > shown.records.length && <li className="faint">{t('segmentBuilder.preview.more', { count: shown.count - shown.records.length })}</li>}
        </ul>
      )}
    </section>
  );
}
