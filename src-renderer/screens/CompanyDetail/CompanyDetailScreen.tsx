import { Building2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { Button } from '../../components/Button';
import { DetailHeader } from '../../components/detail/DetailHeader';
import { EmptyState } from '../../components/EmptyState';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import { Tabs } from '../../components/Tabs';
import { errorMessage } from '../../i18n/error-message';
import { deleteCompanies } from '../../stores/company-actions';
import { useCompanyDetailStore } from '../../stores/detail-stores';
import { openEditor } from '../../stores/editor-store';
import { navigate } from '../../stores/router-store';
import { CompanyOverview } from './CompanyOverview';

type Tab = 'overview' | 'history';

function Subtitle({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  const size = companySizes.find((value) => value === company.size);
  const city = company.addresses[0]?.city ?? null;
  const parts = [company.industry, size ? t(`enums.companySize.${size}`) : null, city].filter(Boolean);
  return <span>{parts.join(' · ')}</span>;
}

/** One company: its fields, contacts, group and tags, and its history. */
export function CompanyDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { record: company, status, error, history, historyError } = useCompanyDetailStore();
  const [tab, setTab] = useState<Tab>('overview');

  useEffect(() => {
    useCompanyDetailStore.getState().open(id);
  }, [id]);

  useEffect(() => {
    if (tab === 'history') void useCompanyDetailStore.getState().loadHistory();
  }, [tab, id]);

  if (status === 'missing') {
    return (
      <EmptyState
        icon={<Building2 size={36} />}
        title={t('detail.notFound')}
        actions={<Button onClick={() => navigate({ name: 'companies' })}>{t('detail.backToList')}</Button>}
      />
    );
  }
  if (status === 'failed') {
    return (
      <EmptyState
        title={t('errors.title')}
        body={errorMessage(t, error)}
        actions={<Button onClick={() => void useCompanyDetailStore.getState().reload()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!company || company.id !== id) return <div className="screen-loading muted">{t('common.loading')}</div>;

  const title = company.name;
  const remove = async () => {
    const done = await deleteCompanies([company.id], { afterUndo: () => navigate({ name: 'company', id: company.id }) });
    if (done) navigate({ name: 'companies' }, { replace: true });
  };

  return (
    <section className="screen detail-screen" aria-label={title} data-testid="company-detail">
      <DetailHeader
        backHref="#/companies"
        backLabel={t('companies.title')}
        title={title}
        square
        subtitle={<Subtitle company={company} />}
        createdAt={company.createdAt}
        updatedAt={company.updatedAt}
        deleteLabel={t('common.delete')}
        onEdit={() => openEditor({ kind: 'company', id: company.id })}
        onDelete={() => void remove()}
      />
      <Tabs
        idBase="company"
        label={title}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'overview', label: t('detail.overview') },
          { key: 'history', label: t('detail.history') },
        ]}
      />
      <div className="detail-body" role="tabpanel" id={`company-panel-${tab}`} aria-labelledby={`company-tab-${tab}`}>
        {tab === 'overview' ? (
          <CompanyOverview company={company} />
        ) : (
          <HistoryPanel entity="company" entries={history} error={historyError} onRetry={() => void useCompanyDetailStore.getState().loadHistory()} />
        )}
      </div>
    </section>
  );
}
