import { Building2, CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeglectedAccount } from '../../../src-shared/domain/activities';
import { IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { NextStepButton } from '../../components/timeline/NextStepButton';
import { RelativeTime } from '../../components/RelativeTime';
import { recordHash } from '../../lib/routes';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { useTodayStore } from '../../stores/today-store';
import { neglectedDaysOf } from './today-moments';

/** "Sans activité depuis [30] jours": the number is edited in place and kept in the profile (a new value remounts it). */
function NeglectedDays({ days }: { days: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(days));
  const commit = () => {
    const value = neglectedDaysOf(text);
    if (value === null) setText(String(days));
    else void useTodayStore.getState().setNeglectedDays(value);
  };
  return (
    <label className="neglected-days muted small">
      {t('activities.today.neglectedIntro')}
      <input
        className="input neglected-days-input"
        type="number"
        min={1}
        max={3650}
        inputMode="numeric"
        value={text}
        aria-label={t('activities.today.neglectedDaysLabel')}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape' && text !== String(days)) {
            event.stopPropagation();
            setText(String(days));
          }
        }}
        data-testid="neglected-days"
      />
      {t('activities.today.days')}
    </label>
  );
}

/** Companies of the user nobody has been in touch with for N days, the longest silent first. */
export function NeglectedCard({ accounts, days }: { accounts: readonly NeglectedAccount[]; days: number }) {
  const { t } = useTranslation();
  return (
    <Card title={t('activities.today.neglected')} count={accounts.length} testId="today-neglected" actions={<NeglectedDays key={days} days={days} />}>
      {accounts.length === 0 ? (
        <p className="faint">{t('activities.today.noNeglected', { count: days })}</p>
      ) : (
        <ul className="today-list">
          {accounts.map((account) => {
            const record = { id: account.id, name: account.name };
            const links = account.entity === 'company' ? { contact: null, company: record, deal: null } : { contact: record, company: null, deal: null };
            return (
              <li key={`${account.entity}:${account.id}`} className="today-line" data-testid="today-neglected-account">
                <Building2 size={14} aria-hidden="true" className="faint" />
                <div className="today-line-main">
                  <a href={recordHash(account.entity, account.id)} className="today-subject">
                    {account.name}
                  </a>
                  <span className="today-line-meta muted small">
                    {account.lastActivityAt ? (
                      <span>
                        {t('activities.today.lastActivity')} <RelativeTime iso={account.lastActivityAt} />
                      </span>
                    ) : (
                      t('activities.today.neverContacted')
                    )}
                  </span>
                </div>
                <IconButton
                  size="sm"
                  label={t('activities.planFor', { name: account.name })}
                  icon={<CalendarPlus size={14} />}
                  onClick={() => openActivityDialog({ kind: 'task', contactId: links.contact?.id ?? null, companyId: links.company?.id ?? null })}
                />
                <NextStepButton links={links} name={account.name} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
