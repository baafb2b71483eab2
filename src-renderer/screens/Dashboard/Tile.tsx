import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListLink } from '../../../src-shared/domain/reports/types';
import { openListLink } from '../../lib/open-list-link';

type TileProps = { title: string; link: ListLink; testId: string; figure: ReactNode; children?: ReactNode; extra?: ReactNode };

/** One indicator: its figure and details open the list behind it; `extra` holds its own links. */
export function Tile({ title, link, testId, figure, children, extra }: TileProps) {
  const { t } = useTranslation();
  return (
    <article className="dash-tile" aria-label={title} data-testid={testId}>
      <button type="button" className="dash-tile-main" onClick={() => openListLink(link)} title={t('dashboard.open', { title })} data-testid={`${testId}-open`}>
        <h2 className="dash-tile-title">{title}</h2>
        <span className="dash-figure" data-testid={`${testId}-figure`}>
          {figure}
        </span>
        {children}
      </button>
      {extra}
    </article>
  );
}

/** How far along a target: a bar filled to the ratio (capped at full), its percentage read out. */
export function Gauge({ ratio, label, text }: { ratio: number; label: string; text: string }) {
  const percent = Math.round(ratio * 100);
  return (
    <span className="dash-gauge" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.min(percent, 100)} aria-valuetext={text}>
      <span className={`dash-gauge-fill ${ratio >= 1 ? 'dash-gauge-reached' : ''}`} style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
    </span>
  );
}
