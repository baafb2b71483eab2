import type { Notification as ElectronNotification, NotificationConstructorOptions } from 'electron';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
import type { DueReminder } from '../../src-shared/domain/activities';
import { localeOf, translate, type Language } from '../../src-shared/i18n';
import type { EventListener } from '../core/events';

/** What the notifier needs of a desktop notification (a fake stands in for Electron's in tests). */
export type DesktopNotification = { show: () => void; close: () => void; onClick: (listener: () => void) => void; onClose: (listener: () => void) => void };
export type DesktopNotifications = { isSupported: () => boolean; create: (options: { title: string; body: string }) => DesktopNotification };

/** Electron's `Notification` behind that seam. */
export function electronNotifications(NotificationClass: {
  new (options?: NotificationConstructorOptions): ElectronNotification;
  isSupported(): boolean;
}): DesktopNotifications {
  return {
    isSupported: () => NotificationClass.isSupported(),
    create: (options) => {
      const notification = new NotificationClass({ ...options, silent: false });
      return {
        show: () => notification.show(),
        close: () => notification.close(),
        onClick: (listener) => notification.on('click', () => listener()),
        onClose: (listener) => notification.on('close', () => listener()),
      };
    },
  };
}

export type ReminderNotifierOptions = {
  notifications: DesktopNotifications;
  /** The interface language, read when a reminder shows (the user may have switched). */
  language: () => Language;
  /** The window shows the reminder itself when the user is looking at it. */
  windowFocused: () => boolean;
  /** A click: bring the window forward and open what the reminder is about (null: several reminders). */
  open: (reminder: DueReminder | null) => void;
  /** The zone times are written in; the computer's by default. */
  timeZone?: string;
  now?: () => number;
  /** Reminders arriving together are shown together (at start, after sleep). */
  batch?: (run: () => void) => void;
};

/** More reminders at once than this show as one notification that lists them. */
const MAX_SEPARATE = 3;

function dayNumber(ms: number, timeZone: string): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/** "Réunion · aujourd’hui à 14:30 · Lyon" in the user's language and zone. */
export function reminderDetails(reminder: DueReminder, lang: Language, timeZone: string, nowMs: number): string {
  const locale = localeOf[lang];
  const startMs = Date.parse(reminder.startsAt);
  let when: string;
  if (reminder.allDay) {
    const date = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(startMs);
    when = translate(lang, 'reminders.when.allDay', { date });
  } else {
    const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(startMs);
    const days = dayNumber(startMs, timeZone) - dayNumber(nowMs, timeZone);
    const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(startMs);
    when = translate(lang, days === 0 ? 'reminders.when.today' : days === 1 ? 'reminders.when.tomorrow' : 'reminders.when.other', { time, date });
  }
  const details = [translate(lang, `activities.kind.${reminder.kind}`), when, reminder.location].filter((part) => part && part.trim() !== '').join(' · ');
  return reminder.missed ? translate(lang, 'reminders.desktop.missed', { details }) : details;
}

/**
 * Desktop notifications for reminders (the window shows its own cards too). A click brings the
 * window forward and opens the record; a burst (what was missed while the app was closed) is
 * one notification rather than a pile. Notifications are kept referenced until closed, or
 * their click would be lost.
 */
export function createReminderNotifier(options: ReminderNotifierOptions) {
  const live = new Set<DesktopNotification>();
  const batch = options.batch ?? queueMicrotask;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  let waiting: DueReminder[] = [];

  function display(title: string, body: string, reminder: DueReminder | null): void {
    const notification = options.notifications.create({ title, body });
    live.add(notification);
    notification.onClick(() => {
      live.delete(notification);
      options.open(reminder);
    });
    notification.onClose(() => live.delete(notification));
    notification.show();
  }

  function flush(): void {
    const reminders = waiting;
    waiting = [];
    if (reminders.length === 0 || options.windowFocused() || !options.notifications.isSupported()) return;
    const lang = options.language();
    const nowMs = (options.now ?? Date.now)();
    if (reminders.length <= MAX_SEPARATE) {
      for (const reminder of reminders) display(reminder.subject, reminderDetails(reminder, lang, timeZone, nowMs), reminder);
      return;
    }
    const missed = reminders.filter((reminder) => reminder.missed).length;
    const title = [translate(lang, 'reminders.desktop.several', { count: reminders.length }), missed > 0 ? translate(lang, 'reminders.desktop.missedSeveral', { count: missed }) : '']
      .filter(Boolean)
      .join(', ');
    display(title, reminders.map((reminder) => reminder.subject).join(' · '), null);
  }

  return {
    show(reminder: DueReminder): void {
      waiting.push(reminder);
      if (waiting.length === 1) batch(flush);
    },
    /** At quit: nothing stays on screen pointing at a closed app. */
    closeAll(): void {
      for (const notification of live) notification.close();
      live.clear();
    },
  };
}

export type ReminderNotifier = ReturnType<typeof createReminderNotifier>;

/** Shows every `reminder.due` the core announces; returns the function that stops. */
export function showRemindersOnDesktop(events: { subscribe: (listener: EventListener) => () => void }, notifier: ReminderNotifier): () => void {
  return events.subscribe(<E extends ApiEventName>(name: E, payload: ApiEvents[E]) => {
    if (name === 'reminder.due') notifier.show(payload as ApiEvents['reminder.due']);
  });
}
