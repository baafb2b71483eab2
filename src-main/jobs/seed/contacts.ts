import type { Row } from '../../db/synced-tables';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { pickCity, postcodeIn, streetLine } from './addresses';
import { createdMsAt, type CompanyRef, type SeedContext } from './context';
import type { City } from './data/places';
import { britishLandline, frenchLandline } from './phones';
import { birthday, consents, generatePerson, jobTitle, note, personalEmail, personalPhones, source, workEmail, type Person } from './people';
import type { SeedRecord } from './records';
import { recordTagging, tagRecords } from './tags';
import { DAY_MS, isoDate, isoInstant, jsonList } from './text';

type Employment = { company: CompanyRef; previous: CompanyRef | undefined };

function pickCompany(ctx: SeedContext, person: Person): CompanyRef | undefined {
  const { rng } = ctx;
  const home = ctx.companies[person.country];
  const abroad = ctx.companies[person.country === 'FR' ? 'GB' : 'FR'];
  const pool = rng.chance(0.93) && home.length > 0 ? home : abroad.length > 0 ? abroad : home;
  return pool.length > 0 ? rng.pick(pool) : undefined;
}

function employment(ctx: SeedContext, person: Person): Employment | undefined {
  if (!ctx.rng.chance(0.85)) return undefined;
  const company = pickCompany(ctx, person);
  if (!company) return undefined;
  const other = ctx.rng.chance(0.12) ? pickCompany(ctx, person) : undefined;
  return { company, previous: other && other.id !== company.id ? other : undefined };
}

function emailsFor(ctx: SeedContext, person: Person, job: Employment | undefined): { label: string; address: string }[] {
  const { rng } = ctx;
  const emails: { label: string; address: string }[] = [];
  // About 1% of contacts share an address with an earlier one, as real imports do.
  const duplicate = rng.chance(0.01) ? ctx.recentEmails.pick(rng) : undefined;
  if (duplicate) emails.push({ label: 'work', address: duplicate });
  else if (job?.company.domain && rng.chance(0.75)) emails.push({ label: 'work', address: workEmail(rng, person, job.company.domain) });
  else if (rng.chance(0.85)) emails.push({ label: 'home', address: personalEmail(rng, person) });
  if (emails.length > 0 && rng.chance(0.15)) emails.push({ label: 'home', address: personalEmail(rng, person) });
  const first = emails[0];
  if (first && !duplicate) ctx.recentEmails.add(first.address);
  return emails;
}

function phonesFor(ctx: SeedContext, person: Person, city: City): PhoneNumber[] {
  const phones = personalPhones(ctx.rng, person);
  if (ctx.rng.chance(0.45)) phones.push(person.country === 'FR' ? frenchLandline(ctx.rng, city) : britishLandline(ctx.rng, city));
  return phones;
}

function linkRecords(ctx: SeedContext, contactId: string, createdMs: number, role: string | null, job: Employment): SeedRecord[] {
  const { rng } = ctx;
  const startMs = createdMs - rng.between(30, 8 * 365) * DAY_MS;
  const records: SeedRecord[] = [];
  if (job.previous) {
    const endMs = startMs - rng.between(1, 60) * DAY_MS;
    const linkMs = Math.max(createdMs, job.previous.createdMs) + 1;
    records.push({
      table: 'contact_companies',
      id: rng.uuid7(linkMs),
      values: {
        created_at: isoInstant(linkMs),
        contact_id: contactId,
        company_id: job.previous.id,
        role: rng.chance(0.5) ? role : null,
        start_date: isoDate(endMs - rng.between(180, 6 * 365) * DAY_MS),
        end_date: isoDate(endMs),
        is_primary: 0,
      },
    });
  }
  const linkMs = Math.max(createdMs, job.company.createdMs) + 2;
  records.push({
    table: 'contact_companies',
    id: rng.uuid7(linkMs),
    values: {
      created_at: isoInstant(linkMs),
      contact_id: contactId,
      company_id: job.company.id,
      role,
      start_date: rng.chance(0.7) ? isoDate(startMs) : null,
      end_date: null,
      is_primary: 1,
    },
  });
  return records;
}

/** Up to this many people per company are remembered for its deals (memory stays bounded for `huge`). */
const EMPLOYEES_KEPT = 4;

function rememberEmployee(ctx: SeedContext, companyId: string, contactId: string): void {
  const known = ctx.contactsOfCompany.get(companyId);
  if (!known) ctx.contactsOfCompany.set(companyId, [contactId]);
  else if (known.length < EMPLOYEES_KEPT) known.push(contactId);
}

const relationKinds = [
  ['colleague', 40],
  ['reports_to', 25],
  ['referral', 25],
  ['family', 10],
] as const;

function relationRecord(ctx: SeedContext, contactId: string, createdMs: number, job: Employment | undefined): SeedRecord | undefined {
  const { rng } = ctx;
  if (!rng.chance(0.05)) return undefined;
  let kind = rng.weighted(relationKinds);
  let other = (kind === 'colleague' || kind === 'reports_to') && job ? ctx.lastContactOfCompany.get(job.company.id) : undefined;
  if (!other) {
    kind = rng.chance(0.7) ? 'referral' : 'family';
    other = ctx.recentContacts.pick(rng);
  }
  if (!other) return undefined;
  const id = rng.uuid7(createdMs + 3);
  return {
    table: 'contact_relations',
    id,
    values: { created_at: isoInstant(createdMs + 3), from_contact_id: contactId, to_contact_id: other, kind, note: null },
  };
}

/**
 * Contact `index` of `count`, with what hangs off it: its company links (a current one, sometimes
 * an earlier one that ended), a relation to another contact, tags.
 */
export function generateContact(ctx: SeedContext, index: number, count: number): SeedRecord[] {
  const { rng } = ctx;
  const createdMs = createdMsAt(ctx, index, count);
  const id = rng.uuid7(createdMs);
  const person = generatePerson(rng);
  const job = employment(ctx, person);
  const nearWork = job && job.company.country === person.country && rng.chance(0.6);
  const city = nearWork ? job.company.city : pickCity(rng, person.country);
  const hasCity = rng.chance(0.8);
  const role = jobTitle(rng, person);
  const values: Row = {
    created_at: isoInstant(createdMs),
    civility: person.civility,
    first_name: person.firstName,
    last_name: person.lastName,
    job_title: role,
    emails: jsonList(emailsFor(ctx, person, job)),
    phones: jsonList(phonesFor(ctx, person, city)),
    address: hasCity && rng.chance(0.6) ? streetLine(rng, person.country) : null,
    city: hasCity ? city.name : null,
    postcode: hasCity ? postcodeIn(rng, city, person.country) : null,
    country: person.country,
    language: person.language,
    birthday: birthday(rng),
    source: source(rng),
    notes: note(rng, person, city.name),
    owner_id: ctx.pickOwner(rng),
    ...consents(rng),
  };
  const records: SeedRecord[] = [{ table: 'contacts', id, values }];
  if (job) records.push(...linkRecords(ctx, id, createdMs, role, job));
  const relation = relationRecord(ctx, id, createdMs, job);
  if (relation) records.push(relation);
  records.push(...tagRecords(recordTagging(ctx), 'contact', id, createdMs));
  if (job) {
    ctx.lastContactOfCompany.set(job.company.id, id);
    rememberEmployee(ctx, job.company.id, id);
  }
  ctx.recentContacts.add(id);
  return records;
}
