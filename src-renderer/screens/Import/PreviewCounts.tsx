import { useTranslation } from 'react-i18next';
import type { ImportCounts } from '../../../src-shared/domain/imports';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';

const kinds = ['create', 'update', 'unchanged', 'skip', 'invalid'] as const;

/** How many rows would create, update, leave alone, skip, or be refused. */
export function PreviewCounts({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div className="import-counts" data-testid="import-counts">
      <p className="muted" data-testid="import-count-rows">
        {t('importWizard.preview.rows', { count: counts.rows })}
      </p>
      <dl className="import-count-tiles">
        {kinds.map((kind) => (
          <div key={kind} className={`import-count import-count-${kind} ${counts[kind] === 0 ? 'import-count-zero' : ''}`} data-testid={`import-count-${kind}`}>
            <dt>{t(`importWizard.preview.count.${kind}`)}</dt>
            <dd>{formatNumber(lang, counts[kind])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
