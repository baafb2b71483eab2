import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, routeSection } from '../../../src-renderer/lib/routes';

describe('the Duplicates screen’s address', () => {
  it('names the kind of record reviewed, and round-trips', () => {
    expect(parseRoute('#/duplicates/contacts')).toEqual({ name: 'duplicates', entity: 'contact' });
    expect(parseRoute('#/duplicates/companies')).toEqual({ name: 'duplicates', entity: 'company' });
    expect(parseRoute('#/duplicates')).toEqual({ name: 'duplicates', entity: 'contact' });
    expect(parseRoute('#/duplicates/companies/extra')).toEqual({ name: 'today' });
    expect(routeHash({ name: 'duplicates', entity: 'company' })).toBe('#/duplicates/companies');
    expect(routeSection({ name: 'duplicates', entity: 'company' })).toBe('duplicates');
  });
});
