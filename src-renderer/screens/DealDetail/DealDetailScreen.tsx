import { Handshake } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DealDetail } from '../../../src-shared/domain/sales';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { RecordDetailScreen } from '../../components/detail/RecordDetailScreen';
import { useLanguage } from '../../i18n/use-language';
import { deleteDeals } from '../../stores/deal-actions';
import { useDealDetailStore } from '../../stores/detail-stores';
import { DealOverview } from './DealOverview';

function Subtitle({ deal }: { deal: DealDetail }) {
  const lang = useLanguage();
  const { t } = useTranslation();
  const parts = [deal.companyName, formatMoney(lang, deal.amountMinor, deal.currency), t('sales.percent', { value: deal.probability })].filter(Boolean);
  return <span>{parts.join(' · ')}</span>;
}

/** One deal: where it stands, who is involved, its stage history, and its record history. */
export function DealDetailScreen({ id }: { id: string }) {
  return (
    <RecordDetailScreen
      kind="deal"
      id={id}
      store={useDealDetailStore}
      missingIcon={<Handshake size={36} />}
      title={(deal) => deal.title}
      subtitle={(deal) => <Subtitle deal={deal} />}
      square
      overview={(deal) => <DealOverview deal={deal} />}
      deleteRecords={deleteDeals}
      currency={(deal) => deal.currency}
    />
  );
}
