import { rmSync } from 'node:fs';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCore } from '../../../../src-main/core/core';
import { write } from '../../../../src-main/core/transactions';
import { asReadDb } from '../../../../src-main/db/handles';
import { searchIndexMatchesRowids } from '../../../../src-main/db/search-index';
import { insertRecord, updateRecord } from '../../../../src-main/db/write-path';
import type { Row } from '../../../../src-main/db/synced-tables';
import { call, openTestCore, tempDir, type TestCore } from '../../../helpers/core';

let core: TestCore;
const ids: Record<string, string> = {};

/** An activity written through the write path, as the activities screens and sync write it. */
function addActivity(values: Row): string {
  const id = v7();
  write(core, (tx) => insertRecord(tx, 'activities', id, { kind: 'call', owner_id: core.userId, ...values }));
  return id;
}

const search = (q: string, extra: { limit?: number; entities?: ('contact' | 'company' | 'deal' | 'activity')[] } = {}) =>
  call(core, 'search.global', { q, ...extra });
const foundIds = async (q: string) => (await search(q)).map((hit) => hit.id);

beforeAll(async () => {
  core = openTestCore();
  const company = await call(core, 'companies.create', { name: 'Boulangeries Vernier', addresses: [{ city: 'Annecy' }] });
  ids.company = company.id;
  ids.contact = (await call(core, 'contacts.create', { firstName: 'Odile', lastName: 'Quintard', company: { companyId: company.id } })).id;
  ids.deal = (await call(core, 'deals.create', { title: 'Fours à sole Annecy', companyId: company.id, nextStep: 'Envoyer le chiffrage pétrin' })).id;
});
afterAll(() => core.dispose());

describe('global search: deals', () => {
  it('finds a deal by its title, its company and its next step, and opens its page', async () => {
    for (const q of ['fours sole', 'vernier', 'chiffrage petrin']) expect(await foundIds(q), q).toContain(ids.deal);
    const hit = (await search('fours sole')).find((found) => found.id === ids.deal);
    expect(hit).toMatchObject({ entity: 'deal', title: 'Fours à sole Annecy', opens: { entity: 'deal', id: ids.deal }, activity: null });
    // The company, then the stage the deal is in.
    expect(hit?.subtitle).toMatch(/^Boulangeries Vernier · \S/);
  });

  it('follows the deal: a new title, a cleared next step, a deletion and its undo', async () => {
    await call(core, 'deals.update', { id: ids.deal!, patch: { title: 'Four rotatif Annecy', nextStep: null } });
    expect(await foundIds('rotatif')).toContain(ids.deal);
    expect(await foundIds('fours sole')).not.toContain(ids.deal);
    expect(await foundIds('chiffrage')).not.toContain(ids.deal);
    await call(core, 'deals.delete', { ids: [ids.deal!] });
    expect(await foundIds('rotatif')).not.toContain(ids.deal);
    await call(core, 'deals.restore', { ids: [ids.deal!] });
    expect(await foundIds('rotatif')).toContain(ids.deal);
  });

  it('finds a deal under its company’s new name once the company is renamed', async () => {
    const company = await call(core, 'companies.create', { name: 'Minoterie Pascal' });
    const deal = await call(core, 'deals.create', { title: 'Silo 2027', companyId: company.id });
    await call(core, 'companies.update', { id: company.id, patch: { name: 'Moulins Réunis' } });
    expect(await foundIds('moulins reunis silo')).toContain(deal.id);
    expect(await foundIds('minoterie silo')).not.toContain(deal.id);
    // Moving the deal to another company changes what finds it too.
    await call(core, 'deals.update', { id: deal.id, patch: { companyId: ids.company! } });
    expect(await foundIds('vernier silo')).toContain(deal.id);
    expect(await foundIds('moulins silo')).not.toContain(deal.id);
  });

  it('keeps contacts and companies out of reach of deals in list filters', async () => {
    await call(core, 'deals.create', { title: 'Zéphyrine Hottelier' });
    expect((await call(core, 'contacts.list', { filters: { q: 'zephyrine' } })).rows).toEqual([]);
    expect((await call(core, 'companies.list', { filters: { q: 'zephyrine' } })).rows).toEqual([]);
    expect(await foundIds('zephyrine')).toHaveLength(1);
  });
});

