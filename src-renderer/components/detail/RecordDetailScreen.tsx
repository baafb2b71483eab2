import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message';
import { openEditor } from '../../stores/editor-store';
import type { RecordStore } from '../../stores/record-store';
import { navigate } from '../../stores/router-store';
import { Button } from '../Button';
import { EmptyState } from '../EmptyState';
import { HistoryPanel } from '../history/HistoryPanel';
import { Tabs } from '../Tabs';
import { DetailHeader } from './DetailHeader';

type Tab = 'overview' | 'history';

type ShownRecord = { id: string; deleted: boolean; createdAt: string; updatedAt: string };

type RecordDetailScreenProps<T extends ShownRecord> = {
  kind: 'contact' | 'company' | 'deal';
  id: string;
  store: RecordStore<T>;
  /** Shown when the record does not exist (any more). */
  missingIcon: ReactNode;
  /** How the record is named (page label, tabs, avatar). */
  title: (record: T) => string;
  /** The heading, when it says more than the title (a contact's civility). */
  heading?: (record: T, title: string) => string;
  subtitle: (record: T) => ReactNode;
  /** Companies have a square avatar, people a round one. */
  square?: boolean;
  overview: (record: T) => ReactNode;
  deleteRecords: (ids: string[], options: { afterUndo?: () => void }) => Promise<boolean>;
  /** Amounts in the history are read in this currency (a deal's). */
  currency?: (record: T) => string;
  /** More actions in the header (a Word sheet). */
  actions?: (record: T) => ReactNode;
};

const lists = { contact: 'contacts', company: 'companies', deal: 'deals' } as const;
const listTitles = { contact: 'contacts.title', company: 'companies.title', deal: 'sales.deals.title' } as const;

/** One record: a header with edit and delete, its overview and its history in tabs. */
export function RecordDetailScreen<T extends ShownRecord>(props: RecordDetailScreenProps<T>) {
  const { kind, id, store, missingIcon, title: titleOf, heading, subtitle, square, overview, deleteRecords, currency, actions } = props;
  const list = lists[kind];
  const { t } = useTranslation();
  const { record, status, mergedInto, error, history, historyError } = store();
  const [tab, setTab] = useState<Tab>('overview');

  useEffect(() => {
    store.getState().open(id);
  }, [store, id]);

  useEffect(() => {
    if (tab === 'history') void store.getState().loadHistory();
  }, [store, tab, id]);

  if (status === 'missing' && mergedInto && kind !== 'deal') {
    // Merged into another record (a duplicate): where its details, links and activities went.
    return (
      <EmptyState
        icon={missingIcon}
        title={t('detail.merged')}
        actions={
          <>
            <Button variant="primary" onClick={() => navigate({ name: kind, id: mergedInto })} data-testid="open-survivor">
              {t('detail.openSurvivor')}
            </Button>
            <Button onClick={() => navigate({ name: list })}>{t('detail.backToList')}</Button>
          </>
        }
      />
    );
  }
  if (status === 'missing') {
    return (
      <EmptyState
        icon={missingIcon}
        title={t('detail.notFound')}
        actions={<Button onClick={() => navigate({ name: list })}>{t('detail.backToList')}</Button>}
      />
    );
  }
  if (status === 'failed') {
    return (
      <EmptyState
        title={t('errors.title')}
        body={errorMessage(t, error)}
        actions={<Button onClick={() => void store.getState().reload()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!record || record.id !== id) return <div className="screen-loading muted">{t('common.loading')}</div>;

  const title = titleOf(record);
  const remove = async () => {
    const done = await deleteRecords([record.id], { afterUndo: () => navigate({ name: kind, id: record.id }) });
    if (done) navigate({ name: list }, { replace: true });
  };

  return (
    <section className="screen detail-screen" aria-label={title} data-testid={`${kind}-detail`}>
      <DetailHeader
        backHref={`#/${list}`}
        backLabel={t(listTitles[kind])}
        title={heading ? heading(record, title) : title}
        avatarName={title}
        square={square}
        subtitle={subtitle(record)}
        createdAt={record.createdAt}
        updatedAt={record.updatedAt}
        deleteLabel={t('common.delete')}
        onEdit={() => openEditor({ kind, id: record.id })}
        onDelete={() => void remove()}
        actions={actions?.(record)}
      />
      <Tabs
        idBase={kind}
        label={title}
        active={tab}
        onChange={setTab}
        tabs={[
          { key: 'overview', label: t('detail.overview') },
          { key: 'history', label: t('detail.history') },
        ]}
      />
      <div className="detail-body" role="tabpanel" id={`${kind}-panel-${tab}`} aria-labelledby={`${kind}-tab-${tab}`}>
        {tab === 'overview' ? (
          overview(record)
        ) : (
          <HistoryPanel entity={kind} entries={history} error={historyError} onRetry={() => void store.getState().loadHistory()} currency={currency?.(record)} />
        )}
      </div>
    </section>
  );
}

