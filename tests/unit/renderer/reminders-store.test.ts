import { describe, expect, it } from 'vitest';
import type { DueReminder } from '../../../src-shared/domain/activities';
import { createRemindersStore, type RemindersDeps } from '../../../src-renderer/stores/reminders-store';

function reminder(activityId: string, remindAt: string, overrides: Partial<DueReminder> = {}): DueReminder {
  return {
    activityId,
    occurrenceKey: null,
    kind: 'meeting',
    subject: `Meeting ${activityId}`,
    startsAt: remindAt,
    allDay: false,
    remindAt,
    location: null,
    contact: null,
    company: null,
    deal: null,
    missed: false,
    ...overrides,
  };
}

/** A core whose answers the test releases one by one. */
function fakeCore(pending: DueReminder[] = []) {
  const calls: string[] = [];
  const waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const failures: unknown[] = [];
  let answers: DueReminder[] = pending;
  const later = <T>(value: () => T) => new Promise<T>((resolve, reject) => waiting.push({ resolve: () => resolve(value()), reject }));
  const deps: RemindersDeps = {
    pending: () => {
      calls.push('pending');
      const snapshot = answers;
      return later(() => snapshot);
    },
    dismiss: (ref) => {
      calls.push(`dismiss ${ref.activityId}/${ref.occurrenceKey ?? ''}`);
      return later(() => ({ ok: true }));
    },
    snooze: (ref, minutes) => {
      calls.push(`snooze ${ref.activityId} ${minutes}`);
      return later(() => ({ ok: true }));
    },
    failed: (error) => failures.push(error),
  };
  const settle = async (fail = false) => {
    const next = waiting.shift();
    if (fail) next?.reject(new Error('refused'));
    else next?.resolve();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { deps, calls, failures, settle, setPending: (list: DueReminder[]) => (answers = list) };
}

const subjects = (cards: DueReminder[]) => cards.map((card) => card.activityId);

describe('the reminders store', () => {
  it('shows what the core says is pending, most recent first, and reminders as they ring', async () => {
    const core = fakeCore([reminder('a', '2027-03-22T08:00:00.000Z', { missed: true }), reminder('b', '2027-03-22T09:00:00.000Z')]);
    const store = createRemindersStore(core.deps);
    const loading = store.getState().load();
    await core.settle();
    await loading;
    expect(subjects(store.getState().cards)).toEqual(['b', 'a']);
    store.getState().received(reminder('c', '2027-03-22T09:30:00.000Z'));
    // A later reminder of the same occurrence replaces its card.
    store.getState().received(reminder('a', '2027-03-22T09:45:00.000Z'));
    expect(store.getState().cards.map((card) => [card.activityId, card.remindAt])).toEqual([
      ['a', '2027-03-22T09:45:00.000Z'],
      ['c', '2027-03-22T09:30:00.000Z'],
      ['b', '2027-03-22T09:00:00.000Z'],
    ]);
  });

  it('drops a card at once when answered, and puts it back with an error when the core refuses', async () => {
    const core = fakeCore();
    const store = createRemindersStore(core.deps);
    const first = reminder('a', '2027-03-22T08:00:00.000Z');
    store.getState().received(first);
    store.getState().received(reminder('b', '2027-03-22T08:05:00.000Z'));
    const snoozing = store.getState().snooze(first, 15);
    expect(subjects(store.getState().cards)).toEqual(['b']);
    await core.settle(true);
    await snoozing;
    expect(subjects(store.getState().cards)).toEqual(['b', 'a']);
    expect(core.failures).toHaveLength(1);
    const dismissing = store.getState().dismissAll();
    expect(store.getState().cards).toEqual([]);
    await core.settle();
    await core.settle();
    await dismissing;
    expect(core.calls).toEqual(['snooze a 15', 'dismiss b/', 'dismiss a/']);
    expect(store.getState().cards).toEqual([]);
  });

  it('follows the core after a change (an answer from another device), keeping reminders that rang meanwhile and what it knew of them', async () => {
    const core = fakeCore();
    const store = createRemindersStore(core.deps);
    store.getState().received(reminder('a', '2027-03-22T08:00:00.000Z', { missed: true }));
    store.getState().received(reminder('b', '2027-03-22T08:05:00.000Z'));
    // Another device dismissed b; a is still pending (the core now calls it missed too, from its own rule).
    core.setPending([reminder('a', '2027-03-22T08:00:00.000Z', { missed: false })]);
    const loading = store.getState().load();
    store.getState().received(reminder('c', '2027-03-22T08:10:00.000Z'));
    await core.settle();
    await loading;
    expect(store.getState().cards.map((card) => [card.activityId, card.missed])).toEqual([
      ['c', false],
      ['a', true],
    ]);
  });

  it('does not bring back a card being answered when a pending list read before the answer arrives', async () => {
    const core = fakeCore([reminder('a', '2027-03-22T08:00:00.000Z')]);
    const store = createRemindersStore(core.deps);
    const first = store.getState().load();
    await core.settle();
    await first;
    const loading = store.getState().load();
    const dismissing = store.getState().dismiss(store.getState().cards[0] as DueReminder);
    await core.settle();
    await loading;
    expect(store.getState().cards).toEqual([]);
    await core.settle();
    await dismissing;
  });

  it('keeps the cards on screen when the core cannot be asked', async () => {
    const core = fakeCore();
    const store = createRemindersStore(core.deps);
    store.getState().received(reminder('a', '2027-03-22T08:00:00.000Z'));
    const loading = store.getState().load();
    await core.settle(true);
    await loading;
    expect(subjects(store.getState().cards)).toEqual(['a']);
  });
});
