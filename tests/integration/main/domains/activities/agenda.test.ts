import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type TestCore } from '../../../../helpers/core';
import { addActivityRow, addUser, coreAt, paris, ZONE } from './fixtures';

let core: TestCore;
beforeEach(() => {
  core = coreAt('2027-03-01T09:00:00.000Z').core;
});
afterEach(() => core.dispose());

/** The week of the spring change in Paris (clocks go forward on Sunday 28 March 2027): Monday 22 to Monday 29, Paris time. */
const dstWeek = { from: '2027-03-21T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z', timeZone: ZONE };
const week = (userIds?: string[]) => call(core, 'agenda.range', { ...dstWeek, ...(userIds ? { userIds } : {}) });
const lines = (events: Awaited<ReturnType<typeof week>>) => events.map((event) => [event.subject, event.start, event.end]);

describe('the agenda', () => {
  it('repeats at the same wall clock across the change to summer time, in start order with all-day events and events touching the edges', async () => {
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Point du matin', timing: paris('2027-03-25T09:00', 30), recurrence: { rule: { frequency: 'daily' } } });
    await call(core, 'activities.create', { kind: 'visit', subject: 'Salon', timing: { allDay: true, startDate: '2027-03-28', endDate: '2027-03-29' } });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Lundi suivant', timing: { allDay: true, startDate: '2027-03-29', endDate: '2027-03-30' } });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Dimanche précédent', timing: { allDay: true, startDate: '2027-03-21', endDate: '2027-03-22' } });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Dîner tardif', timing: paris('2027-03-21T22:00', 180) });
    await call(core, 'activities.create', { kind: 'call', subject: 'Appel de nuit', timing: paris('2027-03-28T23:30', 15) });
    await call(core, 'activities.create', { kind: 'task', subject: 'Lundi 0 h 30', timing: paris('2027-03-29T00:30', 0) });
    await call(core, 'activities.create', { kind: 'task', subject: 'Pile au début', timing: paris('2027-03-22T00:00', 0) });
    await call(core, 'activities.create', { kind: 'visit', subject: 'Tournée longue', timing: { allDay: true, startDate: '2027-02-15', endDate: '2027-04-05' } });

    expect(lines(await week())).toEqual([
      ['Tournée longue', '2027-02-15T00:00:00.000Z', '2027-04-05T00:00:00.000Z'],
      ['Dîner tardif', '2027-03-21T21:00:00.000Z', '2027-03-22T00:00:00.000Z'],
      ['Pile au début', '2027-03-21T23:00:00.000Z', '2027-03-21T23:00:00.000Z'],
      ['Point du matin', '2027-03-25T08:00:00.000Z', '2027-03-25T08:30:00.000Z'],
      ['Point du matin', '2027-03-26T08:00:00.000Z', '2027-03-26T08:30:00.000Z'],
      ['Point du matin', '2027-03-27T08:00:00.000Z', '2027-03-27T08:30:00.000Z'],
      ['Salon', '2027-03-28T00:00:00.000Z', '2027-03-29T00:00:00.000Z'],
      // 09:00 in Paris, now UTC+2.
      ['Point du matin', '2027-03-28T07:00:00.000Z', '2027-03-28T07:30:00.000Z'],
      ['Appel de nuit', '2027-03-28T21:30:00.000Z', '2027-03-28T21:45:00.000Z'],
    ]);
    const [, , , daily] = await week();
    expect(daily).toMatchObject({ recurring: true, occurrenceKey: '20270325T090000', allDay: false, startDate: null, busy: false });
    expect(daily?.key).toBe(`${daily?.activityId}/20270325T090000`);
    const salon = (await week()).find((event) => event.subject === 'Salon');
    expect(salon).toMatchObject({ allDay: true, startDate: '2027-03-28', endDate: '2027-03-29', recurring: false, occurrenceKey: null });
    expect(salon?.key).toBe(salon?.activityId);

    // Read in New York, the same window (Sunday 21 19:00 → Sunday 28 18:00 there) holds other all-day days.
    const newYork = await call(core, 'agenda.range', { ...dstWeek, timeZone: 'America/New_York' });
    expect(newYork.filter((event) => event.allDay).map((event) => event.subject)).toEqual(['Tournée longue', 'Dimanche précédent', 'Salon']);
  });

  it('shows activities the user owns or attends, with details, and others’ private ones as busy time only', async () => {
    const contact = await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont' });
    const company = await call(core, 'companies.create', { name: 'Atelier Morel' });
    const marc = addUser(core, 'Marc Leroy');
    const mine = await call(core, 'activities.create', { kind: 'meeting', subject: 'Démo', contactId: contact.id, companyId: company.id, location: 'Lyon', timing: paris('2027-03-23T10:00') });
    const myPrivate = await call(core, 'activities.create', { kind: 'meeting', subject: 'Dentiste', scope: 'private', timing: paris('2027-03-24T08:00') });
    const timing = (local: string) => {
      const { start, end } = paris(local);
      return { starts_at: start, ends_at: end, time_zone: ZONE };
    };
    addActivityRow(core, { kind: 'meeting', subject: 'Revue Marc', owner_id: marc, ...timing('2027-03-23T14:00') });
    addActivityRow(core, { kind: 'visit', subject: 'Visite avec moi', owner_id: marc, attendees: JSON.stringify([{ kind: 'user', id: core.userId }]), ...timing('2027-03-25T10:00') });
    addActivityRow(core, {
      kind: 'meeting',
      subject: 'Entretien confidentiel',
      owner_id: marc,
      scope: 'private',
      company_id: company.id,
      location: 'Bureau 3',
      ...timing('2027-03-26T11:00'),
      recurrence: JSON.stringify({ rule: { frequency: 'daily', count: 2 } }),
    });
    addActivityRow(core, { kind: 'meeting', subject: 'Supprimée', owner_id: core.userId, deleted: 1, ...timing('2027-03-23T16:00') });

    expect((await week()).map((event) => event.subject)).toEqual(['Démo', 'Dentiste', 'Visite avec moi']);
    const [demo, dentist] = await week();
    expect(demo).toMatchObject({
      activityId: mine.id,
      kind: 'meeting',
      location: 'Lyon',
      private: false,
      owner: { id: core.userId },
      contact: { id: contact.id, name: 'Hélène Dupont' },
      company: { id: company.id, name: 'Atelier Morel' },
      deal: null,
    });
    expect(dentist).toMatchObject({ activityId: myPrivate.id, private: true, busy: false, subject: 'Dentiste' });

    const both = await week([core.userId, marc]);
    expect(both.map((event) => [event.subject, event.busy, event.owner?.displayName])).toEqual([
      ['Démo', false, expect.any(String)],
      ['Revue Marc', false, 'Marc Leroy'],
      ['Dentiste', false, expect.any(String)],
      ['Visite avec moi', false, 'Marc Leroy'],
      [null, true, 'Marc Leroy'],
      [null, true, 'Marc Leroy'],
    ]);
    const busy = both.filter((event) => event.busy);
    for (const event of busy) {
      expect(event).toMatchObject({ subject: null, location: null, contact: null, company: null, deal: null, private: true, recurring: true });
      expect(JSON.stringify(event)).not.toContain('confidentiel');
    }
    expect(busy.map((event) => event.start)).toEqual(['2027-03-26T10:00:00.000Z', '2027-03-27T10:00:00.000Z']);

    expect((await week([marc])).map((event) => event.subject)).toEqual(['Revue Marc', 'Visite avec moi', null, null]);
    // A kind filter: tasks only, and never notes (they are not in the agenda).
    await call(core, 'activities.create', { kind: 'task', subject: 'Tâche datée', timing: paris('2027-03-23T18:00', 0) });
    await call(core, 'activities.create', { kind: 'note', subject: 'Note datée', timing: paris('2027-03-23T18:00', 0) });
    expect((await call(core, 'agenda.range', { ...dstWeek, kinds: ['task', 'note'] })).map((event) => event.subject)).toEqual(['Tâche datée']);
    expect((await call(core, 'agenda.range', { ...dstWeek, userIds: [core.userId, marc], kinds: ['task'] })).some((event) => event.busy)).toBe(false);
  });
});
