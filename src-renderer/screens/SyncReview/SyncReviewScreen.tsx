import { ArrowRight, CheckCheck } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncReviewItem } from '../../../src-shared/domain/sync';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { RelativeTime } from '../../components/RelativeTime';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { useReferenceStore } from '../../stores/reference-store';
import { useReviewStore } from '../../stores/review-store';
import { useSyncStore } from '../../stores/sync-store';
import { deviceText, reviewFieldLabel, reviewValueText } from './review-text';
import { recordHash } from '../../lib/routes';

const knownReasons = ['forbidden_table', 'forbidden_row', 'forbidden_field', 'invalid_value', 'clock_ahead', 'unknown_table'] as const;

function Value({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const users = useReferenceStore((state) => state.users);
  const groups = useReferenceStore((state) => state.groups);
  const text = reviewValueText(field, value, { t, lang, users, groups });
  return text === null ? <em className="history-empty">{t('history.emptyValue')}</em> : <span className="pre-wrap">{text}</span>;
}

/** Why it happened, in a sentence: who won and where, or why the server refused. */
function Explanation({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  const name = item.by?.displayName || t('review.someone');
  if (item.kind === 'lost' || item.kind === 'deleted') {
    return <p className="review-explain">{t(`review.explain.${item.kind}`, { name, device: deviceText(t, item.deviceId) })}</p>;
  }
  if (item.kind === 'rejected') {
    const reason = knownReasons.find((known) => known === item.reason);
    return (
      <p className="review-explain">
        <span data-testid="review-reason">{t(reason ? `review.reason.${reason}` : 'review.reason.other')}</span> {t('review.explain.rejected')}{' '}
        <span className="faint">{t('review.dismissHint')}</span>
      </p>
    );
  }
  return (
    <p className="review-explain">
      {t('review.explain.out_of_scope')} <span className="faint">{t('review.dismissHint')}</span>
    </p>
  );
}

function ReviewCard({ item }: { item: SyncReviewItem }) {
  const { t } = useTranslation();
  const resolve = useReviewStore((state) => state.resolve);
  const busy = useReviewStore((state) => state.busy.has(item.id));
  const label = item.recordLabel || t('review.unnamed');
  const showTheirs = item.kind === 'lost';
  return (
    <li className="card review-item" data-testid="review-item" data-kind={item.kind}>
      <header className="review-head">
        <span className={`badge review-kind review-kind-${item.kind}`}>{t(`review.kind.${item.kind}`)}</span>
        <span className="faint">{t(`review.recordKind.${item.recordKind}`)}</span>
        {item.target ? (
          <a href={recordHash(item.target.entity, item.target.id)} className="review-record" data-testid="review-record" title={t('review.openRecord')}>
            {label}
          </a>
        ) : (
          <span className="review-record" data-testid="review-record">
            {label}
          </span>
        )}
        <span className="review-when faint">
          <RelativeTime iso={item.at} />
        </span>
      </header>
      <Explanation item={item} />
      {item.changes.length > 0 && (
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('review.field.name')}</span>
              </th>
              <th scope="col">{t('review.mine')}</th>
              {showTheirs && <th scope="col">{t('review.theirs')}</th>}
            </tr>
          </thead>
          <tbody>
            {item.changes.map((change) => (
              <tr key={change.field} data-testid="review-change">
                <th scope="row" className="review-field">
                  {reviewFieldLabel(t, item.recordKind, change.field)}
                </th>
                <td className="review-mine" data-testid="review-mine">
                  <Value field={change.field} value={change.mine} />
                </td>
                {showTheirs && (
                  <td className="review-theirs" data-testid="review-theirs">
                    <ArrowRight size={12} aria-hidden="true" className="faint review-arrow" />
                    <Value field={change.field} value={change.theirs} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="review-actions">
        {item.choices.includes('mine') ? (
          <>
            <Button size="sm" onClick={() => void resolve(item, 'theirs')} disabled={busy} data-testid="review-keep-theirs">
              {item.kind === 'deleted' ? t('review.keepDeleted') : t('review.keepTheirs')}
            </Button>
            <Button size="sm" variant="primary" onClick={() => void resolve(item, 'mine')} busy={busy} data-testid="review-use-mine">
              {item.kind === 'deleted' ? t('review.restore') : t('review.useMine')}
            </Button>
          </>
        ) : (
          <Button size="sm" onClick={() => void resolve(item, 'theirs')} busy={busy} data-testid="review-dismiss">
            {t('review.dismiss')}
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * Sync review: the local edits sync could not keep as they were — replaced by a newer edit
 * elsewhere, refused by the server, made on a record deleted elsewhere, or on a record no
 * longer shared — each with what the user can do about it.
 */
export function SyncReviewScreen() {
  const { t } = useTranslation();
  const { items, error, load } = useReviewStore();
  const reviewCount = useSyncStore((state) => state.status?.reviewCount);

  // A sync that records new items (or another window settling some) refreshes the list.
  useEffect(() => {
    void load();
  }, [load, reviewCount]);

  return (
    <section className="screen review-screen" aria-label={t('review.title')} data-testid="review-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('review.title')}</h1>
          {items && items.length > 0 && <span className="muted">{t('review.count', { count: items.length })}</span>}
        </div>
      </header>
      <div className="settings-body">
        <div className="settings-column">
          <p className="muted">{t('review.intro')}</p>
          {error && !items ? (
            <div role="alert">
              <p>{errorMessage(t, error)}</p>
              <Button size="sm" onClick={() => void load()}>
                {t('common.retry')}
              </Button>
            </div>
          ) : !items ? (
            <p className="muted">{t('common.loading')}</p>
          ) : items.length === 0 ? (
            <EmptyState icon={<CheckCheck size={28} />} title={t('review.empty')} testId="review-empty" />
          ) : (
            <ol className="review-list" aria-label={t('review.title')}>
              {items.map((item) => (
                <ReviewCard key={item.id} item={item} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
