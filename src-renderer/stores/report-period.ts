import type { ReportPeriod } from '../../src-shared/domain/reports/types';

/** The periods offered in one click, and "custom" (two dates). */
export const periodPresets = ['thisMonth', 'thisQuarter', 'thisYear', 'last12Months', 'previousYear', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const pad = (value: number): string => String(value).padStart(2, '0');
const day = (year: number, month: number, date: number): string => {
  // Month may run past 12 or below 1: Date rolls it over to the right year.
  const at = new Date(Date.UTC(year, month - 1, date));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
};
/** The last day of a month: day 0 of the next one. */
const lastDay = (year: number, month: number): string => day(year, month + 1, 0);

/** The calendar days of a preset, counted from `today` (the user's own calendar, 'YYYY-MM-DD'). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): ReportPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return { from: day(year, month, 1), to: lastDay(year, month) };
    case 'thisQuarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { from: day(year, first, 1), to: lastDay(year, first + 2) };
    }
    case 'thisYear':
      return { from: day(year, 1, 1), to: day(year, 12, 31) };
    case 'last12Months':
      return { from: day(year, month - 11, 1), to: lastDay(year, month) };
    case 'previousYear':
      return { from: day(year - 1, 1, 1), to: day(year - 1, 12, 31) };
  }
}

/** Today on this computer's calendar. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
