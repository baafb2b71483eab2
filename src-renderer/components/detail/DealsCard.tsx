import { Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { DealListRow } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';
import { formatShortCalendarDate } from '../../lib/format';
import { openEditor } from '../../stores/editor-store';
import { notifyError } from '../../stores/notify-error';
import { usePipelineStore } from '../../stores/pipeline-store';
import { Button } from '../Button';
import { Card, CardList } from './Card';

type DealsCardProps = { of: { companyId: string } | { contactId: string }; record: { id: string; name: string } };

/** The deals of a company or a contact, open ones first; a new deal starts from here already linked. */
export function DealsCard({ of, record }: DealsCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [deals, setDeals] = useState<DealListRow[] | null>(null);
  const [total, setTotal] = useState(0);
  const version = usePipelineStore((state) => state.dealsVersion);
  const filterKey = JSON.stringify(of);

  useEffect(() => {
    let current = true;
    invoke('deals.list', { limit: 50, sort: { field: 'expectedClose', dir: 'asc' }, filters: { ...(JSON.parse(filterKey) as typeof of), deleted: false } }).then(
      (page) => {
        if (!current) return;
        const order = { open: 0, won: 1, lost: 2 } as const;
        setDeals([...page.rows].sort((a, b) => order[a.stageKind] - order[b.stageKind]));
        setTotal(page.total ?? page.rows.length);
      },
      (error: unknown) => current && notifyError(error),
    );
    return () => {
      current = false;
    };
  }, [filterKey, version]);

  const start = 'companyId' in of ? { company: record } : { contact: record };
  return (
    <Card
      title={t('sales.deals.title')}
      count={total}
      testId="deals-card"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => openEditor({ kind: 'deal', ...start })} data-testid="new-deal-here">
          {t('sales.deals.new')}
        </Button>
      }
    >
      {deals === null ? (
        <p className="faint">{t('common.loading')}</p>
      ) : (
        <CardList items={deals} empty={t('sales.detail.noDeals')}>
          {(deal) => (
            <li key={deal.id} className="deal-line">
              <a href={`#/deals/${deal.id}`}>{deal.title}</a>
              <span className={`stage-pill stage-pill-${deal.stageKind}`}>{deal.stageName}</span>
              <span className="muted small">
                {formatMoney(lang, deal.amountMinor, deal.currency)}
                {deal.expectedClose && ` · ${formatShortCalendarDate(lang, deal.expectedClose)}`}
              </span>
            </li>
          )}
        </CardList>
      )}
    </Card>
  );
}
