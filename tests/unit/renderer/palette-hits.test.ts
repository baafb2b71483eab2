import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../src-shared/domain/records';
import { hitRoute, hitSection, hitSubtitle } from '../../../src-renderer/app/palette-hits';
import { routeHash } from '../../../src-renderer/lib/routes';

const dealId = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';
const contactId = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8e';

const deal: SearchHit = { entity: 'deal', id: dealId, title: 'Fours Lyon', subtitle: 'Boulangerie Dupré · Proposition', opens: { entity: 'deal', id: dealId }, activity: null };
const call: SearchHit = {
  entity: 'activity',
  id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8f',
  title: 'Rappeler pour le devis',
  subtitle: 'Hélène Lefèvre',
  opens: { entity: 'contact', id: contactId },
  activity: { kind: 'call', at: '2026-03-12T09:30:00.000Z', allDay: false },
};

describe('palette hits', () => {
  it('open a deal on its page, an activity on the record it is about', () => {
    expect(routeHash(hitRoute(deal))).toBe(`#/deals/${dealId}`);
    expect(routeHash(hitRoute(call))).toBe(`#/contacts/${contactId}`);
  });

  it('fall into sections: contacts and companies, deals, activities', () => {
    expect(hitSection({ ...deal, entity: 'company' })).toBe('records');
    expect(hitSection(deal)).toBe('deals');
    expect(hitSection(call)).toBe('activities');
  });

  it('say when an activity happens, in the interface language', () => {
    expect(hitSubtitle('fr', deal)).toBe('Boulangerie Dupré · Proposition');
    expect(hitSubtitle('fr', call)).toMatch(/^Hélène Lefèvre · 1[23]\/03\/2026$/);
    const allDay = { ...call, subtitle: null, activity: { kind: 'visit' as const, at: '2026-04-02', allDay: true } };
    expect(hitSubtitle('fr', allDay)).toBe('02/04/2026');
    expect(hitSubtitle('en', { ...call, activity: { kind: 'task' as const, at: null, allDay: false } })).toBe('Hélène Lefèvre');
  });
});
