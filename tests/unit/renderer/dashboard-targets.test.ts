import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routeSection } from '../../../src-renderer/lib/routes';
import { periodOf, presetPeriod } from '../../../src-renderer/stores/dashboard-store';
import { parseTarget, targetInputText } from '../../../src-renderer/screens/Targets/target-values';

describe('the Dashboard and Targets addresses', () => {
  it('round-trip, and the Targets screen belongs to the Dashboard entry of the sidebar', () => {
    expect(parseRoute('#/dashboard')).toEqual({ name: 'dashboard' });
    expect(parseRoute('#/targets')).toEqual({ name: 'targets' });
    expect(routeHash({ name: 'dashboard' })).toBe('#/dashboard');
    expect(routeHash({ name: 'targets' })).toBe('#/targets');
    expect(routeSection({ name: 'targets' })).toBe('dashboard');
  });
});

describe('the dashboard’s periods', () => {
  it('run from the first to the last day of this month, quarter or year, on the user’s calendar', () => {
    const now = new Date(2028, 1, 14, 23, 30);
    expect(presetPeriod('month', now)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetPeriod('quarter', new Date(2026, 10, 22))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('year', now)).toEqual({ from: '2028-01-01', to: '2028-12-31' });
    expect(periodOf({ preset: 'custom', custom: { from: '2026-03-01', to: '2026-03-15' } }, now)).toEqual({ from: '2026-03-01', to: '2026-03-15' });
  });
});

describe('a target as typed', () => {
  it('reads amounts in French or English writing, in minor units of the base currency', () => {
    expect(parseTarget('20 000', 'won_amount', 'EUR')).toBe(2_000_000);
    expect(parseTarget('12 500,50', 'won_amount', 'EUR')).toBe(1_250_050);
    expect(parseTarget('12,500.50', 'won_amount', 'EUR')).toBe(1_250_050);
    expect(parseTarget('1.5', 'won_amount', 'JPY')).toBeUndefined();
    expect(parseTarget('-5', 'won_amount', 'EUR')).toBeUndefined();
    expect(parseTarget('douze', 'won_amount', 'EUR')).toBeUndefined();
    expect(parseTarget('  ', 'won_amount', 'EUR')).toBeNull();
  });

  it('reads counts as whole numbers, and gives the text back to type again', () => {
    expect(parseTarget('1 200', 'activities', 'EUR')).toBe(1200);
    expect(parseTarget('12,5', 'won_deals', 'EUR')).toBeUndefined();
    expect(targetInputText('fr', 2_000_050, 'won_amount', 'EUR')).toBe('20000,50');
    expect(targetInputText('en', 2_000_050, 'won_amount', 'EUR')).toBe('20000.50');
    expect(targetInputText('fr', 12, 'won_deals', 'EUR')).toBe('12');
  });
});
