import i18next from 'i18next';
import type { DueReminder } from '../../src-shared/domain/activities';
import { localeOf, type Language } from '../../src-shared/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(localeOf[lang], options);
    formats.set(key, found);
  }
  return found;
}

const dayOf = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;

/** When the activity is: "aujourd’hui à 14:30", "demain à 09:00", "jeudi 25 mars à 10:00", "jeudi 25 mars, toute la journée". */
export function reminderWhen(lang: Language, reminder: DueReminder, now: Date): string {
  const t = i18next.getFixedT(lang);
  const start = new Date(reminder.startsAt);
  if (reminder.allDay) {
    // An all-day activity is a date: read it as written, whatever the zone.
    const date = format(lang, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(start);
    return t('reminders.when.allDay', { date });
  }
  const time = format(lang, { hour: '2-digit', minute: '2-digit' }).format(start);
  const days = dayOf(start) - dayOf(now);
  const date = format(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(start);
  return t(days === 0 ? 'reminders.when.today' : days === 1 ? 'reminders.when.tomorrow' : 'reminders.when.other', { time, date });
}

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();

/** "dans 15 minutes", "dans 2 heures", "demain", "il y a 5 minutes": how far a start is, rounded up while ahead. */
export function startsIn(lang: Language, startMs: number, nowMs: number): string | null {
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(localeOf[lang], { numeric: 'auto' });
    relativeFormats.set(lang, format);
  }
  const diff = startMs - nowMs;
  const minutes = diff > 0 ? Math.ceil(diff / 60_000) : Math.trunc(diff / 60_000);
  if (minutes === 0) return null;
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

/** "Réunion dans 15 minutes", "Réunion maintenant" (timed), or the kind alone (all-day). */
export function reminderLead(lang: Language, reminder: DueReminder, now: Date): string {
  const t = i18next.getFixedT(lang);
  const kind = t(`activities.kind.${reminder.kind}`);
  if (reminder.allDay) return kind;
  const relative = startsIn(lang, Date.parse(reminder.startsAt), now.getTime());
  return relative === null ? t('reminders.startsNow', { kind }) : t('reminders.startsIn', { kind, relative });
}

/** The record a reminder is about, to open from it: the deal, else the contact, else the company. */
export function reminderRecord(reminder: DueReminder): { entity: 'deal' | 'contact' | 'company'; id: string; name: string } | null {
  if (reminder.deal) return { entity: 'deal', ...reminder.deal };
  if (reminder.contact) return { entity: 'contact', ...reminder.contact };
  if (reminder.company) return { entity: 'company', ...reminder.company };
  return null;
}
