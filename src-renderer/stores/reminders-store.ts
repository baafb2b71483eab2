import { create } from 'zustand';
import type { DueReminder } from '../../src-shared/domain/activities';
import { invoke } from '../api/client';
import { notifyError } from './notify-error';

/** One occurrence's reminder: a later reminder of the same occurrence replaces its card. */
export const reminderKey = (reminder: Pick<DueReminder, 'activityId' | 'occurrenceKey'>): string => `${reminder.activityId}/${reminder.occurrenceKey ?? ''}`;

type ReminderRef = { activityId: string; occurrenceKey: string | null };

/** How the store reaches the core (tests give their own). */
export type RemindersDeps = {
  pending: () => Promise<DueReminder[]>;
  dismiss: (ref: ReminderRef) => Promise<unknown>;
  snooze: (ref: ReminderRef, minutes: number) => Promise<unknown>;
  failed: (error: unknown) => void;
};

export type RemindersState = {
  /** The cards on screen, the most recent reminder first. */
  cards: DueReminder[];
  /** Asks the core what is due and missed (at start, and when activities or answers change). */
  load: () => Promise<void>;
  /** A `reminder.due` from the core. */
  received: (reminder: DueReminder) => void;
  dismiss: (reminder: DueReminder) => Promise<void>;
  snooze: (reminder: DueReminder, minutes: number) => Promise<void>;
  dismissAll: () => Promise<void>;
};

const byRecentFirst = (a: DueReminder, b: DueReminder) => b.remindAt.localeCompare(a.remindAt);
const refOf = (reminder: DueReminder): ReminderRef => ({ activityId: reminder.activityId, occurrenceKey: reminder.occurrenceKey });

/**
 * The reminder cards. Answers show at once (the card goes) and come back with an error message
 * if the core refuses them; what the core says is pending wins over what is on screen, except
 * for reminders that rang while it was answering.
 */
export function createRemindersStore(deps: RemindersDeps) {
  let generation = 0;
  /** Reminders that rang since the last question to the core: kept whatever its answer. */
  const arrived = new Map<string, DueReminder>();
  /** Cards being answered: a pending list read before the answer landed does not bring them back. */
  const answering = new Set<string>();

  return create<RemindersState>()((set, get) => {
    const remove = (key: string) => set((state) => ({ cards: state.cards.filter((card) => reminderKey(card) !== key) }));
    const putBack = (reminder: DueReminder) =>
      set((state) => ({ cards: [...state.cards.filter((card) => reminderKey(card) !== reminderKey(reminder)), reminder].sort(byRecentFirst) }));

    async function answer(reminder: DueReminder, send: () => Promise<unknown>): Promise<void> {
      const key = reminderKey(reminder);
      answering.add(key);
      arrived.delete(key);
      remove(key);
      try {
        await send();
      } catch (error) {
        putBack(reminder);
        deps.failed(error);
      } finally {
        answering.delete(key);
      }
    }

    return {
      cards: [],
      load: async () => {
        const asked = ++generation;
        arrived.clear();
        let pending: DueReminder[];
        try {
          pending = await deps.pending();
        } catch {
          // Offline host or a failed read: the cards on screen stay; the next change asks again.
          return;
        }
        if (asked !== generation) return;
        const shown = new Map(get().cards.map((card) => [reminderKey(card), card]));
        const cards = new Map<string, DueReminder>();
        for (const reminder of pending) {
          const key = reminderKey(reminder);
          if (answering.has(key)) continue;
          // The scheduler knew whether it was missed (closed or asleep); keep what it said.
          const before = shown.get(key);
          cards.set(key, before && before.remindAt === reminder.remindAt ? { ...reminder, missed: before.missed } : reminder);
        }
        for (const [key, reminder] of arrived) cards.set(key, reminder);
        set({ cards: [...cards.values()].sort(byRecentFirst) });
      },
      received: (reminder) => {
        const key = reminderKey(reminder);
        arrived.set(key, reminder);
        putBack(reminder);
      },
      dismiss: (reminder) => answer(reminder, () => deps.dismiss(refOf(reminder))),
      snooze: (reminder, minutes) => answer(reminder, () => deps.snooze(refOf(reminder), minutes)),
      dismissAll: async () => {
        await Promise.all(get().cards.map((card) => get().dismiss(card)));
      },
    };
  });
}

export const useRemindersStore = createRemindersStore({
  pending: () => invoke('reminders.pending', {}),
  dismiss: (ref) => invoke('reminders.dismiss', ref),
  snooze: (ref, minutes) => invoke('reminders.snooze', { ...ref, minutes }),
  failed: notifyError,
});
