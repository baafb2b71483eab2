import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../../src-shared/domain/money-format';
import { docxFootersText, docxText, docxXml } from '../../../../fixtures/documents/docx-text';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { paris } from '../activities/fixtures';
import { assertBalancedXml, outgoingBytes, seedPeople, type People } from './fixtures';

let core: TestCore;
let people: People;
beforeEach(async () => {
  core = openTestCore();
  people = await seedPeople(core);
});
afterEach(() => core.dispose());

/** Hélène's world: a relation, a tag, deals (two open, one won), activities, a subsidiary of ACME. */
async function enrich(): Promise<void> {
  await call(core, 'relations.add', { fromContactId: people.helene.id, toContactId: people.jean.id, kind: 'reports_to', note: 'depuis 2025' });
  const tag = await call(core, 'tags.create', { name: 'Salon 2026', color: 'blue' });
  await call(core, 'tags.assign', { entity: 'contact', recordIds: [people.helene.id], tagId: tag.id });
  await call(core, 'companies.create', { name: 'ACME Lyon', parentCompanyId: people.acme.id });
  const contacts = [{ contactId: people.helene.id }];
  await call(core, 'deals.create', { title: 'Rayonnages', companyId: people.acme.id, contacts, amountMinor: 1_250_050, currency: 'EUR', expectedClose: '2027-03-31' });
  await call(core, 'deals.create', { title: 'Export USA', companyId: people.acme.id, contacts, amountMinor: 990_000, currency: 'USD' });
  const won = await call(core, 'deals.create', { title: 'Ancienne commande', companyId: people.acme.id, contacts, amountMinor: 100, currency: 'EUR' });
  const [pipeline] = await call(core, 'pipelines.list', {});
  const wonStage = pipeline?.stages.find((stage) => stage.kind === 'won');
  await call(core, 'deals.move', { id: won.id, stageId: wonStage?.id ?? '' });
  await call(core, 'activities.create', { kind: 'call', subject: 'Appel de suivi', contactId: people.helene.id, outcome: 'interested', timing: paris('2026-10-05T10:00', 10) });
  await call(core, 'activities.create', { kind: 'task', subject: 'Envoyer le catalogue', contactId: people.helene.id, done: true });
  await call(core, 'activities.create', { kind: 'note', subject: 'Visite du dépôt', companyId: people.acme.id });
}

describe('Word sheets', () => {
  it('a contact’s sheet holds the record, its companies and relations, open deals in their currency and recent activities', async () => {
    await enrich();
    const file = await call(core, 'documents.contactSheet', { id: people.helene.id, timeZone: 'Europe/Paris' });
    expect(file).toMatchObject({ fileName: 'Fiche Mme Hélène Lefèvre.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const bytes = await outgoingBytes(core, file);
    assertBalancedXml(await docxXml(bytes));
    const text = await docxText(bytes);
    for (const expected of [
      'Fiche contact',
      'Mme Hélène Lefèvre',
      'Acheteuse — ACME & Fils',
      'helene@acme.fr (Travail)',
      '06 12 34 56 78 (Mobile)',
      '12 rue de la Paix\nBâtiment B\n69002 Lyon\nFrance',
      'Consentement courrier | Accepté',
      'Salon 2026',
      'ACME & Fils — Acheteuse, principale',
      'Rend compte à Jean Dupont — depuis 2025',
      `Rayonnages — ACME & Fils | Qualification | ${formatMoney('fr', 1_250_050, 'EUR')} | 31 mars 2027`,
      `Export USA — ACME & Fils | Qualification | ${formatMoney('fr', 990_000, 'USD')} | `,
      'Appel | Appel de suivi (Intéressé)',
      'Tâche | Envoyer le catalogue (faite)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Ancienne commande');
    expect(text).toMatch(/5 oct\. 2026(,| à) 10:00/);
    expect(await docxFootersText(bytes)).toMatch(/Fiche éditée le \d{1,2}(er)? \S+ \d{4}/);
  });

  it('a company’s sheet holds its group, its people, open deals and the activities of its people', async () => {
    await enrich();
    const file = await call(core, 'documents.companySheet', { id: people.acme.id, language: 'en' });
    expect(file.fileName).toBe('Sheet ACME & Fils.docx');
    const text = await docxText(await outgoingBytes(core, file));
    for (const expected of [
      'Company sheet',
      'ACME & Fils',
      'https://acme.fr',
      'Head office — 5 avenue des Lilas, 75011 Paris, France',
      'Subsidiaries | ACME Lyon',
      'Hélène Lefèvre — Acheteuse, primary',
      'Jean Dupont',
      `Rayonnages — ACME & Fils | Qualification | ${formatMoney('en', 1_250_050, 'EUR')} | 31 Mar 2027`,
      'Call | Appel de suivi (Interested) | Hélène Lefèvre',
      'Note | Visite du dépôt',
      'Open deals',
      'Recent activities',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('says so when a record has nothing to list', async () => {
    const text = await docxText(await outgoingBytes(core, await call(core, 'documents.contactSheet', { id: people.zoe.id })));
    expect(text).toContain('Affaires en cours\nAucune\n');
    expect(text).toContain('Activités récentes\nAucune\n');
    expect(text).toContain('Relations\nAucune\n');
  });
});
