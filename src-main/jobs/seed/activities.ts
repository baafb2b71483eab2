import { localMsAt, instantOfLocal, MS_PER_DAY, type Recurrence } from '../../../src-shared/domain/recurrence';
import type { Row } from '../../db/synced-tables';
import { spreadMs, type CompanyRef, type SeedContext } from './context';
import { activityNotes, allDaySubjects, callSubjects, emailSubjects, meetingPlaces, meetingSubjects, noteSubjects, taskSubjects, visitSubjects } from './data/activities';
import type { SeedRecord } from './records';
import type { Rng } from './rng';
import { isoDate, isoInstant } from './text';

type Language = 'fr' | 'en';
type Kind = 'task' | 'call' | 'meeting' | 'visit' | 'note' | 'email';

const kindShares: readonly (readonly [Kind, number])[] = [
  ['call', 32],
  ['task', 22],
  ['note', 15],
  ['email', 16],
  ['meeting', 12],
  ['visit', 3],
];
/** Share of the activities spent on a handful of key accounts (one has ~2,000 in `large`: the timeline benchmark's company). */
const KEY_ACCOUNT_SHARE = 0.035;
const KEY_ACCOUNTS = 5;

/** What the generator remembers between activities: the last call, which tasks follow up. */
export type ActivityState = { rng: Rng; lastCall: { id: string; company: CompanyRef | undefined; contactId: string | null } | null };

const zoneOf = (company: CompanyRef | undefined) => (company?.country === 'GB' ? 'Europe/London' : 'Europe/Paris');

/** A working time on the day of `ms` (or the next working day) in the zone: 8:00–18:55, Monday to Friday. */
function workTime(rng: Rng, ms: number, zone: string): number {
  let day = Math.floor(localMsAt(ms, zone) / MS_PER_DAY);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  while ((day + 3) % 7 >= 5) day += 1;
  const minutes = rng.between(8, 17) * 60 + rng.int(12) * 5;
  return instantOfLocal(day * MS_PER_DAY + minutes * 60_000, zone);
}

/** A company created before `ms`: mostly French, now and then a key account. */
function pickCompany(ctx: SeedContext, rng: Rng, ms: number): CompanyRef | undefined {
  if (ctx.companies.FR.length >= KEY_ACCOUNTS && rng.chance(KEY_ACCOUNT_SHARE)) return ctx.companies.FR[rng.int(KEY_ACCOUNTS)];
  if (!rng.chance(0.92)) return undefined;
  const pool = rng.chance(0.82) && ctx.companies.FR.length > 0 ? ctx.companies.FR : ctx.companies.GB.length > 0 ? ctx.companies.GB : ctx.companies.FR;
  let low = 0;
  let high = pool.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((pool[mid] as CompanyRef).createdMs <= ms) low = mid + 1;
    else high = mid;
  }
  return pool.length === 0 ? undefined : pool[rng.int(Math.max(low, Math.min(5, pool.length)))];
}

function recurrenceOf(rng: Rng, startMs: number): Recurrence {
  const weekday = (['MO', 'TU', 'WE', 'TH', 'FR'] as const)[(Math.floor(startMs / MS_PER_DAY) + 3) % 7] ?? 'MO';
  const shape = rng.int(4);
  if (shape === 0) return { rule: { frequency: 'weekly', byDay: [{ weekday }], count: rng.between(4, 26) } };
  if (shape === 1) return { rule: { frequency: 'weekly', interval: 2, byDay: [{ weekday }], until: { date: isoDate(startMs + rng.between(60, 240) * MS_PER_DAY) } } };
  if (shape === 2) return { rule: { frequency: 'monthly', byDay: [{ weekday, ordinal: 1 }], count: rng.between(3, 12) } };
  return { rule: { frequency: 'weekly', byDay: [{ weekday }] } };
}

function eventValues(rng: Rng, kind: 'meeting' | 'visit', language: Language, company: CompanyRef | undefined, createdMs: number, ownerId: string): Row {
  const zone = zoneOf(company);
  if (kind === 'meeting' && rng.chance(0.03)) {
    const first = createdMs + rng.between(5, 40) * MS_PER_DAY;
    return {
      subject: rng.pick(allDaySubjects[language]),
      all_day: 1,
      start_date: isoDate(first),
      end_date: isoDate(first + rng.between(1, 3) * MS_PER_DAY),
      location: company?.city.name ?? null,
    };
  }
  const startMs = workTime(rng, createdMs + rng.between(1, 21) * MS_PER_DAY, zone);
  const minutes = rng.pick([30, 45, 60, 60, 90, 120]);
  const attendees = [{ kind: 'user', id: ownerId }];
  return {
    subject: `${rng.pick((kind === 'visit' ? visitSubjects : meetingSubjects)[language])}${company ? ` — ${company.name}` : ''}`,
    all_day: 0,
    starts_at: isoInstant(startMs),
    ends_at: isoInstant(startMs + minutes * 60_000),
    time_zone: zone,
    recurrence: kind === 'meeting' && rng.chance(0.015) ? JSON.stringify(recurrenceOf(rng, startMs)) : null,
    location: kind === 'visit' ? (company?.city.name ?? null) : rng.pick(meetingPlaces[language]),
    ...(rng.chance(0.2) ? { attendees: JSON.stringify(attendees) } : {}),
    ...(rng.chance(0.8) ? { reminders: rng.weighted([['[15]', 60], ['[15,1440]', 25], ['[30]', 15]] as const) } : {}),
  };
}

