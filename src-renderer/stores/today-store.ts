import i18next from 'i18next';
import { create } from 'zustand';
import type { TodayView } from '../../src-shared/domain/activities';
import { invoke } from '../api/client';
import { userTimeZone } from '../lib/agenda-dates';
import { notifyWithUndo } from './record-actions';
import { notifyError } from './notify-error';
import { useProfileStore } from './profile-store';

export const DEFAULT_NEGLECTED_DAYS = 30;

type TodayState = {
  view: TodayView | null;
  /** No contact and no company yet: Today offers to create one or to load demo data. */
  baseEmpty: boolean | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: unknown;
  /** Shown on screen: changes reload it. */
  shown: boolean;
  show: () => void;
  hide: () => void;
  load: () => Promise<void>;
  /** Something Today shows may have changed (an activity, a record's name). */
  changed: () => void;
  /** Tasks ticked off (or back on) and not yet reloaded: what their box shows meanwhile. */
  ticked: Readonly<Record<string, boolean>>;
  /** Ticks a task off (or back on); the toast offers Undo. */
  complete: (task: { id: string; subject: string }, done: boolean) => Promise<void>;
  /** How long without activity makes an account neglected: remembered in the user's profile. */
  setNeglectedDays: (days: number) => Promise<void>;
};

let request = 0;

export function neglectedDaysSetting(): number {
  return useProfileStore.getState().profile?.settings.neglectedDays ?? DEFAULT_NEGLECTED_DAYS;
}

/** The Today screen: today's meetings, tasks overdue and due, follow-ups, neglected accounts. */
export const useTodayStore = create<TodayState>()((set, get) => ({
  view: null,
  baseEmpty: null,
  status: 'idle',
  error: null,
  shown: false,
  ticked: {},
  show: () => {
    set({ shown: true });
    void get().load();
  },
  hide: () => set({ shown: false }),
  load: async () => {
    request += 1;
    const mine = request;
    if (!get().view) set({ status: 'loading' });
    try {
      // Once the base has records, it is not asked again.
      const [view, info] = await Promise.all([
        invoke('today.get', { timeZone: userTimeZone(), neglectedDays: neglectedDaysSetting() }),
        get().baseEmpty === false ? null : invoke('app.info', {}),
      ]);
      const baseEmpty = info ? info.counts.contacts === 0 && info.counts.companies === 0 : false;
      if (mine === request) set({ view, baseEmpty, status: 'ready', error: null });
    } catch (error) {
      if (mine === request) set({ status: get().view ? 'ready' : 'failed', error });
    }
  },
  changed: () => {
    if (get().shown) void get().load();
  },
  complete: async (task, done) => {
    // The box shows its new state at once; the list follows once saved.
    set((state) => ({ ticked: { ...state.ticked, [task.id]: done } }));
    const settle = async () => {
      await get().load();
      set((state) => {
        const { [task.id]: _settled, ...rest } = state.ticked;
        return { ticked: rest };
      });
    };
    try {
      await invoke('activities.complete', { id: task.id, done });
      notifyWithUndo(i18next.t(done ? 'activities.completed' : 'activities.reopened', { subject: task.subject }), 'success', async () => {
        set((state) => ({ ticked: { ...state.ticked, [task.id]: !done } }));
        await invoke('activities.complete', { id: task.id, done: !done }).catch(notifyError);
        await settle();
      });
    } catch (error) {
      notifyError(error);
    }
    await settle();
  },
  setNeglectedDays: async (days) => {
    if (days === neglectedDaysSetting()) return;
    if (await useProfileStore.getState().update({ neglectedDays: days })) await get().load();
  },
}));
