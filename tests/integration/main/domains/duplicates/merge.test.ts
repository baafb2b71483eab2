import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordReferences } from '../../../../../src-main/db/record-references';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { allRows, richPair } from './fixtures';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

/** Live rows that still reference `id` through any reference column (JSON ones by text). */
function liveReferencesTo(id: string): string[] {
  return recordReferences.flatMap((reference) => {
    const rows = core.db.prepare(`SELECT id FROM ${reference.table} WHERE deleted = 0 AND instr(${reference.column}, ?) > 0`).all(id) as { id: string }[];
    return rows.map((row) => `${reference.table}.${reference.column}:${row.id}`);
  });
}

describe('merging two contacts', () => {
  it('keeps every linked record on the survivor, without doubles, and deletes the merged one', async () => {
    const f = await richPair(core);
    const result = await call(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.merged.id });
    if (result.entity !== 'contact') throw new Error('a contact merge answers with a contact');
    const survivor = result.record;

    const merged = core.db.prepare('SELECT deleted, merged_into FROM contacts WHERE id = ?').get(f.merged.id);
    expect(merged).toEqual({ deleted: 1, merged_into: f.survivor.id });
    expect(liveReferencesTo(f.merged.id)).toEqual([]);

    // Fields: the survivor's kept, its gaps filled, both e-mail lists and the notes joined.
    expect(survivor.lastName).toBe('Dupont');
    expect(survivor.jobTitle).toBe('Directeur');
    expect(survivor.phones.map((phone) => phone.e164)).toEqual(['+33612345678']);
    expect(survivor.emails.map((email) => email.address)).toEqual(['jean.dupont@acme.fr', 'jdupond@gmail.com']);
    expect(survivor.notes).toBe('Préfère le matin');

    // Companies: Acme once (the survivor's link, still primary), Beta moved and no longer primary.
    expect(survivor.companies.map((link) => [link.companyName, link.isPrimary]).sort()).toEqual([
      ['Acme SARL', true],
      ['Beta Conseil', false],
    ]);
    // Relations: the referral moved; the colleague one already there and the one to itself dropped.
    expect(survivor.relations.map((relation) => `${relation.direction} ${relation.kind} ${relation.otherName}`).sort()).toEqual([
      'outgoing colleague Marie Curie',
      'outgoing referral Marie Curie',
    ]);
    expect(survivor.tags.map((tag) => tag.name).sort()).toEqual(['Prospect', 'VIP']);

    const soloDeal = await call(core, 'deals.get', { id: f.soloDeal.id });
    expect(soloDeal.contacts.map((contact) => [contact.contactId, contact.role])).toEqual([[f.survivor.id, 'Décideur']]);
    const sharedDeal = await call(core, 'deals.get', { id: f.sharedDeal.id });
    expect(sharedDeal.contacts.map((contact) => contact.contactId)).toEqual([f.survivor.id]);
    expect((await call(core, 'activities.get', { id: f.call.id })).contact?.id).toBe(f.survivor.id);
    const meeting = await call(core, 'activities.get', { id: f.meeting.id });
    expect(meeting.attendees.map((attendee) => attendee.id).sort()).toEqual([f.marie.id, f.survivor.id].sort());
    expect(core.db.prepare('SELECT contact_id FROM quotes WHERE id = ?').pluck().get(f.quote.id)).toBe(f.survivor.id);
    expect(JSON.parse(core.db.prepare('SELECT state FROM saved_views WHERE id = ?').pluck().get(f.view.id) as string).filters.contactId).toBe(f.survivor.id);

    expect(result.moved).toMatchObject({ activities: 2, deals: 1, quotes: 1, tags: 1, relations: 1, links: 1 });
    expect(result.moved.dropped).toBeGreaterThanOrEqual(5);

    // The merged e-mail now finds the survivor only.
    const found = await call(core, 'duplicates.check', { entity: 'contact', draft: { emails: ['jdupond@gmail.com'] } });
    expect(found.map((candidate) => candidate.record.id)).toEqual([f.survivor.id]);
    // The survivor's history shows the merge; the merged record keeps its own.
    const history = await call(core, 'history.list', { entity: 'contact', id: f.survivor.id });
    expect(history.find((entry) => entry.field === 'merged')?.after).toBe('Jean Dupond');
    const own = await call(core, 'history.list', { entity: 'contact', id: f.merged.id });
    expect(own.some((entry) => entry.field === 'lastName' && entry.after === 'Dupond')).toBe(true);
    // …and names the record it went into, not its id.
    const survivorName = (await call(core, 'contacts.get', { id: f.survivor.id })).displayName;
    expect(own.find((entry) => entry.field === 'mergedInto')?.after).toBe(survivorName);
  });

  it('undo puts every row back as it was (links, relations, tags, deals, activities, quotes, fields)', async () => {
    const f = await richPair(core);
    const before = allRows(core);
    const result = await call(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.merged.id, fields: { lastName: 'merged' } });
    const undone = await call(core, 'duplicates.undoMerge', { mergeId: result.mergeId });
    expect(undone.keptChanges).toBe(0);
    expect(undone.restored).toBeGreaterThan(0);

    const after = allRows(core);
    for (const [table, rows] of before) {
      const now = after.get(table)!;
      for (const [id, row] of rows) expect({ table, row: now.get(id) }).toEqual({ table, row });
      // The only new rows are the survivor's own join rows the merge made, deleted again.
      for (const [id, row] of now) if (!rows.has(id)) expect({ table, deleted: row.deleted }).toEqual({ table: expect.stringMatching(/^(record_tags|deal_contacts)$/), deleted: 1 });
    }
    const merges = await call(core, 'duplicates.merges', {});
    expect(merges[0]).toMatchObject({ id: result.mergeId, canUndo: false, survivor: { displayName: 'Jean Dupont' } });
    expect(merges[0]?.undoneAt).not.toBeNull();
    expect((await callError(core, 'duplicates.undoMerge', { mergeId: result.mergeId })).code).toBe('conflict');
  });

  it('undo keeps what changed after the merge and says so', async () => {
    const f = await richPair(core);
    const result = await call(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.merged.id });
    await call(core, 'contacts.update', { id: f.survivor.id, patch: { notes: 'Rappeler en janvier' } });
    const undone = await call(core, 'duplicates.undoMerge', { mergeId: result.mergeId });
    expect(undone.keptChanges).toBe(1);
    const survivor = await call(core, 'contacts.get', { id: f.survivor.id });
    expect(survivor.notes).toBe('Rappeler en janvier');
    expect(survivor.phones).toEqual([]);
    expect((await call(core, 'contacts.get', { id: f.merged.id })).deleted).toBe(false);
  });

  it('refuses what cannot be merged: itself, a deleted record, "both" for a single value', async () => {
    const f = await richPair(core);
    expect((await callError(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.survivor.id })).code).toBe('validation');
    expect((await callError(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.merged.id, fields: { lastName: 'both' } })).code).toBe('validation');
    await call(core, 'contacts.delete', { ids: [f.marie.id] });
    expect((await callError(core, 'duplicates.merge', { entity: 'contact', survivorId: f.survivor.id, mergedId: f.marie.id })).code).toBe('conflict');
    expect((await callError(core, 'duplicates.merge', { entity: 'company', survivorId: f.acme.id, mergedId: f.survivor.id })).code).toBe('not_found');
  });

  it('the comparison shows both records field by field with what hangs off each', async () => {
    const f = await richPair(core);
    const comparison = await call(core, 'duplicates.compare', { entity: 'contact', ids: [f.survivor.id, f.merged.id] });
    const field = (name: string) => comparison.fields.find((item) => item.field === name)!;
    expect(field('lastName')).toMatchObject({ a: { value: 'Dupont' }, b: { value: 'Dupond' }, same: false, suggested: 'survivor' });
    expect(field('phones')).toMatchObject({ suggested: 'merged', b: { text: '06 12 34 56 78' } });
    expect(field('emails')).toMatchObject({ suggested: 'both', canKeepBoth: true });
    expect(field('city')).toMatchObject({ same: true });
    expect(comparison.records[1].linked).toMatchObject({ activities: 1, deals: 2, quotes: 1, tags: 2, relations: 3, links: 2 });
    expect(comparison.suggestedSurvivorId).toBe(f.merged.id);
  });

  it('counts the deals a contact is on as its Deals tab lists them: not those in the trash', async () => {
    const f = await richPair(core);
    await call(core, 'deals.delete', { ids: [f.soloDeal.id] });
    const comparison = await call(core, 'duplicates.compare', { entity: 'contact', ids: [f.survivor.id, f.merged.id] });
    expect(comparison.records[1].linked.deals).toBe(1);
    expect(comparison.records[0].linked.deals).toBe(1);
  });
});

