import { syncedTables } from '../../../../../src-main/db/synced-tables';
import type { Core } from '../../../../../src-main/core/core';
import { call } from '../../../../helpers/core';

/** Every synced table's rows by id, without `updated_at` (writes move it), for before/after comparisons. */
export function allRows(core: Core): Map<string, Map<string, Record<string, unknown>>> {
  const tables = new Map<string, Map<string, Record<string, unknown>>>();
  for (const table of Object.keys(syncedTables)) {
    const rows = core.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
    tables.set(table, new Map(rows.map(({ updated_at: _updated, ...row }) => [String(row.id), row])));
  }
  return tables;
}

/** A contact with what hangs off it everywhere: what a merge must move and an undo must put back. */
export async function richPair(core: Core) {
  const acme = await call(core, 'companies.create', { name: 'Acme SARL', addresses: [{ kind: 'head_office', city: 'Lyon' }] });
  const beta = await call(core, 'companies.create', { name: 'Beta Conseil', addresses: [{ kind: 'head_office', city: 'Lyon' }] });
  const marie = await call(core, 'contacts.create', { firstName: 'Marie', lastName: 'Curie', city: 'Lyon' });
  const survivor = await call(core, 'contacts.create', {
    firstName: 'Jean',
    lastName: 'Dupont',
    city: 'Lyon',
    jobTitle: 'Directeur',
    emails: [{ label: 'work', address: 'jean.dupont@acme.fr' }],
    company: { companyId: acme.id, role: 'Directeur' },
  });
  const merged = await call(core, 'contacts.create', {
    firstName: 'Jean',
    lastName: 'Dupond',
    city: 'Lyon',
    emails: [{ label: 'work', address: 'Jean.Dupont@acme.fr' }, { label: 'home', address: 'jdupond@gmail.com' }],
    phones: [{ label: 'mobile', number: '06 12 34 56 78' }],
    notes: 'Préfère le matin',
    company: { companyId: beta.id, role: 'Associé' },
  });
  // The merged one is at Acme too (a second link to the same company), and related to Marie and to the survivor.
  await call(core, 'links.add', { contactId: merged.id, companyId: acme.id, role: 'Consultant' });
  await call(core, 'relations.add', { fromContactId: survivor.id, toContactId: marie.id, kind: 'colleague' });
  await call(core, 'relations.add', { fromContactId: marie.id, toContactId: merged.id, kind: 'colleague' });
  await call(core, 'relations.add', { fromContactId: merged.id, toContactId: marie.id, kind: 'referral' });
  await call(core, 'relations.add', { fromContactId: merged.id, toContactId: survivor.id, kind: 'reports_to' });
  const vip = await call(core, 'tags.create', { name: 'VIP', color: 'red' });
  const lead = await call(core, 'tags.create', { name: 'Prospect', color: 'blue' });
  await call(core, 'tags.assign', { entity: 'contact', recordIds: [survivor.id, merged.id], tagId: vip.id });
  await call(core, 'tags.assign', { entity: 'contact', recordIds: [merged.id], tagId: lead.id });
  const soloDeal = await call(core, 'deals.create', { title: 'Fours Lyon', companyId: beta.id, contacts: [{ contactId: merged.id, role: 'Décideur' }] });
  const sharedDeal = await call(core, 'deals.create', { title: 'Pétrins', contacts: [{ contactId: survivor.id, role: null }, { contactId: merged.id, role: 'Utilisateur' }] });
  const call1 = await call(core, 'activities.create', { kind: 'call', subject: 'Appel de suivi', contactId: merged.id });
  const meeting = await call(core, 'activities.create', {
    kind: 'meeting',
    subject: 'Démonstration',
    contactId: survivor.id,
    timing: { allDay: false, start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z', timeZone: 'Europe/Paris' },
    attendees: [{ kind: 'contact', id: merged.id }, { kind: 'contact', id: marie.id }],
  });
  const quote = await call(core, 'quotes.create', { dealId: soloDeal.id, contactId: merged.id });
  const view = await call(core, 'views.save', { entity: 'deal', name: 'Affaires de Jean', state: { sort: { field: 'title', dir: 'asc' }, filters: { contactId: merged.id }, columns: ['title'] } });
  return { acme, beta, marie, survivor, merged, vip, lead, soloDeal, sharedDeal, call: call1, meeting, quote, view };
}
