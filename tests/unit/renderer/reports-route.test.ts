import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routeSection } from '../../../src-renderer/lib/routes';
import { presetPeriod } from '../../../src-renderer/stores/report-period';
import { reportFiltersOf } from '../../../src-renderer/stores/report-store';

describe('the Reports screen’s address', () => {
  it('names the report shown, round-trips, and falls back to the list for an unknown one', () => {
    expect(parseRoute('#/reports')).toEqual({ name: 'reports' });
    expect(parseRoute('#/reports/forecast-by-month')).toEqual({ name: 'report', report: 'forecast-by-month' });
    expect(parseRoute('#/reports/not-a-report')).toEqual({ name: 'reports' });
    expect(parseRoute('#/reports/won-lost/extra')).toEqual({ name: 'today' });
    expect(routeHash({ name: 'report', report: 'won-lost' })).toBe('#/reports/won-lost');
    expect(routeSection({ name: 'report', report: 'won-lost' })).toBe('reports');
  });
});

describe('the report periods offered in one click', () => {
  it('count from today on the user’s calendar, months and quarters to their last day', () => {
    expect(presetPeriod('thisMonth', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('thisMonth', '2028-02-14')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('thisQuarter', '2026-11-22')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('thisYear', '2026-11-22')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('last12Months', '2026-03-05')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(presetPeriod('previousYear', '2026-01-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('become the report’s filters, a custom period as typed', () => {
    const choice = { preset: 'custom' as const, custom: { from: '2026-03-01', to: '2026-03-31' }, ownerId: 'u1', teamId: null, pipelineId: 'p1', segmentId: null };
    expect(reportFiltersOf(choice, '2026-11-22')).toEqual({ period: { from: '2026-03-01', to: '2026-03-31' }, ownerIds: ['u1'], teamId: null, pipelineId: 'p1', segmentId: null });
    expect(reportFiltersOf({ ...choice, preset: 'thisMonth', ownerId: null }, '2026-11-22')).toMatchObject({ period: { from: '2026-11-01', to: '2026-11-30' }, ownerIds: [] });
  });
});
