import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routeSection } from '../../../src-renderer/lib/routes';

describe('the import wizard’s address', () => {
  it('names the kind of record imported', () => {
    expect(parseRoute('#/import/contacts')).toEqual({ name: 'import', entity: 'contact' });
    expect(parseRoute('#/import/companies/')).toEqual({ name: 'import', entity: 'company' });
    expect(parseRoute('#/import')).toEqual({ name: 'import', entity: 'contact' });
    expect(parseRoute('#/import/companies/extra')).toEqual({ name: 'today' });
  });

  it('writes what it reads, under the list it imports into', () => {
    for (const entity of ['contact', 'company'] as const) expect(parseRoute(routeHash({ name: 'import', entity }))).toEqual({ name: 'import', entity });
    expect(routeSection({ name: 'import', entity: 'company' })).toBe('companies');
    expect(routeSection({ name: 'import', entity: 'contact' })).toBe('contacts');
  });
});
