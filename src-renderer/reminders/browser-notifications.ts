import i18next from 'i18next';
import type { DueReminder } from '../../src-shared/domain/activities';
import { currentLanguage } from '../i18n/setup';
import { reminderKey } from '../stores/reminders-store';
import { reminderLead, reminderWhen } from './reminder-text';

const askedKey = 'crm.reminders.notificationsAsked';

/** Browser mode only: the desktop app's main process shows its own notifications. */
function available(): boolean {
  return window.crm === undefined && typeof Notification !== 'undefined';
}

/** Whether to offer browser notifications: never asked on this machine, nor answered yet. */
export function canOfferNotifications(): boolean {
  return available() && Notification.permission === 'default' && window.localStorage.getItem(askedKey) === null;
}

/** Asks once, from a click on a reminder card (never on load); remembers that it asked. */
export async function askForNotifications(): Promise<NotificationPermission> {
  window.localStorage.setItem(askedKey, new Date().toISOString());
  return Notification.requestPermission();
}

/**
 * A browser notification for a reminder, when allowed and the user is not looking at the page
 * (the card shows there). A click brings the tab forward and opens the activity.
 */
export function notifyInBrowser(reminder: DueReminder, open: (reminder: DueReminder) => void): void {
  if (!available() || Notification.permission !== 'granted' || (document.visibilityState === 'visible' && document.hasFocus())) return;
  const lang = currentLanguage();
  const now = new Date();
  const body = [reminderLead(lang, reminder, now), reminderWhen(lang, reminder, now), reminder.location].filter(Boolean).join(' · ');
  const notification = new Notification(reminder.subject, {
    body: reminder.missed ? `${i18next.t('reminders.missed')} · ${body}` : body,
    tag: reminderKey(reminder),
  });
  notification.onclick = () => {
    window.focus();
    notification.close();
    open(reminder);
  };
}