describe('global search: activities', () => {
  it('finds an activity by its subject and its notes, and opens the deal it is about', async () => {
    const id = addActivity({ subject: 'Démonstration du four', notes: 'Apporter la brochure hydratation', deal_id: ids.deal!, contact_id: ids.contact!, starts_at: '2026-03-12T09:30:00.000Z' });
    for (const q of ['demonstration four', 'brochure hydratation']) expect(await foundIds(q), q).toContain(id);
    const hit = (await search('brochure')).find((found) => found.id === id);
    expect(hit).toMatchObject({
      entity: 'activity',
      title: 'Démonstration du four',
      subtitle: 'Four rotatif Annecy',
      opens: { entity: 'deal', id: ids.deal },
      activity: { kind: 'call', at: '2026-03-12T09:30:00.000Z', allDay: false },
    });
  });

  it('opens the contact, else the company, when there is no deal (or it was deleted); finds nothing to open otherwise', async () => {
    const deal = await call(core, 'deals.create', { title: 'Affaire éphémère' });
    const onDeletedDeal = addActivity({ subject: 'Relance clafoutis', deal_id: deal.id, contact_id: ids.contact! });
    const onCompany = addActivity({ subject: 'Visite clafoutis', kind: 'visit', company_id: ids.company!, all_day: 1, start_date: '2026-04-02', end_date: '2026-04-03' });
    const unlinked = addActivity({ subject: 'Penser clafoutis', kind: 'task' });
    await call(core, 'deals.delete', { ids: [deal.id] });
    const hits = await search('clafoutis');
    expect(hits.find((hit) => hit.id === onDeletedDeal)).toMatchObject({ opens: { entity: 'contact', id: ids.contact }, subtitle: 'Odile Quintard' });
    expect(hits.find((hit) => hit.id === onCompany)).toMatchObject({
      opens: { entity: 'company', id: ids.company },
      activity: { kind: 'visit', at: '2026-04-02', allDay: true },
    });
    expect(hits.map((hit) => hit.id)).not.toContain(unlinked);
  });

  it('never finds another user’s private activity, but finds one’s own and the office’s', async () => {
    const colleague = v7();
    const theirs = addActivity({ subject: 'Rendez-vous médical Quokka', scope: 'private', owner_id: colleague, contact_id: ids.contact! });
    const shared = addActivity({ subject: 'Salon Quokka', owner_id: colleague, contact_id: ids.contact! });
    const mine = addActivity({ subject: 'Dentiste Quokka', scope: 'private', contact_id: ids.contact! });
    const found = await foundIds('quokka');
    expect(found).not.toContain(theirs);
    expect(found).toEqual(expect.arrayContaining([shared, mine]));
    // Made private by its owner later (as sync would bring it): gone at once.
    write(core, (tx) => updateRecord(tx, 'activities', shared, { scope: 'private' }));
    expect(await foundIds('quokka')).not.toContain(shared);
  });

  it('finds the activities one may open even when many newer ones cannot be shown', async () => {
    const linked: string[] = [];
    write(core, (tx) => {
      for (let i = 0; i < 5; i++) {
        const id = v7();
        linked.push(id);
        insertRecord(tx, 'activities', id, { kind: 'note', subject: `Kiwano, lot ${i}`, notes: 'Vitrine de printemps', owner_id: core.userId, company_id: ids.company! });
      }
      // Newer, so read first: tasks about nothing to open, and a colleague's private calls.
      for (let i = 0; i < 90; i++) insertRecord(tx, 'activities', v7(), { kind: 'task', subject: 'Kiwano', owner_id: core.userId });
      for (let i = 0; i < 30; i++) {
        insertRecord(tx, 'activities', v7(), { kind: 'call', subject: 'Kiwano', scope: 'private', owner_id: v7(), contact_id: ids.contact! });
      }
    });
    expect((await search('kiwano', { entities: ['activity'] })).map((hit) => hit.id)).toEqual([...linked].reverse());
  });

  it('lists deals and activities newest first, those whose name matches before the others', async () => {
    const older = addActivity({ subject: 'Tarte tatin', contact_id: ids.contact! });
    const newer = addActivity({ subject: 'Tarte tatin (suite)', contact_id: ids.contact! });
    const inNotes = addActivity({ subject: 'Appel', notes: 'Parlé de la tarte tatin', contact_id: ids.contact! });
    expect((await search('tarte tatin', { entities: ['activity'] })).map((hit) => hit.id)).toEqual([newer, older, inNotes]);
  });

  it('follows edits and deletion of an activity', async () => {
    const id = addActivity({ subject: 'Appel Wurtz', notes: 'Devis mélangeur', contact_id: ids.contact! });
    write(core, (tx) => updateRecord(tx, 'activities', id, { notes: 'Devis laminoir' }));
    expect(await foundIds('laminoir')).toContain(id);
    expect(await foundIds('melangeur')).not.toContain(id);
    write(core, (tx) => updateRecord(tx, 'activities', id, { deleted: 1 }));
    expect(await foundIds('wurtz')).not.toContain(id);
  });

  it('searches only the kinds asked for', async () => {
    const hits = await search('vernier', { entities: ['deal'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.entity === 'deal')).toBe(true);
    expect((await search('vernier', { entities: ['company'] })).map((hit) => hit.id)).toEqual([ids.company]);
  });
});

describe('global search: order and share of the results', () => {
  beforeAll(() => {
    write(core, (tx) => {
      const company = v7();
      insertRecord(tx, 'companies', company, { name: 'Xylophages Associés', owner_id: core.userId });
      for (let i = 0; i < 30; i++) insertRecord(tx, 'contacts', v7(), { first_name: `Prénom${i}`, last_name: 'Xylophage', owner_id: core.userId });
      for (let i = 0; i < 8; i++) insertRecord(tx, 'deals', v7(), { title: `Traitement xylophage ${i}`, pipeline_id: 'p', stage_id: 's', owner_id: core.userId, company_id: company });
      // More activities than are ever ranked (the fast path): they must not push the records out.
      for (let i = 0; i < 1_100; i++) {
        insertRecord(tx, 'activities', v7(), { kind: 'note', subject: `Note xylophage ${i}`, notes: 'Xylophages traités', owner_id: core.userId, company_id: company });
      }
    });
  });

  it('shows contacts and companies first, then deals, then activities, each with its share', async () => {
    const hits = await search('xylophage', { limit: 20 });
    expect(hits).toHaveLength(20);
    const kinds = hits.map((hit) => (hit.entity === 'company' ? 'contact' : hit.entity));
    expect(kinds).toEqual([...kinds].sort((a, b) => ['contact', 'deal', 'activity'].indexOf(a) - ['contact', 'deal', 'activity'].indexOf(b)));
    expect(kinds.filter((kind) => kind === 'contact')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'deal')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'activity')).toHaveLength(5);
  });

  it('gives the places other kinds leave empty to those that have more', async () => {
    const hits = await search('traitement xylophage', { limit: 20 });
    expect(hits.map((hit) => hit.entity)).toEqual(Array(8).fill('deal'));
    const notes = await search('xylophages traites', { limit: 20 });
    expect(notes).toHaveLength(20);
    expect(notes.every((hit) => hit.entity === 'activity')).toBe(true);
  });

  it('puts a contact before a deal and an activity of the same name', async () => {
    const contact = await call(core, 'contacts.create', { lastName: 'Gribouillard' });
    await call(core, 'deals.create', { title: 'Gribouillard' });
    addActivity({ subject: 'Gribouillard', contact_id: contact.id });
    expect((await search('gribouillard')).map((hit) => hit.entity)).toEqual(['contact', 'deal', 'activity']);
  });
});

