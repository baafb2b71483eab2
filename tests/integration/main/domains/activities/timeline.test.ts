import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../../src-shared/domain/activities';
import { call, type TestCore } from '../../../../helpers/core';
import { addActivityRow, addUser, coreAt, paris } from './fixtures';

let core: TestCore;
let clock: { ms: number };
beforeEach(() => {
  ({ core, clock } = coreAt('2027-01-01T09:00:00.000Z'));
});
afterEach(() => core.dispose());

const label = (item: TimelineItem) => (item.type === 'activity' ? `${item.activity.kind}: ${item.activity.subject}` : `change: ${item.change.field}`);

/** A company with a contact and a deal, and activities on each of them (and elsewhere), over ten days. */
async function accountWithActivities() {
  const company = await call(core, 'companies.create', { name: 'Atelier Morel' });
  const elsewhere = await call(core, 'companies.create', { name: 'Ailleurs' });
  clock.ms = Date.parse('2027-01-02T09:00:00.000Z');
  const contact = await call(core, 'contacts.create', { firstName: 'Luc', lastName: 'Morel' });
  await call(core, 'links.add', { contactId: contact.id, companyId: company.id, role: 'Gérant' });
  const deal = await call(core, 'deals.create', { title: 'Cuisine', companyId: company.id, contacts: [{ contactId: contact.id }] });
  const marc = addUser(core, 'Marc Leroy');
  clock.ms = Date.parse('2027-01-03T09:00:00.000Z');
  await call(core, 'activities.create', { kind: 'note', subject: 'Note société', companyId: company.id, timing: paris('2027-01-05T11:00', 0) });
  await call(core, 'activities.create', { kind: 'call', subject: 'Appel Luc', contactId: contact.id, timing: paris('2027-01-06T11:00', 5) });
  await call(core, 'activities.create', { kind: 'task', subject: 'Chiffrer', dealId: deal.id, timing: { allDay: true, startDate: '2027-01-07', endDate: '2027-01-08' } });
  await call(core, 'activities.create', { kind: 'meeting', subject: 'Métré', dealId: deal.id, attendees: [{ kind: 'contact', id: contact.id }], timing: paris('2027-01-07T15:00') });
  await call(core, 'activities.create', { kind: 'note', subject: 'Même heure A', companyId: company.id, timing: paris('2027-01-08T11:00', 0) });
  await call(core, 'activities.create', { kind: 'note', subject: 'Même heure B', companyId: company.id, timing: paris('2027-01-08T11:00', 0) });
  await call(core, 'activities.create', { kind: 'note', subject: 'Autre société', companyId: elsewhere.id, timing: paris('2027-01-08T12:00', 0) });
  addActivityRow(core, { kind: 'meeting', subject: 'Privé de Marc', owner_id: marc, scope: 'private', company_id: company.id, starts_at: '2027-01-09T10:00:00.000Z', ends_at: '2027-01-09T11:00:00.000Z', time_zone: 'Europe/Paris' });
  clock.ms = Date.parse('2027-01-11T09:00:00.000Z');
  await call(core, 'companies.update', { id: company.id, patch: { name: 'Atelier Morel & fils' } });
  return { company, contact, deal };
}

describe('record timelines', () => {
  it('merge a company’s activities (its own, its deals’, its people’s) with its history, newest first', async () => {
    const { company } = await accountWithActivities();
    const page = await call(core, 'activities.timeline', { entity: 'company', id: company.id, limit: 200 });
    expect(page.nextBefore).toBeNull();
    const labels = page.items.map(label);
    expect(labels.slice(0, 8)).toEqual([
      'change: name',
      'note: Même heure A',
      'note: Même heure B',
      'meeting: Métré',
      'task: Chiffrer',
      'call: Appel Luc',
      'note: Note société',
      'change: contacts',
    ]);
    // Then the company's creation, field by field.
    expect(labels.slice(8).every((text) => text.startsWith('change: '))).toBe(true);
    expect(labels).not.toContain('note: Autre société');
    expect(labels).not.toContain('meeting: Privé de Marc');
    const task = page.items.find((item) => item.type === 'activity' && item.activity.subject === 'Chiffrer');
    expect(task).toMatchObject({ at: '2027-01-07T00:00:00.000Z', activity: { allDay: true, doneAt: null, deal: { name: 'Cuisine' } } });
    const ats = page.items.map((item) => item.at);
    expect([...ats].sort().reverse()).toEqual(ats);
  });

  it('pages by `before` without losing or repeating an item, keeping items of the same time together', async () => {
    const { company } = await accountWithActivities();
    const whole = (await call(core, 'activities.timeline', { entity: 'company', id: company.id, limit: 200 })).items;
    const seen: TimelineItem[] = [];
    let before: string | undefined;
    const sizes: number[] = [];
    for (let guard = 0; guard < 50; guard += 1) {
      const page = await call(core, 'activities.timeline', { entity: 'company', id: company.id, limit: 2, ...(before ? { before } : {}) });
      seen.push(...page.items);
      sizes.push(page.items.length);
      if (!page.nextBefore) break;
      expect(page.items.at(-1)?.at).toBe(page.nextBefore);
      before = page.nextBefore;
    }
    expect(seen).toEqual(whole);
    // The first page holds the rename and both notes of 11:00 on the 8th (three items for a limit of two).
    expect(sizes[0]).toBe(3);
  });

  it('filters by kind, leaves the changes out on request, and shows a contact what they attended', async () => {
    const { company, contact, deal } = await accountWithActivities();
    const tasks = await call(core, 'activities.timeline', { entity: 'company', id: company.id, kinds: ['task', 'call'], withChanges: false });
    expect(tasks.items.map(label)).toEqual(['task: Chiffrer', 'call: Appel Luc']);
    const forContact = await call(core, 'activities.timeline', { entity: 'contact', id: contact.id, withChanges: false });
    expect(forContact.items.map(label)).toEqual(['meeting: Métré', 'call: Appel Luc']);
    const forDeal = await call(core, 'activities.timeline', { entity: 'deal', id: deal.id });
    expect(forDeal.items.filter((item) => item.type === 'activity').map(label)).toEqual(['meeting: Métré', 'task: Chiffrer']);
    expect(forDeal.items.some((item) => item.type === 'change')).toBe(true);
  });

  it('shows a contact the meetings they attend elsewhere, and forgets them when they are taken off or the meeting is deleted', async () => {
    const { contact } = await accountWithActivities();
    const other = await call(core, 'companies.create', { name: 'Salon Habitat' });
    const salon = await call(core, 'activities.create', {
      kind: 'meeting',
      subject: 'Salon',
      companyId: other.id,
      attendees: [{ kind: 'contact', id: contact.id }],
      timing: paris('2027-01-10T10:00'),
    });
    const unlinked = await call(core, 'activities.create', { kind: 'visit', subject: 'Visite libre', attendees: [{ kind: 'contact', id: contact.id }], timing: paris('2027-01-04T10:00') });
    const seen = async () => (await call(core, 'activities.timeline', { entity: 'contact', id: contact.id, withChanges: false })).items.map(label);
    expect(await seen()).toEqual(['meeting: Salon', 'meeting: Métré', 'call: Appel Luc', 'visit: Visite libre']);
    await call(core, 'activities.update', { id: salon.id, patch: { attendees: [] } });
    await call(core, 'activities.delete', { ids: [unlinked.id] });
    expect(await seen()).toEqual(['meeting: Métré', 'call: Appel Luc']);
    expect(core.db.prepare('SELECT count(*) FROM activity_attendees WHERE contact_id = ?').pluck().get(contact.id)).toBe(1);
  });
});
