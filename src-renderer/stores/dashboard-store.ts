import { endOfMonth, endOfQuarter, endOfYear, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import { create } from 'zustand';
import type { ApiInput } from '../../src-shared/contract/api';
import type { Dashboard } from '../../src-shared/domain/dashboard';
import type { ReportPeriod } from '../../src-shared/domain/reports/types';
import { invoke } from '../api/client';
import { civilOfLocal, userTimeZone } from '../lib/agenda-dates';

export const periodPresets = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** Whose dashboard: the user's, a salesperson's, a team's or the office's (the last three for managers). */
export type DashboardWho = { kind: 'self' } | { kind: 'office' } | { kind: 'user'; id: string } | { kind: 'team'; id: string };

/** The days of a preset period around `now`, in the user's own calendar. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: Date): ReportPeriod {
  const [start, end] =
    preset === 'month' ? [startOfMonth(now), endOfMonth(now)] : preset === 'quarter' ? [startOfQuarter(now), endOfQuarter(now)] : [startOfYear(now), endOfYear(now)];
  return { from: civilOfLocal(start), to: civilOfLocal(end) };
}

type DashboardState = {
  preset: PeriodPreset;
  /** The custom period's days, as last chosen. */
  custom: ReportPeriod;
  who: DashboardWho;
  dashboard: Dashboard | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: unknown;
  setPreset: (preset: PeriodPreset) => void;
  setCustom: (custom: ReportPeriod) => void;
  setWho: (who: DashboardWho) => void;
  load: () => Promise<void>;
};

/** The period asked for: the preset's days, or the custom ones. */
export function periodOf(state: Pick<DashboardState, 'preset' | 'custom'>, now = new Date()): ReportPeriod {
  return state.preset === 'custom' ? state.custom : presetPeriod(state.preset, now);
}

function whoInput(who: DashboardWho): Partial<ApiInput<'dashboard.get'>> {
  switch (who.kind) {
    case 'self':
      return {};
    case 'office':
      return { office: true };
    case 'user':
      return { ownerIds: [who.id] };
    case 'team':
      return { teamId: who.id };
  }
}

let request = 0;

/** The dashboard screen: its period, whose figures, and the tiles the core computed. */
export const useDashboardStore = create<DashboardState>()((set, get) => ({
  preset: 'month',
  custom: presetPeriod('month', new Date()),
  who: { kind: 'self' },
  dashboard: null,
  status: 'idle',
  error: null,
  setPreset: (preset) => {
    set({ preset });
    void get().load();
  },
  setCustom: (custom) => {
    set({ custom, preset: 'custom' });
    if (custom.from <= custom.to) void get().load();
  },
  setWho: (who) => {
    set({ who });
    void get().load();
  },
  load: async () => {
    const mine = ++request;
    const period = periodOf(get());
    if (period.from > period.to) return;
    set({ status: 'loading' });
    try {
      const dashboard = await invoke('dashboard.get', { period, timeZone: userTimeZone(), ...whoInput(get().who) });
      if (mine === request) set({ dashboard, status: 'ready', error: null });
    } catch (error) {
      if (mine === request) set({ status: 'failed', error });
    }
  },
}));
