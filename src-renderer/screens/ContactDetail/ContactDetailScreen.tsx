import { UserX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { civilities } from '../../../src-shared/contract/inputs/contacts';
import type { ContactDetail } from '../../../src-shared/domain/records';
import { Button } from '../../components/Button';
import { DetailHeader } from '../../components/detail/DetailHeader';
import { EmptyState } from '../../components/EmptyState';
import { HistoryPanel } from '../../components/history/HistoryPanel';
import { Tabs } from '../../components/Tabs';
import { errorMessage } from '../../i18n/error-message';
import { deleteContacts } from '../../stores/contact-actions';
import { useContactDetailStore } from '../../stores/detail-stores';
import { openEditor } from '../../stores/editor-store';
import { navigate } from '../../stores/router-store';
import { ContactOverview } from './ContactOverview';

type Tab = 'overview' | 'history';

function Subtitle({ contact }: { contact: ContactDetail }) {
  const primary = contact.companies.find((link) => link.isPrimary) ?? contact.companies[0];
  return (
    <>
      {contact.jobTitle && <span>{contact.jobTitle}</span>}
      {contact.jobTitle && primary && <span className="faint"> · </span>}
      {primary && <a href={`#/companies/${primary.companyId}`}>{primary.companyName}</a>}
    </>
  );
}

/** One contact: its fields, companies, relations and tags, and its history. */
export function ContactDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { record: contact, status, error, history, historyError } = useContactDetailStore();
  const [tab, setTab] = useState<Tab>('overview');

  useEffect(() => {
    useContactDetailStore.getState().open(id);
  }, [id]);

  useEffect(() => {
    if (tab === 'history') void useContactDetailStore.getState().loadHistory();
  }, [tab, id]);

  if (status === 'missing') {
    return (
      <EmptyState
        icon={<UserX size={36} />}
        title={t('detail.notFound')}
        actions={<Button onClick={() => navigate({ name: 'contacts' })}>{t('detail.backToList')}</Button>}
      />
    );
  }
  if (status === 'failed') {
    return (
      <EmptyState
        title={t('errors.title')}
        body={errorMessage(t, error)}
        actions={<Button onClick={() => void useContactDetailStore.getState().reload()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!contact || contact.id !== id) return <div className="screen-loading muted">{t('common.loading')}</div>;

  const civility = civilities.find((value) => value === contact.civility);
  const title = contact.displayName || t('contacts.noName');
  const remove = async () => {
    const done = await deleteContacts([contact.id], { afterUndo: () => navigate({ name: 'contact', id: contact.id }) });
    if (done) navigate({ name: 'contacts' }, { replace: true });
  };

  return (
    <section className="screen detail-screen" aria-label={title} data-testid="contact-detail">
      <DetailHeader
        backHref="#/contacts"
        backLabel={t('contacts.title')}
        title={civility ? `${t(`enums.civility.${civility}`)} ${title}` : title}
        avatarName={title}
        subtitle={<Subtitle contact={contact} />}
        createdAt={contact.createdAt}
        updatedAt={contact.updatedAt}
        deleteLabel={t('common.delete')}
        onEdit={() => openEditor({ kind: 'contact', id: contact.id })}
        onDelete={() => void remove()}
      />
      <Tabs
        idBase="contact"
        label={title}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'overview', label: t('detail.overview') },
          { key: 'history', label: t('detail.history') },
        ]}
      />
      <div className="detail-body" role="tabpanel" id={`contact-panel-${tab}`} aria-labelledby={`contact-tab-${tab}`}>
        {tab === 'overview' ? (
          <ContactOverview contact={contact} />
        ) : (
          <HistoryPanel entity="contact" entries={history} error={historyError} onRetry={() => void useContactDetailStore.getState().loadHistory()} />
        )}
      </div>
    </section>
  );
}
