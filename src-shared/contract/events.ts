import type { DueReminder } from '../domain/activities';
import type { SyncStatusInfo } from '../domain/sync';
import type { TaskProgress } from '../domain/tasks';

/** Entities whose changes are announced to the renderer. */
export const entityNames = ['contact', 'company', 'tag', 'view', 'profile', 'team', 'territory', 'deal', 'pipeline', 'lostReason', 'exchangeRate', 'officeSetting', 'product', 'priceList', 'quote', 'activity', 'segment', 'target'] as const;
export type EntityName = (typeof entityNames)[number];

/** Events pushed from the core to the renderer (Electron channel or browser-mode stream). */
export const appCommands = ['new-contact', 'new-company', 'search', 'settings', 'contacts', 'companies'] as const;
export type AppCommand = (typeof appCommands)[number];

export type ApiEvents = {
  'data.changed': { entity: EntityName; ids: string[] };
  'backup.created': { file: string };
  /** A menu item or global shortcut of the desktop shell asks the UI to do something. */
  'app.command': { command: AppCommand };
  /** The sync state changed (a sync started or ended, local changes pending, a server linked or forgotten). */
  'sync.status': SyncStatusInfo;
  /** A reminder rings (or was missed while the app was closed or the computer asleep). */
  'reminder.due': DueReminder;
  /** The user clicked a reminder's desktop notification: open what it is about. */
  'reminder.open': DueReminder;
  /** Long work under way (import, export, mail merge, duplicates scan) moved on. */
  'task.progress': TaskProgress;
};
export type ApiEventName = keyof ApiEvents;
export const apiEventNames = ['data.changed', 'backup.created', 'app.command', 'sync.status', 'reminder.due', 'reminder.open', 'task.progress'] as const satisfies readonly ApiEventName[];
