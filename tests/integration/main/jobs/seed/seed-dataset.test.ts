import { afterEach, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { createRng } from '../../../../../src-main/jobs/seed/rng';
import { newSeedContext } from '../../../../../src-main/jobs/seed/context';
import { companyRecords, DEFAULT_REFERENCE_DATE } from '../../../../../src-main/jobs/seed/seed-dataset';
import { generateContact } from '../../../../../src-main/jobs/seed/contacts';
import type { SeedRecord } from '../../../../../src-main/jobs/seed/records';
import { contactCreateInput } from '../../../../../src-shared/contract/inputs/contacts';
import { companyCreateInput } from '../../../../../src-shared/contract/inputs/companies';
import { toE164, type PhoneNumber } from '../../../../../src-shared/domain/phone';
import { legalIdProblem } from '../../../../../src-shared/domain/siret';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

const opened: TestCore[] = [];
function freshCore(): TestCore {
  const core = openTestCore();
  opened.push(core);
  return core;
}
afterEach(() => {
  for (const core of opened.splice(0)) core.dispose();
});

const syncedTables = ['users', 'contacts', 'companies', 'contact_companies', 'contact_relations', 'tags', 'record_tags'];

/**
 * The rows a seed produced, comparable across databases: `updated_at` is the time of the write
 * (not data), and the local user is created per database, so its id is replaced by a marker.
 */
function seededRows(core: TestCore): Record<string, unknown[]> {
  return Object.fromEntries(
    syncedTables.map((table) => {
      const rows = core.db.prepare(`SELECT * FROM ${table} WHERE id != ? ORDER BY id`).all(core.userId) as Record<string, unknown>[];
      return [
        table,
        rows.map(({ updated_at: _updatedAt, ...row }) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === core.userId ? '<local user>' : value])),
        ),
      ];
    }),
  );
}

const count = (core: TestCore, sql: string): number => core.db.prepare(sql).pluck().get() as number;

/** The first `contacts` contacts of a large-sized run, without a database: the generator alone. */
function generateSample(contacts: number, companies: number): { companies: SeedRecord[]; contacts: SeedRecord[] } {
  const ctx = newSeedContext(createRng(7), DEFAULT_REFERENCE_DATE.getTime(), {
    pickOwner: () => '01900000-0000-7000-8000-000000000000',
    userIds: ['01900000-0000-7000-8000-000000000000'],
    tagIds: Array.from({ length: 12 }, (_, i) => `01900000-0000-7000-8000-0000000000${String(i).padStart(2, '0')}`),
  });
  const out = { companies: [] as SeedRecord[], contacts: [] as SeedRecord[] };
  for (let i = 0; i < companies; i++) out.companies.push(...companyRecords(ctx, i, companies).records);
  for (let i = 0; i < contacts; i++) out.contacts.push(...generateContact(ctx, i, contacts));
  return out;
}

const parse = <T>(value: unknown): T => JSON.parse(String(value)) as T;

