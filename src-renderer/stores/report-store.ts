import { create } from 'zustand';
import type { ReportFilters, ReportPeriod } from '../../src-shared/domain/reports/types';
import { localToday, presetPeriod, type PeriodPreset } from './report-period';

type ReportChoice = {
  preset: PeriodPreset;
  /** The period of a custom choice (the last one typed stays when a preset is picked again). */
  custom: ReportPeriod;
  ownerId: string | null;
  teamId: string | null;
  pipelineId: string | null;
  segmentId: string | null;
};

type ReportState = ReportChoice & {
  setPreset: (preset: PeriodPreset) => void;
  setCustom: (period: Partial<ReportPeriod>) => void;
  setFilter: (name: 'ownerId' | 'teamId' | 'pipelineId' | 'segmentId', value: string | null) => void;
  resetFilters: () => void;
};

const noFilters = { ownerId: null, teamId: null, pipelineId: null, segmentId: null };

/**
 * The period and filters of the reports screen: kept while the app is open, so coming back to a
 * report (or opening another) shows the same period and filters.
 */
export const useReportStore = create<ReportState>()((set) => ({
  preset: 'thisYear',
  custom: presetPeriod('thisYear', localToday()),
  ...noFilters,
  setPreset: (preset) => set({ preset }),
  setCustom: (period) => set((state) => ({ preset: 'custom', custom: { ...state.custom, ...period } })),
  setFilter: (name, value) => set({ [name]: value }),
  resetFilters: () => set(noFilters),
}));

/** The filters a report runs with, for the choice and today's date. */
export function reportFiltersOf(choice: ReportChoice, today: string): ReportFilters {
  return {
    period: choice.preset === 'custom' ? choice.custom : presetPeriod(choice.preset, today),
    ownerIds: choice.ownerId ? [choice.ownerId] : [],
    teamId: choice.teamId,
    pipelineId: choice.pipelineId,
    segmentId: choice.segmentId,
  };
}
