import type { ApiHandlers } from '../../core/dispatch';
import { dismissReminder, pendingReminders, snoozeReminder } from './service';

export const reminderHandlers = {
  'reminders.pending': (_input, { core }) => pendingReminders(core),
  'reminders.dismiss': (input, { core }) => dismissReminder(core, input),
  'reminders.snooze': (input, { core }) => snoozeReminder(core, input),
} satisfies Partial<ApiHandlers>;
