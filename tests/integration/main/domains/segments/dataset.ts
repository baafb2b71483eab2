/**
 * A small hand-made base for checking segments: accents, empty fields, LIKE wildcards in values,
 * deleted records and links, a link that ended, deals in four currencies (one without a rate),
 * deals on two companies, past, future, all-day and deleted activities, tags.
 */
import type { TestCore } from '../../../../helpers/core';
import { call } from '../../../../helpers/core';

const DAY = 86_400_000;

export type Dataset = {
  nowMs: number;
  tags: { client: string; vip: string; unused: string };
  stages: { open: string[]; won: string; lost: string };
  pipelineId: string;
  companies: Record<'lyon' | 'helene' | 'acme' | 'gone' | 'brit', string>;
  contacts: Record<'helene' | 'jean' | 'zoe' | 'ana' | 'francois' | 'omer' | 'solo', string>;
  deals: Record<'big' | 'usd' | 'small' | 'won' | 'lost' | 'deleted' | 'jpy' | 'gbp', string>;
};

const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export async function seedDataset(core: TestCore): Promise<Dataset> {
  const nowMs = Date.now();
  const [pipeline] = await call(core, 'pipelines.list', {});
  if (!pipeline) throw new Error('no default pipeline');
  const open = pipeline.stages.filter((stage) => stage.kind === 'open').map((stage) => stage.id);
  const won = pipeline.stages.find((stage) => stage.kind === 'won')!.id;
  const lost = pipeline.stages.find((stage) => stage.kind === 'lost')!.id;

  await call(core, 'currency.rates.save', { currency: 'USD', validFrom: '2020-01-01', rate: '1.08' });
  await call(core, 'currency.rates.save', { currency: 'GBP', validFrom: '2020-01-01', rate: '0.86' });

  const client = (await call(core, 'tags.create', { name: 'Client' })).id;
  const vip = (await call(core, 'tags.create', { name: 'VIP' })).id;
  const unused = (await call(core, 'tags.create', { name: 'Inutilisée' })).id;

  const company = async (input: Parameters<typeof call<'companies.create'>>[2]) => (await call(core, 'companies.create', input)).id;
  const lyon = await company({
    name: 'Société Générale Lyon',
    industry: 'Banque',
    size: '250-999',
    addresses: [{ kind: 'head_office', street: '1 rue de la République', postcode: '69002', city: 'Lyon', country: 'FR' }],
    tagIds: [client],
  });
  const helene = await company({ name: 'Éditions Hélène', industry: 'Édition', addresses: [{ kind: 'head_office', city: 'Lyon 3e', postcode: '69003', country: 'FR' }] });
  const acme = await company({ name: 'Acme', addresses: [{ kind: 'head_office', city: 'Paris', country: 'FR' }], parentCompanyId: lyon, notes: '100% fidèle' });
  const gone = await company({ name: 'Disparue', addresses: [{ kind: 'head_office', city: 'Lyon', country: 'FR' }] });
  const brit = await company({ name: 'Brit Ltd', addresses: [{ kind: 'head_office', city: 'London', country: 'GB' }], emails: [{ label: 'work', address: 'hello@brit.co.uk' }], tagIds: [vip] });

  const contact = async (input: Parameters<typeof call<'contacts.create'>>[2]) => (await call(core, 'contacts.create', input)).id;
  const heleneContact = await contact({
    firstName: 'Hélène',
    lastName: 'Dupont',
    city: 'Lyon',
    jobTitle: 'Directrice commerciale',
    emails: [{ label: 'work', address: 'helene.dupont@sg-lyon.fr' }, { label: 'home', address: 'helene@maison.fr' }],
    consentEmail: 'granted',
    birthday: '1980-05-12',
    language: 'fr',
    tagIds: [client, vip],
  });
  const jean = await contact({ firstName: 'Jean', lastName: 'Martin', jobTitle: '  ', consentEmail: 'refused', tagIds: [client] });
  const zoe = await contact({ firstName: 'Zoë', lastName: "O'Brien", city: 'Paris', language: 'en', phones: [{ label: 'mobile', number: '06 12 34 56 78' }] });
  const ana = await contact({ firstName: 'Ana-María', lastName: 'Núñez', city: 'lyon' });
  const francois = await contact({ firstName: 'François', lastName: 'Lefèvre', city: 'Lyon' });
  const omer = await contact({ firstName: 'Ömer', lastName: 'Çelik', city: 'Saint-Étienne', source: '100% web_site' });
  const solo = await contact({ lastName: 'Solo' });

  await call(core, 'links.add', { contactId: heleneContact, companyId: lyon, isPrimary: true });
  await call(core, 'links.add', { contactId: jean, companyId: helene });
  await call(core, 'links.add', { contactId: jean, companyId: lyon, startDate: '2019-01-01', endDate: '2025-01-01' });
  await call(core, 'links.add', { contactId: zoe, companyId: acme });
  await call(core, 'links.add', { contactId: zoe, companyId: brit });
  await call(core, 'links.add', { contactId: ana, companyId: gone });
  await call(core, 'links.add', { contactId: francois, companyId: lyon });
  const removed = await call(core, 'links.add', { contactId: omer, companyId: lyon });
  await call(core, 'links.remove', { id: removed.id });

  const deal = async (input: Parameters<typeof call<'deals.create'>>[2]) => (await call(core, 'deals.create', input)).id;
  const [firstOpen, secondOpen = firstOpen] = open as [string, string?];
  const inDays = (days: number) => day(nowMs + days * DAY);
  const big = await deal({ title: 'Grand projet', stageId: firstOpen, companyId: lyon, amountMinor: 1_500_000, currency: 'EUR', expectedClose: inDays(20), contacts: [{ contactId: heleneContact }], tagIds: [vip] });
  const usd = await deal({ title: 'US deal', stageId: secondOpen, companyId: brit, amountMinor: 2_000_000, currency: 'USD', expectedClose: inDays(-3), contacts: [{ contactId: zoe }], probability: 80 });
  const small = await deal({ title: 'Petit lot', stageId: firstOpen, companyId: lyon, amountMinor: 500_000, currency: 'EUR', contacts: [{ contactId: heleneContact }, { contactId: jean }] });
  const wonDeal = await deal({ title: 'Signée', stageId: won, companyId: helene, amountMinor: 5_000_000, currency: 'EUR', contacts: [{ contactId: jean }], source: 'Salon' });
  const lostDeal = await deal({ title: 'Perdue', stageId: lost, companyId: acme, amountMinor: 1_200_000, currency: 'EUR', contacts: [{ contactId: zoe }] });
  const deleted = await deal({ title: 'Effacée', stageId: firstOpen, companyId: lyon, amountMinor: 9_900_000, currency: 'EUR', contacts: [{ contactId: ana }, { contactId: francois }] });
  const jpy = await deal({ title: 'Tokyo', stageId: firstOpen, amountMinor: 2_000_000, currency: 'JPY', contacts: [{ contactId: omer }] });
  const gbp = await deal({ title: 'London', stageId: secondOpen, companyId: brit, amountMinor: 900_000, currency: 'GBP', contacts: [{ contactId: zoe }], nextStep: 'Relancer' });
  await call(core, 'deals.delete', { ids: [deleted] });

  const timed = (days: number) => ({ allDay: false as const, start: iso(nowMs + days * DAY), end: iso(nowMs + days * DAY + 3_600_000), timeZone: 'Europe/Paris' });
  await call(core, 'activities.create', { kind: 'call', subject: 'Appel découverte', contactId: heleneContact, timing: timed(-10), direction: 'outbound', durationMinutes: 15, outcome: 'interested' });
  await call(core, 'activities.create', { kind: 'meeting', subject: 'Rendez-vous', contactId: jean, timing: timed(-90) });
  await call(core, 'activities.create', { kind: 'task', subject: 'Envoyer la proposition', contactId: zoe, timing: timed(5), priority: 'high' });
  await call(core, 'activities.create', { kind: 'note', subject: 'Compte rendu', companyId: lyon, timing: timed(-30) });
  await call(core, 'activities.create', { kind: 'visit', subject: 'Visite usine', contactId: omer, timing: { allDay: true, startDate: inDays(-20), endDate: inDays(-19) } });
  const gonePast = await call(core, 'activities.create', { kind: 'call', subject: 'Appel effacé', contactId: jean, timing: timed(-5) });
  await call(core, 'activities.delete', { ids: [gonePast.id] });
  await call(core, 'activities.create', { kind: 'email', subject: 'Devis envoyé', dealId: big, contactId: heleneContact, timing: timed(-2) });
  await call(core, 'activities.create', { kind: 'task', subject: 'Relance faite', contactId: jean, companyId: helene, timing: timed(-3), done: true, priority: 'low' });

  await call(core, 'contacts.delete', { ids: [francois] });
  await call(core, 'companies.delete', { ids: [gone] });

  return {
    nowMs,
    tags: { client, vip, unused },
    stages: { open, won, lost },
    pipelineId: pipeline.id,
    companies: { lyon, helene, acme, gone, brit },
    contacts: { helene: heleneContact, jean, zoe, ana, francois, omer, solo },
    deals: { big, usd, small, won: wonDeal, lost: lostDeal, deleted, jpy, gbp },
  };
}
