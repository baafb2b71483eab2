import { describe, expect, it } from 'vitest';
import { createReminderNotifier, reminderDetails, showRemindersOnDesktop, type DesktopNotifications } from '../../../../src-main/app/reminder-notifications';
import { EventBus } from '../../../../src-main/core/events';
import type { DueReminder } from '../../../../src-shared/domain/activities';

/** Stands in for Electron's Notification: records what was shown, lets the test click or close. */
function fakeNotifications(supported = true) {
  type Shown = { title: string; body: string; click: () => void; close: () => void; closed: boolean };
  const shown: Shown[] = [];
  const notifications: DesktopNotifications = {
    isSupported: () => supported,
    create: ({ title, body }) => {
      const entry: Shown = { title, body, click: () => undefined, close: () => undefined, closed: false };
      return {
        show: () => shown.push(entry),
        close: () => {
          entry.closed = true;
          entry.close();
        },
        onClick: (listener) => (entry.click = listener),
        onClose: (listener) => (entry.close = listener),
      };
    },
  };
  return { notifications, shown };
}

const NOW = Date.parse('2027-03-22T12:00:00.000Z');

function reminder(overrides: Partial<DueReminder> = {}): DueReminder {
  return {
    activityId: '0190aaaa-0000-7000-8000-000000000001',
    occurrenceKey: null,
    kind: 'meeting',
    subject: 'Comité Dupont',
    startsAt: '2027-03-22T13:30:00.000Z',
    allDay: false,
    remindAt: '2027-03-22T13:15:00.000Z',
    location: 'Lyon',
    contact: null,
    company: { id: '0190aaaa-0000-7000-8000-000000000002', name: 'Dupont SA' },
    deal: null,
    missed: false,
    ...overrides,
  };
}

/** Runs batched work when the test says so. */
function manualBatch() {
  const queued: (() => void)[] = [];
  return { batch: (run: () => void) => queued.push(run), flush: () => queued.splice(0).forEach((run) => run()) };
}

function setUp(options: { focused?: boolean; supported?: boolean; language?: 'fr' | 'en' } = {}) {
  const fake = fakeNotifications(options.supported ?? true);
  const opened: (DueReminder | null)[] = [];
  const batching = manualBatch();
  const notifier = createReminderNotifier({
    notifications: fake.notifications,
    language: () => options.language ?? 'fr',
    windowFocused: () => options.focused ?? false,
    open: (opening) => opened.push(opening),
    timeZone: 'Europe/Paris',
    now: () => NOW,
    batch: batching.batch,
  });
  return { ...fake, opened, notifier, flush: batching.flush };
}

describe('desktop notifications for reminders', () => {
  it('shows a reminder with its kind, time and place in the user’s language; a click opens its record', () => {
    const { notifier, shown, opened, flush } = setUp();
    notifier.show(reminder());
    flush();
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([{ title: 'Comité Dupont', body: 'Rendez-vous · aujourd’hui à 14:30 · Lyon' }]);
    shown[0]?.click();
    expect(opened).toEqual([reminder()]);
  });

  it('writes English, tomorrow, all-day and missed reminders as such', () => {
    expect(reminderDetails(reminder({ startsAt: '2027-03-23T08:00:00.000Z', location: null }), 'en', 'Europe/Paris', NOW)).toBe('Meeting · tomorrow at 09:00');
    expect(reminderDetails(reminder({ kind: 'task', allDay: true, startsAt: '2027-03-25T00:00:00.000Z', location: null }), 'fr', 'Europe/Paris', NOW)).toBe(
      'Tâche · jeudi 25 mars, toute la journée',
    );
    expect(reminderDetails(reminder({ missed: true, startsAt: '2027-03-29T07:00:00.000Z' }), 'en', 'Europe/Paris', NOW)).toBe('Missed · Meeting · Monday 29 March at 09:00 · Lyon');
  });

  it('gathers a burst of reminders (missed while the app was closed) into one notification', () => {
    const { notifier, shown, opened, flush } = setUp({ language: 'en' });
    for (const subject of ['A', 'B', 'C', 'D']) notifier.show(reminder({ subject, missed: subject !== 'D' }));
    flush();
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([{ title: '4 reminders, 3 of them missed', body: 'A · B · C · D' }]);
    shown[0]?.click();
    expect(opened).toEqual([null]);
  });

  it('stays quiet while the window has the focus (it shows its own card), or where the system has no notifications', () => {
    for (const options of [{ focused: true }, { supported: false }]) {
      const { notifier, shown, flush } = setUp(options);
      notifier.show(reminder());
      flush();
      expect(shown).toEqual([]);
    }
  });

  it('closes what is still on screen when the app quits', () => {
    const { notifier, shown, flush } = setUp();
    notifier.show(reminder({ subject: 'A' }));
    notifier.show(reminder({ subject: 'B' }));
    flush();
    shown[0]?.click();
    notifier.closeAll();
    expect(shown.map((entry) => [entry.title, entry.closed])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('follows the core’s reminder.due events only', () => {
    const { notifier, shown, flush } = setUp();
    const events = new EventBus();
    const stop = showRemindersOnDesktop(events, notifier);
    events.emit('data.changed', { entity: 'activity', ids: ['x'] });
    events.emit('reminder.due', reminder());
    flush();
    stop();
    events.emit('reminder.due', reminder({ subject: 'After stop' }));
    flush();
    expect(shown.map((entry) => entry.title)).toEqual(['Comité Dupont']);
  });
});