describe('seedDataset: the demo dataset through the write path', () => {
  it('creates the documented counts, with a complete change log and search index', () => {
    const core = freshCore();
    const progress: [number, number][] = [];
    const result = seedDataset(core, { size: 'demo', onProgress: (done, total) => progress.push([done, total]) });

    expect(result).toMatchObject({ contacts: 200, companies: 40, deals: 60, activities: 600, products: 60 });
    expect(result.quotes).toBe(count(core, 'SELECT count(*) FROM quotes'));
    expect(count(core, 'SELECT count(*) FROM contacts')).toBe(200);
    expect(count(core, 'SELECT count(*) FROM companies')).toBe(40);
    expect(count(core, 'SELECT count(*) FROM tags')).toBe(12);
    expect(count(core, 'SELECT count(*) FROM users')).toBe(12);
    expect(count(core, 'SELECT count(*) FROM contact_companies')).toBeGreaterThan(150);
    expect(count(core, 'SELECT count(*) FROM contact_relations')).toBeGreaterThan(0);
    expect(count(core, 'SELECT count(*) FROM record_tags')).toBeGreaterThan(0);
    expect(count(core, 'SELECT count(*) FROM deals')).toBe(60);
    expect(count(core, 'SELECT count(*) FROM activities')).toBe(600);
    expect(count(core, 'SELECT count(*) FROM products')).toBe(60);
    // Every record went through the write path: logged, versioned and searchable.
    expect(count(core, "SELECT count(DISTINCT row_id) FROM change_log WHERE tbl = 'contacts'")).toBe(200);
    expect(count(core, "SELECT count(DISTINCT row_id) FROM row_versions WHERE tbl = 'contact_companies'")).toBe(
      count(core, 'SELECT count(*) FROM contact_companies'),
    );
    expect(count(core, 'SELECT count(*) FROM search_docs')).toBe(900);
    // Companies, contacts, deals (each with its contacts, history, tags and quotes), then activities.
    expect(progress.at(-1)).toEqual([900, 900]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('gives the same rows, ids included, for the same seed, and other rows for another seed', () => {
    const first = freshCore();
    const second = freshCore();
    const third = freshCore();
    seedDataset(first, { size: 'demo', seed: 1234 });
    seedDataset(second, { size: 'demo', seed: 1234, batchSize: 17 });
    seedDataset(third, { size: 'demo', seed: 1235 });

    const rows = seededRows(first);
    expect(rows.contacts).toHaveLength(200);
    expect(seededRows(second)).toEqual(rows);
    expect(seededRows(third).contacts).not.toEqual(rows.contacts);
  });

  it('dates records over the three years before the reference date, with time-ordered UUIDv7 ids', () => {
    const core = freshCore();
    seedDataset(core, { size: 'demo', referenceDate: new Date('2025-06-30T00:00:00Z') });
    const rows = core.db.prepare('SELECT id, created_at FROM contacts ORDER BY created_at').all() as { id: string; created_at: string }[];
    expect(rows[0]?.created_at.slice(0, 4)).toBe('2022');
    expect(rows.at(-1)?.created_at.slice(0, 4)).toBe('2025');
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(row.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(row.created_at));
    }
  });

  it('refuses to seed the same seed twice, leaving the database as it was', () => {
    const core = freshCore();
    seedDataset(core, { size: 'demo', seed: 5 });
    const before = count(core, 'SELECT count(*) FROM change_log');
    expect(() => seedDataset(core, { size: 'demo', seed: 5 })).toThrow(/already holds the data of seed 5/);
    expect(count(core, 'SELECT count(*) FROM change_log')).toBe(before);
    // Another seed adds its records and reuses the tags and sales reps.
    seedDataset(core, { size: 'demo', seed: 6 });
    expect(count(core, 'SELECT count(*) FROM contacts')).toBe(400);
    expect(count(core, 'SELECT count(*) FROM tags')).toBe(12);
    expect(count(core, 'SELECT count(*) FROM users')).toBe(12);
  });

  it('is found by global search, accents or not', async () => {
    const core = freshCore();
    seedDataset(core, { size: 'demo' });
    const withAccent = core.db.prepare("SELECT first_name FROM contacts WHERE first_name LIKE '%é%' LIMIT 1").pluck().get() as string;
    const folded = withAccent.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const hits = await call(core, 'search.global', { q: folded, limit: 50 });
    expect(hits.some((hit) => hit.title.includes(withAccent))).toBe(true);
  });
});

describe('the generated data is realistic (20,000 contacts, 4,000 companies, generator only)', () => {
  const sample = generateSample(20_000, 4_000);
  const contacts = sample.contacts.filter((record) => record.table === 'contacts');
  const companies = sample.companies.filter((record) => record.table === 'companies');
  const links = sample.contacts.filter((record) => record.table === 'contact_companies');

  it('has French names with their accents, and English ones', () => {
    const names = contacts.map((record) => `${String(record.values.first_name ?? '')} ${String(record.values.last_name ?? '')}`);
    const accented = names.filter((name) => /[À-ÿ]/.test(name)).length / names.length;
    expect(accented).toBeGreaterThan(0.2);
    for (const name of ['Hélène', 'François', 'Lefèvre', 'Bérénice', 'Chloé']) expect(names.some((n) => n.includes(name))).toBe(true);
    const french = contacts.filter((record) => record.values.language === 'fr').length / contacts.length;
    expect(french).toBeGreaterThan(0.65);
    expect(french).toBeLessThan(0.75);
  });

  it('duplicates about 1% of e-mail addresses on purpose', () => {
    const owners = new Map<string, number>();
    for (const record of contacts) {
      for (const email of parse<{ address: string }[]>(record.values.emails ?? '[]')) owners.set(email.address, (owners.get(email.address) ?? 0) + 1);
    }
    const withEmail = contacts.filter((record) => record.values.emails).length;
    const sharing = contacts.filter((record) =>
      parse<{ address: string }[]>(record.values.emails ?? '[]').some((email) => (owners.get(email.address) ?? 0) > 1),
    ).length;
    const duplicateRate = (sharing / 2) / withEmail;
    expect(duplicateRate).toBeGreaterThan(0.005);
    expect(duplicateRate).toBeLessThan(0.025);
  });

  it('passes the app’s own contact validation (e-mails, phones as typed, dates, enums)', () => {
    for (const record of contacts) {
      const v = record.values;
      const phones = parse<PhoneNumber[]>(v.phones ?? '[]');
      const input = Object.fromEntries(
        Object.entries({
          civility: v.civility,
          firstName: v.first_name,
          lastName: v.last_name,
          jobTitle: v.job_title,
          emails: parse<unknown[]>(v.emails ?? '[]'),
          phones: phones.map((phone) => ({ label: phone.label, number: phone.raw })),
          address: v.address,
          city: v.city,
          postcode: v.postcode,
          country: v.country,
          language: v.language,
          birthday: v.birthday,
          source: v.source,
          notes: v.notes,
          consentEmail: v.consent_email ?? undefined,
          consentPhone: v.consent_phone ?? undefined,
          consentMail: v.consent_mail ?? undefined,
        }).filter(([, value]) => value !== undefined),
      );
      const parsed = contactCreateInput.safeParse(input);
      expect(parsed.error?.issues ?? [], JSON.stringify(input)).toEqual([]);
      // The stored E.164 is what the app derives from the number as typed, in the contact's country.
      for (const phone of phones) expect(toE164(phone.raw, String(v.country))).toBe(phone.e164);
    }
  });

  it('writes French phone numbers the way French people type them', () => {
    const phones = contacts.flatMap((record) => parse<PhoneNumber[]>(record.values.phones ?? '[]')).filter((p) => p.e164.startsWith('+33'));
    const mobiles = phones.filter((phone) => /^\+33[67]/.test(phone.e164));
    expect(mobiles.length / phones.length).toBeGreaterThan(0.5);
    expect(phones.some((phone) => /^0[67] \d\d \d\d \d\d \d\d$/.test(phone.raw))).toBe(true);
    expect(phones.some((phone) => /^0[1-5] \d\d \d\d \d\d \d\d$/.test(phone.raw))).toBe(true);
    const british = contacts.filter((record) => record.values.country === 'GB').flatMap((record) => parse<PhoneNumber[]>(record.values.phones ?? '[]'));
    expect(british.length).toBeGreaterThan(0);
    expect(british.every((phone) => phone.e164.startsWith('+44'))).toBe(true);
  });

  it('makes companies the app accepts: names with legal forms, Luhn-valid SIRETs, websites, addresses', () => {
    for (const record of companies) {
      const v = record.values;
      const phones = parse<PhoneNumber[]>(v.phones ?? '[]');
      const input = Object.fromEntries(
        Object.entries({
          name: v.name,
          legalId: v.legal_id,
          industry: v.industry,
          size: v.size,
          website: v.website,
          addresses: parse<unknown[]>(v.addresses ?? '[]'),
          phones: phones.map((phone) => ({ label: phone.label, number: phone.raw })),
          emails: parse<unknown[]>(v.emails ?? '[]'),
          notes: v.notes,
        }).filter(([, value]) => value !== undefined),
      );
      const parsed = companyCreateInput.safeParse(input);
      expect(parsed.error?.issues ?? [], JSON.stringify(input)).toEqual([]);
      if (typeof v.legal_id === 'string') expect(legalIdProblem(v.legal_id)).toBeNull();
    }
    const french = companies.filter((record) => String(record.values.addresses).includes('"country":"FR"'));
    expect(french.filter((record) => /^\d{3} \d{3} \d{3} \d{5}$/.test(String(record.values.legal_id))).length / french.length).toBeGreaterThan(0.8);
    expect(french.filter((record) => / (SARL|SAS|SASU|SA|EURL|SNC|SCOP)$/.test(String(record.values.name))).length / french.length).toBeGreaterThan(0.7);
    const parents = companies.filter((record) => record.values.parent_company_id).length / companies.length;
    expect(parents).toBeGreaterThan(0.03);
    expect(parents).toBeLessThan(0.07);
  });

  it('links most contacts to a company, some to an earlier one that ended', () => {
    const linked = new Set(links.map((record) => record.values.contact_id));
    expect(linked.size / contacts.length).toBeGreaterThan(0.8);
    const ended = links.filter((record) => record.values.end_date);
    expect(ended.length).toBeGreaterThan(0);
    for (const link of ended) {
      expect(link.values.is_primary).toBe(0);
      expect(String(link.values.start_date) < String(link.values.end_date)).toBe(true);
    }
    const tagged = new Set(sample.contacts.filter((record) => record.table === 'record_tags').map((record) => record.values.record_id));
    expect(tagged.size / contacts.length).toBeGreaterThan(0.25);
    expect(tagged.size / contacts.length).toBeLessThan(0.35);
  });
});
