import i18next from 'i18next';
import { create } from 'zustand';
import type { TargetGranularity, TargetMetric, TargetSubjectKind, TargetYear } from '../../src-shared/domain/targets';
import { invoke } from '../api/client';
import { userTimeZone } from '../lib/agenda-dates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

export type TargetSubject = { kind: TargetSubjectKind; id: string };

type TargetsState = {
  year: number;
  metric: TargetMetric;
  granularity: TargetGranularity;
  data: TargetYear | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: unknown;
  setYear: (year: number) => void;
  setMetric: (metric: TargetMetric) => void;
  setGranularity: (granularity: TargetGranularity) => void;
  load: () => Promise<void>;
  /** Sets a target (null removes it); false when the core refused. */
  save: (subject: TargetSubject, period: string, value: number | null) => Promise<boolean>;
  /** Copies every target of a period to the following periods of the year (`label`: the period as the user reads it). */
  copyForward: (period: string, label: string) => Promise<void>;
};

let request = 0;
/** Targets saved per call (the contract's limit). */
const SAVE_BATCH = 500;

/** The Targets screen: a year of one metric's targets by month or quarter, with what was reached. */
export const useTargetsStore = create<TargetsState>()((set, get) => ({
  year: new Date().getFullYear(),
  metric: 'won_amount',
  granularity: 'month',
  data: null,
  status: 'idle',
  error: null,
  setYear: (year) => {
    set({ year });
    void get().load();
  },
  setMetric: (metric) => {
    set({ metric });
    void get().load();
  },
  setGranularity: (granularity) => {
    set({ granularity });
    void get().load();
  },
  load: async () => {
    const mine = ++request;
    const { year, metric, granularity } = get();
    if (!get().data) set({ status: 'loading' });
    try {
      const data = await invoke('targets.list', { year, metric, granularity, timeZone: userTimeZone() });
      if (mine === request) set({ data, status: 'ready', error: null });
    } catch (error) {
      if (mine === request) set({ status: 'failed', error });
    }
  },
  save: async (subject, period, value) => {
    const { metric } = get();
    const key = { subjectKind: subject.kind, subjectId: subject.id, period, metric };
    try {
      if (value === null) {
        await invoke('targets.delete', { targets: [key] });
        notify(i18next.t('targets.removed'));
      } else {
        await invoke('targets.save', { targets: [{ ...key, value }] });
        notify(i18next.t('targets.saved'));
      }
      await get().load();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  },
  copyForward: async (period, label) => {
    const { data, metric } = get();
    if (!data) return;
    const following = data.periods.slice(data.periods.indexOf(period) + 1);
    const sources = data.targets.filter((target) => target.period === period);
    if (sources.length === 0) {
      notify(i18next.t('targets.nothingToCopy', { period: label }), 'info');
      return;
    }
    const targets = sources.flatMap((source) =>
      following.map((next) => ({ subjectKind: source.subjectKind, subjectId: source.subjectId, period: next, metric, value: source.value })),
    );
    if (targets.length === 0) return;
    try {
      for (let start = 0; start < targets.length; start += SAVE_BATCH) await invoke('targets.save', { targets: targets.slice(start, start + SAVE_BATCH) });
      notify(i18next.t('targets.copied', { count: targets.length }));
      await get().load();
    } catch (error) {
      notifyError(error);
    }
  },
}));
