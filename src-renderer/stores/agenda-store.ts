import i18next from 'i18next';
import { create } from 'zustand';
import type { Activity, ActivityKind, AgendaEvent } from '../../src-shared/domain/activities';
import type { EventTiming } from '../../src-shared/domain/recurrence';
import { invoke, on } from '../api/client';
import { userTimeZone, type AgendaView } from '../lib/agenda-dates';
import { droppedTiming, movedEvent, occurrenceTiming, type CalendarEvent, type Drop } from '../lib/agenda-timing';
import { recurrenceInput } from '../lib/recurrence-form';
import { shiftSeries } from '../lib/series-shift';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

/** How a drag applies: the activity itself, one occurrence of its series, or the whole series. */
export type MoveScope = 'single' | 'occurrence' | 'series';

type AgendaState = {
  /** The view "#/agenda" opens on: the last one used. */
  lastView: AgendaView;
  /** Kinds shown; null: all. */
  kinds: ActivityKind[] | null;
  /** Whose agendas; null: the user's own. */
  userIds: string[] | null;
  window: { from: string; to: string } | null;
  events: AgendaEvent[];
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Whether an answer (events or an error) has come yet: until then the screen does not draw the grid. */
  answered: boolean;
  error: unknown;
  setLastView: (view: AgendaView) => void;
  setKinds: (kinds: ActivityKind[] | null) => void;
  setUserIds: (userIds: string[] | null) => void;
  /** Loads the occurrences overlapping [start, end) (local Dates) and remembers that window. */
  show: (start: Date, end: Date) => Promise<void>;
  reload: () => Promise<void>;
  move: (event: CalendarEvent, drop: Drop, scope: MoveScope) => Promise<boolean>;
};

let request = 0;
/** The request under way and its period, so that a second ask for the same period joins it. */
let inFlight: { from: string; to: string; done: Promise<void> } | null = null;

export const useAgendaStore = create<AgendaState>()((set, get) => ({
  lastView: 'week',
  kinds: null,
  userIds: null,
  window: null,
  events: [],
  status: 'idle',
  answered: false,
  error: null,
  setLastView: (lastView) => set({ lastView }),
  setKinds: (kinds) => {
    set({ kinds });
    void get().reload();
  },
  setUserIds: (userIds) => {
    set({ userIds });
    void get().reload();
  },
  show: async (start, end) => {
    const window = { from: start.toISOString(), to: end.toISOString() };
    // The same period already on its way (asked for when the address changed): wait for it.
    if (inFlight && inFlight.from === window.from && inFlight.to === window.to && get().status === 'loading') return inFlight.done;
    // The events shown stay until the new window's arrive: the grid only draws those inside it.
    set({ window });
    await get().reload();
  },
  reload: async () => {
    const { window, kinds, userIds } = get();
    if (!window) return;
    const mine = ++request;
    set({ status: 'loading' });
    const done = (async () => {
      try {
        const events = await invoke('agenda.range', {
          ...window,
          timeZone: userTimeZone(),
          ...(userIds && userIds.length > 0 ? { userIds } : {}),
          ...(kinds ? { kinds } : {}),
        });
        if (mine === request) set({ events, status: 'ready', answered: true, error: null });
      } catch (error) {
        if (mine === request) set({ status: 'failed', answered: true, error });
      }
    })();
    inFlight = { ...window, done };
    await done;
  },
  move: async (event, drop, scope) => {
    const before = get().events;
    const source = event.source;
    const zone = userTimeZone();
    // Drawn where it lands at once; put back if the core refuses.
    set({ events: before.map((item) => (item.key === source.key ? movedEvent(item, droppedTiming(drop, event, zone)) : item)) });
    try {
      const activity = await invoke('activities.get', { id: source.activityId });
      const ownZone = activity.timing && !activity.timing.allDay ? activity.timing.timeZone : zone;
      const timing = droppedTiming(drop, event, ownZone);
      await save(source, activity, timing, scope, ownZone);
      scheduleRefresh('activity');
      const subject = source.subject ?? '';
      notify(i18next.t(scope === 'series' ? 'agenda.calendar.move.seriesMoved' : 'agenda.calendar.move.moved', { subject }));
      await get().reload();
      return true;
    } catch (error) {
      set({ events: before });
      notifyError(error);
      void get().reload();
      return false;
    }
  },
}));

/** Sends a move: the series shifted as a whole, one occurrence moved, or the activity's own timing. */
async function save(source: AgendaEvent, series: Activity, timing: EventTiming, scope: MoveScope, zone: string): Promise<void> {
  if (scope === 'series' && series.timing) {
    const moved = shiftSeries(series.timing, series.recurrence, occurrenceTiming(source, zone), timing);
    if (moved) {
      await invoke('activities.update', { id: source.activityId, patch: { timing: moved.timing, recurrence: moved.recurrence && recurrenceInput(moved.recurrence) } });
      return;
    }
  }
  if (scope !== 'single' && source.occurrenceKey) {
    await invoke('activities.editOccurrence', { id: source.activityId, occurrenceKey: source.occurrenceKey, change: { timing } });
    return;
  }
  await invoke('activities.update', { id: source.activityId, patch: { timing } });
}

/** Reloads the agenda when activities change (here, from sync, or in another window). Returns the function that stops. */
export function followAgendaChanges(): () => void {
  let timer: number | null = null;
  const stop = on('data.changed', ({ entity }) => {
    if (entity !== 'activity' || timer !== null) return;
    timer = window.setTimeout(() => {
      timer = null;
      void useAgendaStore.getState().reload();
    }, 80);
  });
  return () => {
    if (timer !== null) window.clearTimeout(timer);
    stop();
  };
}
