import { AlarmClock, Briefcase, Building2, CalendarClock, CheckSquare, MapPin, Phone, User, X, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind, DueReminder } from '../../src-shared/domain/activities';
import { Button, IconButton } from '../components/Button';
import { useNow } from '../components/use-now';
import { useLanguage } from '../i18n/use-language';
import { formatDateTime } from '../lib/format';
import { useRemindersStore } from '../stores/reminders-store';
import { openReminderActivity, openReminderRecord } from './open-reminder';
import { reminderLead, reminderRecord, reminderWhen } from './reminder-text';

const kindIcons: Record<ActivityKind, LucideIcon> = {
  task: CheckSquare,
  call: Phone,
  meeting: CalendarClock,
  visit: MapPin,
  note: CalendarClock,
  email: CalendarClock,
};
const recordIcons = { deal: Briefcase, contact: User, company: Building2 } as const;

/** Snooze choices, in minutes. */
const snoozes = [
  { minutes: 5, label: 'reminders.snoozeFor.m5' },
  { minutes: 15, label: 'reminders.snoozeFor.m15' },
  { minutes: 60, label: 'reminders.snoozeFor.h1' },
  { minutes: 24 * 60, label: 'reminders.snoozeFor.d1' },
] as const;

/** One reminder: what, when, where, about whom; snooze (for how long, in the card), open, dismiss. */
export function ReminderCard({ reminder }: { reminder: DueReminder }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const now = new Date(useNow());
  const record = reminderRecord(reminder);
  const KindIcon = kindIcons[reminder.kind];
  const RecordIcon = record ? recordIcons[record.entity] : null;
  const headingId = `reminder-${reminder.activityId}-${reminder.occurrenceKey ?? ''}`;
  const [choosingSnooze, setChoosingSnooze] = useState(false);
  return (
    <article className={`reminder-card${reminder.missed ? ' reminder-card-missed' : ''}`} aria-labelledby={headingId} data-testid="reminder-card">
      <div className="reminder-card-head">
        <span className={`reminder-kind reminder-kind-${reminder.kind}`} aria-hidden="true">
          <KindIcon size={16} />
        </span>
        <h3 id={headingId} className="reminder-subject">
          {reminder.subject}
        </h3>
        {reminder.missed && (
          <span className="reminder-missed" title={t('reminders.missedTitle')} data-testid="reminder-missed">
            {t('reminders.missed')}
          </span>
        )}
      </div>
      <p className="reminder-when">
        <time dateTime={reminder.startsAt} title={reminder.allDay ? undefined : formatDateTime(lang, reminder.startsAt)}>
          {reminderLead(lang, reminder, now)}
          {' · '}
          {reminderWhen(lang, reminder, now)}
        </time>
      </p>
      {(reminder.location || record) && (
        <p className="reminder-meta">
          {reminder.location && (
            <span className="reminder-meta-item">
              <MapPin size={13} aria-hidden="true" />
              <span className="truncate">{reminder.location}</span>
            </span>
          )}
          {record && RecordIcon && (
            <button type="button" className="reminder-meta-item reminder-record" onClick={() => openReminderRecord(reminder)} aria-label={t('reminders.openLabel', { name: record.name })}>
              <RecordIcon size={13} aria-hidden="true" />
              <span className="truncate">{record.name}</span>
            </button>
          )}
        </p>
      )}
      {choosingSnooze ? (
        <div className="reminder-actions" role="group" aria-label={t('reminders.snoozeLabel', { subject: reminder.subject })}>
          <span className="reminder-snooze-label">{t('reminders.snoozeFor.label')}</span>
          {snoozes.map((choice, index) => (
            <Button
              key={choice.minutes}
              size="sm"
              autoFocus={index === 0}
              onClick={() => void useRemindersStore.getState().snooze(reminder, choice.minutes)}
              data-testid="reminder-snooze-choice"
            >
              {t(choice.label)}
            </Button>
          ))}
          <IconButton size="sm" label={t('common.cancel')} icon={<X size={14} />} onClick={() => setChoosingSnooze(false)} />
        </div>
      ) : (
        <div className="reminder-actions">
          <Button size="sm" icon={<AlarmClock size={14} aria-hidden="true" />} onClick={() => setChoosingSnooze(true)} data-testid="reminder-snooze">
            {t('reminders.snooze')}
          </Button>
          <Button size="sm" onClick={() => openReminderActivity(reminder)}>
            {t('reminders.open')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={t('reminders.dismissLabel', { subject: reminder.subject })}
            onClick={() => void useRemindersStore.getState().dismiss(reminder)}
          >
            {t('reminders.dismiss')}
          </Button>
        </div>
      )}
    </article>
  );
}
