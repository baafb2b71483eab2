import { useTranslation } from 'react-i18next';
import { exclusionReasons, type MailMergeRecipients } from '../../../src-shared/domain/mail-merge';

type RecipientsSummaryProps = {
  /** Where the recipients come from, in words. */
  sourceLabel: string;
  recipients: MailMergeRecipients | null;
  labels: boolean;
  /** Why the list cannot be merged (too many contacts), in the core's words. */
  refusal: string | null;
};

/** Who will get a letter (or a label), and who is left out and why. */
export function RecipientsSummary({ sourceLabel, recipients, labels, refusal }: RecipientsSummaryProps) {
  const { t } = useTranslation();
  const excluded = recipients ? recipients.excluded.refusedMail + recipients.excluded.noAddress : 0;
  const unnamed = recipients ? excluded - recipients.excludedContacts.length : 0;
  return (
    <section className="merge-section" aria-live="polite" data-testid="merge-recipients">
      <h3 className="merge-section-title">{t('mailMerge.dialog.recipients')}</h3>
      <p className="muted">{sourceLabel}</p>
      {refusal ? (
        <div className="form-error" role="alert" data-testid="merge-source-refusal">
          {refusal}
        </div>
      ) : recipients === null ? (
        <p className="faint">{t('mailMerge.dialog.counting')}</p>
      ) : (
        <>
          <p data-testid="merge-letter-count">
            <strong>{t(labels ? 'mailMerge.dialog.labels' : 'mailMerge.dialog.letters', { count: recipients.letters })}</strong>
          </p>
          {excluded > 0 && (
            <details className="merge-excluded" data-testid="merge-excluded">
              <summary>
                {t('mailMerge.dialog.excluded', { count: excluded })} —{' '}
                {exclusionReasons
                  .filter((reason) => recipients.excluded[reason] > 0)
                  .map((reason) => t(`mailMerge.dialog.excludedCount.${reason}`, { count: recipients.excluded[reason] }))
                  .join(', ')}
              </summary>
              <ul>
                {recipients.excludedContacts.map((contact) => (
                  <li key={contact.id}>
                    <a href={`#/contacts/${contact.id}`}>{contact.name || t('contacts.noName')}</a> <span className="faint">— {t(`mailMerge.dialog.reason.${contact.reason}`)}</span>
                  </li>
                ))}
                {unnamed > 0 && <li className="faint">{t('mailMerge.dialog.moreExcluded', { count: unnamed })}</li>}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
