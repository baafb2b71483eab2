import { describe, expect, it } from 'vitest';
import { takeTokenFromHash } from '../../../src-renderer/api/launch-token';
import { parseRoute, routeHash, routeSection } from '../../../src-renderer/lib/routes';

const id = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';

describe('the hash router', () => {
  it('reads lists, records and settings', () => {
    expect(parseRoute('#/contacts')).toEqual({ name: 'contacts' });
    expect(parseRoute(`#/contacts/${id}`)).toEqual({ name: 'contact', id });
    expect(parseRoute(`#/companies/${id}/`)).toEqual({ name: 'company', id });
    expect(parseRoute('#/catalogue')).toEqual({ name: 'catalogue' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/review')).toEqual({ name: 'review' });
    expect(parseRoute('#/admin/')).toEqual({ name: 'admin' });
  });

  it('sends anything unknown or malformed to Today, the home screen', () => {
    expect(parseRoute('')).toEqual({ name: 'today' });
    expect(parseRoute('#/today')).toEqual({ name: 'today' });
    expect(parseRoute('#/invoices')).toEqual({ name: 'today' });
    expect(parseRoute('#/deals/<script>')).toEqual({ name: 'deals' });
    expect(parseRoute('#/contacts/<script>')).toEqual({ name: 'contacts' });
    expect(parseRoute(`#/contacts/${id}/extra`)).toEqual({ name: 'today' });
  });

  it('writes what it reads', () => {
    for (const route of [{ name: 'today' }, { name: 'contacts' }, { name: 'contact', id }, { name: 'companies' }, { name: 'company', id }, { name: 'deals' }, { name: 'deal', id }, { name: 'catalogue' }, { name: 'settings' }, { name: 'review' }, { name: 'admin' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('knows which sidebar entry a detail page belongs to', () => {
    expect(routeSection({ name: 'company', id })).toBe('companies');
    expect(routeSection({ name: 'deal', id })).toBe('deals');
    expect(routeSection({ name: 'review' })).toBe('review');
    expect(routeSection({ name: 'catalogue' })).toBe('catalogue');
  });
});

describe('the launch token', () => {
  it('is taken out of the launch URL’s hash', () => {
    expect(takeTokenFromHash('#token=abc-DEF_123')).toEqual({ token: 'abc-DEF_123', rest: '' });
  });

  it('leaves a route hash alone', () => {
    expect(takeTokenFromHash('#/contacts')).toEqual({ token: null, rest: '#/contacts' });
    expect(takeTokenFromHash('')).toEqual({ token: null, rest: '' });
  });
});