describe('search index of a database indexed before deals and activities were', () => {
  it('indexes the deals and activities already there when the database is opened', async () => {
    const dataDir = tempDir();
    let old = openTestCore({ dataDir });
    const company = await call(old, 'companies.create', { name: 'Pâtisserie Olbrecht' });
    const deal = await call(old, 'deals.create', { title: 'Vitrine réfrigérée', companyId: company.id });
    const activityId = v7();
    write(old, (tx) => insertRecord(tx, 'activities', activityId, { kind: 'meeting', subject: 'Essai vitrine', owner_id: old.userId, deal_id: deal.id }));
    // As an older version left it: contacts and companies only, no version marker.
    old.db.exec(`DELETE FROM search_fts WHERE rowid IN (SELECT doc_id FROM search_docs WHERE entity IN ('deal', 'activity'));
                 DELETE FROM search_docs WHERE entity IN ('deal', 'activity');
                 DELETE FROM meta WHERE key = 'search.index_version';`);
    const companyDoc = old.db.prepare("SELECT doc_id FROM search_docs WHERE entity = 'company'").pluck().get();
    expect((await call(old, 'search.global', { q: 'vitrine' })).map((hit) => hit.id)).toEqual([]);
    closeCore(old);

    old = openTestCore({ dataDir });
    try {
      expect(old.notices).toContain('search index upgraded: 2 deals and activities added');
      expect((await call(old, 'search.global', { q: 'vitrine' })).map((hit) => hit.id)).toEqual([deal.id, activityId]);
      expect((await call(old, 'search.global', { q: 'olbrecht' })).map((hit) => hit.entity)).toEqual(['company', 'deal']);
      // Contacts' and companies' entries were left as they were.
      expect(old.db.prepare("SELECT doc_id FROM search_docs WHERE entity = 'company'").pluck().get()).toBe(companyDoc);
      expect(searchIndexMatchesRowids(asReadDb(old.db))).toBe(true);
      closeCore(old);
      // Once only.
      old = openTestCore({ dataDir });
      expect(old.notices.some((notice) => notice.startsWith('search index'))).toBe(false);
    } finally {
      old.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('notices when a deal’s or an activity’s entry no longer points at its row (a restore rebuilds the index then)', () => {
    expect(searchIndexMatchesRowids(core.read)).toBe(true);
    core.db.prepare("UPDATE search_docs SET record_rowid = record_rowid + 100000 WHERE doc_id = (SELECT max(doc_id) FROM search_docs WHERE entity = 'activity')").run();
    expect(searchIndexMatchesRowids(core.read)).toBe(false);
    core.db.prepare("UPDATE search_docs SET record_rowid = record_rowid - 100000 WHERE doc_id = (SELECT max(doc_id) FROM search_docs WHERE entity = 'activity')").run();
  });
});