describe('merging two companies', () => {
  it('moves people, deals, activities, quotes, price lists, subsidiaries and tags; the survivor is no child of itself', async () => {
    const keep = await call(core, 'companies.create', { name: 'Acme SARL', legalId: '732 829 320 00074' });
    const gone = await call(core, 'companies.create', { name: 'ACME SAS', website: 'acme.fr', parentCompanyId: null });
    await call(core, 'companies.update', { id: keep.id, patch: { parentCompanyId: gone.id } });
    const child = await call(core, 'companies.create', { name: 'Acme Est', parentCompanyId: gone.id });
    const person = await call(core, 'contacts.create', { lastName: 'Martin', company: { companyId: gone.id, role: null } });
    const deal = await call(core, 'deals.create', { title: 'Contrat cadre', companyId: gone.id });
    const activity = await call(core, 'activities.create', { kind: 'note', subject: 'Visite', companyId: gone.id });
    const quote = await call(core, 'quotes.create', { dealId: deal.id });
    const list = await call(core, 'priceLists.save', { name: 'Grands comptes', currency: 'EUR' });
    await call(core, 'priceLists.assign', { priceListId: list.id, companyId: gone.id });
    const tag = await call(core, 'tags.create', { name: 'Client', color: 'green' });
    await call(core, 'tags.assign', { entity: 'company', recordIds: [gone.id], tagId: tag.id });

    const before = allRows(core);
    const result = await call(core, 'duplicates.merge', { entity: 'company', survivorId: keep.id, mergedId: gone.id });
    if (result.entity !== 'company') throw new Error('a company merge answers with a company');
    expect(result.record.website).toBe('https://acme.fr');
    expect(result.record.parentCompanyId).toBeNull();
    expect(result.record.subsidiaries.map((company) => company.id)).toEqual([child.id]);
    expect(result.record.contacts.map((link) => link.contactId)).toEqual([person.id]);
    expect(result.record.tags.map((item) => item.name)).toEqual(['Client']);
    expect(core.db.prepare('SELECT company_id FROM deals WHERE id = ?').pluck().get(deal.id)).toBe(keep.id);
    expect(core.db.prepare('SELECT company_id FROM activities WHERE id = ?').pluck().get(activity.id)).toBe(keep.id);
    expect(core.db.prepare('SELECT company_id FROM quotes WHERE id = ?').pluck().get(quote.id)).toBe(keep.id);
    expect((await call(core, 'priceLists.list', { companyId: keep.id })).map((item) => item.id)).toContain(list.id);
    expect(liveReferencesTo(gone.id)).toEqual([]);
    expect(result.moved).toMatchObject({ links: 1, deals: 1, activities: 1, quotes: 1, priceLists: 1, subsidiaries: 1, tags: 1 });

    await call(core, 'duplicates.undoMerge', { mergeId: result.mergeId });
    const after = allRows(core);
    for (const [table, rows] of before) for (const [id, row] of rows) expect({ table, row: after.get(table)!.get(id) }).toEqual({ table, row });
  });

  it('never makes a company the parent of one of its parents', async () => {
    const gone = await call(core, 'companies.create', { name: 'Holding Durand' });
    const middle = await call(core, 'companies.create', { name: 'Durand Industrie', parentCompanyId: gone.id });
    const keep = await call(core, 'companies.create', { name: 'Groupe Durand', parentCompanyId: middle.id });
    await call(core, 'duplicates.merge', { entity: 'company', survivorId: keep.id, mergedId: gone.id });
    expect((await call(core, 'companies.get', { id: middle.id })).parentCompanyId).toBeNull();
    expect((await call(core, 'companies.get', { id: keep.id })).parentCompanyId).toBe(middle.id);
  });
});