function taskValues(rng: Rng, language: Language, company: CompanyRef | undefined, createdMs: number, endMs: number): Row {
  const zone = zoneOf(company);
  const dueMs = createdMs + rng.between(1, 14) * MS_PER_DAY;
  const shape = rng.weighted([['timed', 55], ['date', 40], ['none', 5]] as const);
  const timing: Row =
    shape === 'timed'
      ? { all_day: 0, starts_at: isoInstant(workTime(rng, dueMs, zone)), time_zone: zone }
      : shape === 'date'
        ? { all_day: 1, start_date: isoDate(dueMs), end_date: isoDate(dueMs + MS_PER_DAY) }
        : { all_day: 0 };
  const done = dueMs < endMs ? rng.chance(0.9) : rng.chance(0.05);
  return {
    subject: rng.pick(taskSubjects[language]),
    ...timing,
    priority: rng.weighted([['normal', 70], ['high', 20], ['low', 10]] as const),
    done_at: done ? isoInstant(Math.min(endMs, dueMs + rng.between(-2, 1) * MS_PER_DAY)) : null,
    ...(shape === 'timed' && rng.chance(0.2) ? { reminders: '[0]' } : {}),
  };
}

function loggedValues(rng: Rng, kind: 'call' | 'note' | 'email', language: Language, company: CompanyRef | undefined, createdMs: number): Row {
  const zone = zoneOf(company);
  const atMs = workTime(rng, createdMs, zone);
  const base: Row = { all_day: 0, starts_at: isoInstant(atMs), time_zone: zone };
  if (kind === 'note') return { ...base, subject: rng.pick(noteSubjects[language]) };
  if (kind === 'email') return { ...base, subject: rng.pick(emailSubjects[language]), direction: rng.chance(0.6) ? 'outbound' : 'inbound' };
  const minutes = rng.between(1, 30);
  return {
    ...base,
    subject: rng.pick(callSubjects[language]),
    ends_at: isoInstant(atMs + minutes * 60_000),
    direction: rng.chance(0.7) ? 'outbound' : 'inbound',
    duration_min: minutes,
    outcome: rng.weighted([['reached', 35], ['interested', 15], ['callback', 12], ['voicemail', 18], ['no_answer', 15], ['not_interested', 5]] as const),
  };
}

/** The time columns of a private meeting, as the office sees them (busy_slots, same id). */
const busyColumns = ['created_at', 'owner_id', 'all_day', 'starts_at', 'ends_at', 'start_date', 'end_date', 'time_zone', 'recurrence'] as const;

/**
 * Activity `index` of `count`: who (a rep, evenly: each does their own calls), about which company,
 * contact and deal, and when — logged calls, notes and e-mails at the time they happened, meetings
 * planned days ahead (the newest ones in the future), tasks due within two weeks and mostly done.
 */
export function generateActivity(ctx: SeedContext, state: ActivityState, index: number, count: number): SeedRecord[] {
  const { rng } = state;
  const createdMs = spreadMs(rng, ctx, index, count);
  const id = rng.uuid7(createdMs);
  const kind = rng.weighted(kindShares);
  let company = pickCompany(ctx, rng, createdMs);
  const ownerId = rng.pick(ctx.userIds);
  let followUpOf: string | null = null;
  if (kind === 'task' && state.lastCall && rng.chance(0.3)) {
    followUpOf = state.lastCall.id;
    company = state.lastCall.company;
  }
  const language: Language = company?.country === 'GB' ? 'en' : 'fr';
  const people = company ? (ctx.contactsOfCompany.get(company.id) ?? []) : [];
  const contactId = followUpOf ? (state.lastCall?.contactId ?? null) : people.length > 0 && rng.chance(0.85) ? rng.pick(people) : null;
  const deals = company ? (ctx.dealsOfCompany.get(company.id) ?? []) : [];
  const dealId = deals.length > 0 && rng.chance(0.35) ? rng.pick(deals) : null;
  const details =
    kind === 'meeting' || kind === 'visit'
      ? eventValues(rng, kind, language, company, createdMs, ownerId)
      : kind === 'task'
        ? taskValues(rng, language, company, createdMs, ctx.endMs)
        : loggedValues(rng, kind, language, company, createdMs);
  // Only the person using this PC makes their own meetings private (nobody hides a colleague's).
  const isPrivate = kind === 'meeting' && ownerId === ctx.userIds[0] && rng.chance(0.2);
  const values: Row = {
    created_at: isoInstant(createdMs),
    kind,
    owner_id: ownerId,
    scope: isPrivate ? 'private' : null,
    company_id: company?.id ?? null,
    contact_id: contactId,
    deal_id: dealId,
    notes: rng.chance(0.12) ? rng.pick(activityNotes[language]) : null,
    follow_up_of: followUpOf,
    ...details,
  };
  if (kind === 'call') state.lastCall = { id, company, contactId };
  const records: SeedRecord[] = [{ table: 'activities', id, values }];
  if (isPrivate) records.push({ table: 'busy_slots', id, values: Object.fromEntries(busyColumns.map((column) => [column, values[column] ?? null])) });
  return records;
}
