/**
 * An independent evaluation of segment definitions in plain TypeScript over the raw rows of the
 * base: what the compiled SQL must select. Written from the meaning of each field and operator,
 * not from the compiler.
 */
import type Database from 'better-sqlite3';
import { convertAcross } from '../../../../../src-shared/domain/cross-rate';
import type { ConditionValue, RecordKind, SegmentCondition, SegmentDefinition, SegmentNode } from '../../../../../src-shared/domain/segments/types';

type Row = Record<string, unknown>;
type Base = {
  contacts: Row[];
  companies: Row[];
  deals: Row[];
  activities: Row[];
  links: Row[];
  dealContacts: Row[];
  tagsOf: Map<string, string[]>;
  stages: Map<string, Row>;
  rates: Map<string, string>;
  base: string;
};

export type OracleClock = { nowMs: number; timeZone: string; userId: string };

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function loadBase(db: Database.Database): Base {
  const all = (sql: string) => db.prepare(sql).all() as Row[];
  const tagsOf = new Map<string, string[]>();
  for (const row of all('SELECT rt.entity, rt.record_id, rt.tag_id FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.deleted = 0 AND t.deleted = 0')) {
    const key = `${String(row.entity)}:${String(row.record_id)}`;
    tagsOf.set(key, [...(tagsOf.get(key) ?? []), String(row.tag_id)]);
  }
  const rates = new Map<string, string>();
  for (const row of all('SELECT currency, rate FROM exchange_rates WHERE deleted = 0 ORDER BY valid_from')) rates.set(String(row.currency), String(row.rate));
  return {
    contacts: all('SELECT * FROM contacts'),
    companies: all('SELECT * FROM companies'),
    deals: all('SELECT * FROM deals'),
    activities: all('SELECT * FROM activities'),
    links: all('SELECT * FROM contact_companies WHERE deleted = 0'),
    dealContacts: all('SELECT * FROM deal_contacts WHERE deleted = 0'),
    tagsOf,
    stages: new Map(all('SELECT * FROM pipeline_stages').map((row) => [String(row.id), row])),
    rates,
    base: 'EUR',
  };
}

/** Wall-clock parts of an instant in a zone. */
function partsIn(ms: number, zone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant a local day starts in a zone (searching the offset, no DST gap at midnight in the zones tested). */
function midnight(dayText: string, zone: string): number {
  const [year, month, date] = dayText.split('-').map(Number) as [number, number, number];
  let guess = Date.UTC(year, month - 1, date);
  for (let i = 0; i < 3; i += 1) {
    const seen = partsIn(guess, zone);
    const seenMs = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess -= seenMs - Date.UTC(year, month - 1, date);
  }
  return guess;
}

function addDays(dayText: string, days: number): string {
  return new Date(Date.parse(`${dayText}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(dayText: string, months: number): string {
  const [year, month, date] = dayText.split('-').map(Number) as [number, number, number];
  const index = year * 12 + month - 1 + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index % 12;
  const last = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(date, last))).toISOString().slice(0, 10);
}

function shift(dayText: string, amount: number, unit: string): string {
  if (unit === 'day') return addDays(dayText, amount);
  if (unit === 'week') return addDays(dayText, 7 * amount);
  return addMonths(dayText, unit === 'month' ? amount : 12 * amount);
}

type Moment = { day: string } | { instant: number };

/** Whether a date (a calendar day, or an instant) falls in the operator's range. */
function dateHolds(moment: Moment | null, condition: SegmentCondition, clock: OracleClock): boolean {
  if (condition.operator === 'isEmpty') return moment === null;
  if (condition.operator === 'isNotEmpty') return moment !== null;
  if (moment === null) return false;
  const now = partsIn(clock.nowMs, clock.timeZone);
  const today = `${String(now.year).padStart(4, '0')}-${String(now.month).padStart(2, '0')}-${String(now.day).padStart(2, '0')}`;
  // Bounds as [from, to) in days, or "now".
  let from: string | 'now' | null = null;
  let to: string | 'now' | null = null;
  const value = condition.value as ConditionValue;
  switch (condition.operator) {
    case 'on':
      from = value as string;
      to = addDays(value as string, 1);
      break;
    case 'before':
      to = value as string;
      break;
    case 'after':
      from = addDays(value as string, 1);
      break;
    case 'dateBetween': {
      const range = value as { fromDay: string; toDay: string };
      from = range.fromDay;
      to = addDays(range.toDay, 1);
      break;
    }
    case 'inLast': {
      const relative = value as { amount: number; unit: string };
      from = shift(today, -relative.amount, relative.unit);
      to = 'now';
      break;
    }
    case 'moreThanAgo': {
      const relative = value as { amount: number; unit: string };
      to = shift(today, -relative.amount, relative.unit);
      break;
    }
    case 'inNext': {
      const relative = value as { amount: number; unit: string };
      from = 'now';
      to = addDays(shift(today, relative.amount, relative.unit), 1);
      break;
    }
    default:
      throw new Error(`date operator ${condition.operator}`);
  }
  if ('day' in moment) {
    const fromDay = from === 'now' ? today : from;
    const toDay = to === 'now' ? addDays(today, 1) : to;
    return (fromDay === null || moment.day >= fromDay) && (toDay === null || moment.day < toDay);
  }
  const fromMs = from === 'now' ? clock.nowMs : from === null ? null : midnight(from, clock.timeZone);
  const toMs = to === 'now' ? clock.nowMs : to === null ? null : midnight(to, clock.timeZone);
  return (fromMs === null || moment.instant >= fromMs) && (toMs === null || moment.instant < toMs);
}

const instantOf = (value: unknown): Moment | null => (typeof value === 'string' && value !== '' ? { instant: Date.parse(value) } : null);
const dayOf = (value: unknown): Moment | null => (typeof value === 'string' && value !== '' ? { day: value } : null);

type FieldValue =
  | { type: 'text'; value: string | null }
  | { type: 'texts'; values: string[] }
  | { type: 'number'; value: number | null }
  | { type: 'money'; amount: number; currency: string }
  | { type: 'date'; value: Moment | null }
  | { type: 'value'; value: string | null }
  | { type: 'tags'; value: string[] }
  | { type: 'boolean'; value: boolean };

const text = (value: unknown): FieldValue => ({ type: 'text', value: str(value) });
const option = (value: unknown): FieldValue => ({ type: 'value', value: str(value) });
/** Every text of a JSON list (each entry's values at these keys). */
const jsonTexts = (value: unknown, ...keys: string[]): FieldValue => {
  const list = JSON.parse(String(value ?? '[]')) as Record<string, string | null>[];
  return { type: 'texts', values: list.flatMap((entry) => keys.map((key) => entry[key]).filter((text): text is string => typeof text === 'string')) };
};

function fieldOf(base: Base, kind: RecordKind, row: Row, field: string): FieldValue {
  const tags = (entity: string): FieldValue => ({ type: 'tags', value: base.tagsOf.get(`${entity}:${String(row.id)}`) ?? [] });
  if (kind === 'contact') {
    switch (field) {
      case 'firstName': return text(row.first_name);
      case 'lastName': return text(row.last_name);
      case 'jobTitle': return text(row.job_title);
      case 'email': return jsonTexts(row.emails, 'address');
      case 'phone': return jsonTexts(row.phones, 'raw', 'e164');
      case 'city': return text(row.city);
      case 'postcode': return text(row.postcode);
      case 'country': return text(row.country);
      case 'language': return option(row.language);
      case 'source': return text(row.source);
      case 'notes': return text(row.notes);
      case 'birthday': return { type: 'date', value: dayOf(row.birthday) };
      case 'owner': return option(row.owner_id);
      case 'tags': return tags('contact');
      case 'consentEmail': return option(row.consent_email);
      case 'consentPhone': return option(row.consent_phone);
      case 'consentMail': return option(row.consent_mail);
      case 'createdAt': return { type: 'date', value: instantOf(row.created_at) };
      case 'updatedAt': return { type: 'date', value: instantOf(row.updated_at) };
    }
  }
  if (kind === 'company') {
    const address = (JSON.parse(String(row.addresses ?? '[]')) as Record<string, string | null>[])[0];
    switch (field) {
      case 'name': return text(row.name);
      case 'legalId': return text(row.legal_id);
      case 'industry': return text(row.industry);
      case 'size': return option(row.size);
      case 'website': return text(row.website);
      case 'email': return jsonTexts(row.emails, 'address');
      case 'phone': return jsonTexts(row.phones, 'raw', 'e164');
      case 'city': return text(row.city);
      case 'postcode': return text(address?.postcode ?? null);
      case 'country': return text(address?.country ?? null);
      case 'notes': return text(row.notes);
      case 'owner': return option(row.owner_id);
      case 'tags': return tags('company');
      case 'createdAt': return { type: 'date', value: instantOf(row.created_at) };
      case 'updatedAt': return { type: 'date', value: instantOf(row.updated_at) };
    }
  }
  if (kind === 'deal') {
    const stage = base.stages.get(String(row.stage_id));
    switch (field) {
      case 'title': return text(row.title);
      case 'amount': return { type: 'money', amount: Number(row.amount_minor), currency: String(row.currency) };
      case 'currency': return text(row.currency);
      case 'probability': return { type: 'number', value: typeof row.probability === 'number' ? row.probability : typeof stage?.probability === 'number' ? stage.probability : null };
      case 'expectedClose': return { type: 'date', value: dayOf(row.expected_close) };
      case 'pipeline': return option(row.pipeline_id);
      case 'stage': return option(row.stage_id);
      case 'status': return option(stage?.kind ?? null);
      case 'owner': return option(row.owner_id);
      case 'source': return text(row.source);
      case 'nextStep': return text(row.next_step);
      case 'notes': return text(row.notes);
      case 'tags': return tags('deal');
      case 'closedAt': return { type: 'date', value: instantOf(row.closed_at) };
      case 'stageEnteredAt': return { type: 'date', value: instantOf(row.stage_entered_at) };
      case 'createdAt': return { type: 'date', value: instantOf(row.created_at) };
      case 'updatedAt': return { type: 'date', value: instantOf(row.updated_at) };
    }
  }
  if (kind === 'activity') {
    switch (field) {
      case 'kind': return option(row.kind);
      case 'subject': return text(row.subject);
      case 'notes': return text(row.notes);
      case 'date': return { type: 'date', value: row.all_day === 1 ? dayOf(row.start_date) : instantOf(row.starts_at ?? row.created_at) };
      case 'done': return { type: 'boolean', value: row.done_at !== null };
      case 'doneAt': return { type: 'date', value: instantOf(row.done_at) };
      case 'owner': return option(row.owner_id);
      case 'priority': return option(row.priority);
      case 'outcome': return option(row.outcome);
      case 'direction': return option(row.direction);
      case 'durationMinutes': return { type: 'number', value: typeof row.duration_min === 'number' ? row.duration_min : null };
      case 'location': return text(row.location);
      case 'createdAt': return { type: 'date', value: instantOf(row.created_at) };
    }
  }
  throw new Error(`oracle: no field ${kind}.${field}`);
}

function compare(operator: string, left: number, right: number, upper?: number): boolean {
  switch (operator) {
    case 'equals': return left === right;
    case 'notEquals': return left !== right;
    case 'gt': return left > right;
    case 'gte': return left >= right;
    case 'lt': return left < right;
    case 'lte': return left <= right;
    case 'between': return left >= right && left <= (upper ?? right);
  }
  throw new Error(`oracle: comparison ${operator}`);
}

function moneyHolds(base: Base, amount: number, currency: string, condition: SegmentCondition): boolean {
  const value = condition.value as { amountMinor?: number; fromMinor?: number; toMinor?: number; currency: string };
  const rateOf = (code: string): string | null | undefined => (code === base.base ? null : base.rates.get(code));
  const mine = rateOf(currency);
  const theirs = rateOf(value.currency);
  if (currency !== value.currency && (mine === undefined || theirs === undefined)) return false;
  // The threshold in the deal's currency (amounts compared in the deal's own minor units).
  const convert = (minor: number) => (currency === value.currency ? minor : convertAcross(minor, value.currency, theirs!, currency, mine!));
  if (condition.operator === 'between') return compare('between', amount, convert(value.fromMinor!), convert(value.toMinor!));
  return compare(condition.operator, amount, convert(value.amountMinor!));
}

function conditionHolds(base: Base, kind: RecordKind, row: Row, condition: SegmentCondition, clock: OracleClock): boolean {
  const field = fieldOf(base, kind, row, condition.field);
  const { operator } = condition;
  switch (field.type) {
    case 'text': {
      const raw = field.value;
      if (operator === 'isEmpty') return (raw ?? '').trim() === '';
      if (operator === 'isNotEmpty') return (raw ?? '').trim() !== '';
      const wanted = fold(condition.value as string);
      if (raw === null) return operator === 'notContains' || operator === 'notEquals';
      const folded = fold(raw);
      if (operator === 'contains') return folded.includes(wanted);
      if (operator === 'notContains') return !folded.includes(wanted);
      if (operator === 'startsWith') return folded.startsWith(wanted);
      if (operator === 'equals') return folded === wanted;
      if (operator === 'notEquals') return folded !== wanted;
      break;
    }
    case 'texts': {
      const present = field.values.filter((text) => text.trim() !== '');
      if (operator === 'isEmpty') return present.length === 0;
      if (operator === 'isNotEmpty') return present.length > 0;
      const wanted = fold(condition.value as string);
      const folded = field.values.map(fold);
      if (operator === 'contains') return folded.some((text) => text.includes(wanted));
      if (operator === 'notContains') return !folded.some((text) => text.includes(wanted));
      if (operator === 'startsWith') return folded.some((text) => text.startsWith(wanted));
      if (operator === 'equals') return folded.includes(wanted);
      if (operator === 'notEquals') return !folded.includes(wanted);
      break;
    }
    case 'number': {
      if (operator === 'isEmpty') return field.value === null;
      if (operator === 'isNotEmpty') return field.value !== null;
      if (field.value === null) return operator === 'notEquals';
      if (operator === 'between') {
        const range = condition.value as { from: number; to: number };
        return compare('between', field.value, range.from, range.to);
      }
      return compare(operator, field.value, condition.value as number);
    }
    case 'money':
      return moneyHolds(base, field.amount, field.currency, condition);
    case 'date':
      return dateHolds(field.value, condition, clock);
    case 'value': {
      const value = field.value ?? '';
      if (operator === 'in') return (condition.value as string[]).includes(value);
      if (operator === 'notIn') return !(condition.value as string[]).includes(value);
      if (operator === 'isMe') return value === clock.userId;
      if (operator === 'isEmpty') return value === '';
      if (operator === 'isNotEmpty') return value !== '';
      break;
    }
    case 'tags': {
      if (operator === 'in') return field.value.some((id) => (condition.value as string[]).includes(id));
      if (operator === 'notIn') return !field.value.some((id) => (condition.value as string[]).includes(id));
      if (operator === 'isEmpty') return field.value.length === 0;
      if (operator === 'isNotEmpty') return field.value.length > 0;
      break;
    }
    case 'boolean':
      return operator === 'isTrue' ? field.value : !field.value;
  }
  throw new Error(`oracle: ${operator} on ${field.type}`);
}

const live = (row: Row | undefined): row is Row => row !== undefined && row.deleted === 0;

function relatedOf(base: Base, kind: RecordKind, row: Row, relation: string, clock: OracleClock): { kind: RecordKind; rows: Row[] } {
  const id = row.id;
  const now = partsIn(clock.nowMs, clock.timeZone);
  const today = `${String(now.year).padStart(4, '0')}-${String(now.month).padStart(2, '0')}-${String(now.day).padStart(2, '0')}`;
  const current = (link: Row) => link.end_date === null || String(link.end_date) >= today;
  const byId = (rows: Row[], wanted: unknown) => rows.find((candidate) => candidate.id === wanted);
  const key = `${kind}.${relation}`;
  switch (key) {
    case 'contact.companies':
      return { kind: 'company', rows: base.links.filter((link) => link.contact_id === id && current(link)).map((link) => byId(base.companies, link.company_id)).filter(live) };
    case 'contact.deals':
      return { kind: 'deal', rows: base.dealContacts.filter((link) => link.contact_id === id).map((link) => byId(base.deals, link.deal_id)).filter(live) };
    case 'contact.activities':
      return { kind: 'activity', rows: base.activities.filter((activity) => activity.contact_id === id && activity.deleted === 0) };
    case 'company.contacts':
      return { kind: 'contact', rows: base.links.filter((link) => link.company_id === id && current(link)).map((link) => byId(base.contacts, link.contact_id)).filter(live) };
    case 'company.deals':
      return { kind: 'deal', rows: base.deals.filter((deal) => deal.company_id === id && deal.deleted === 0) };
    case 'company.activities':
      return { kind: 'activity', rows: base.activities.filter((activity) => activity.company_id === id && activity.deleted === 0) };
    case 'company.parent':
      return { kind: 'company', rows: [byId(base.companies, row.parent_company_id)].filter(live) };
    case 'deal.company':
      return { kind: 'company', rows: [byId(base.companies, row.company_id)].filter(live) };
    case 'deal.contacts':
      return { kind: 'contact', rows: base.dealContacts.filter((link) => link.deal_id === id).map((link) => byId(base.contacts, link.contact_id)).filter(live) };
    case 'deal.activities':
      return { kind: 'activity', rows: base.activities.filter((activity) => activity.deal_id === id && activity.deleted === 0) };
  }
  throw new Error(`oracle: relation ${key}`);
}

function holds(base: Base, kind: RecordKind, row: Row, node: SegmentNode, clock: OracleClock): boolean {
  if (node.kind === 'condition') return conditionHolds(base, kind, row, node, clock);
  const test = (target: RecordKind, candidate: Row) => {
    const results = node.children.map((child) => holds(base, target, candidate, child, clock));
    return node.match === 'all' ? results.every(Boolean) : results.length === 0 || results.some(Boolean);
  };
  if (node.kind === 'group') return test(kind, row);
  const related = relatedOf(base, kind, row, node.relation, clock);
  const some = related.rows.some((candidate) => test(related.kind, candidate));
  return node.quantifier === 'some' ? some : !some;
}

/** The ids of the live records of `entity` the definition selects, sorted. */
export function oracleIds(base: Base, entity: 'contact' | 'company' | 'deal', definition: SegmentDefinition, clock: OracleClock): string[] {
  const rows = entity === 'contact' ? base.contacts : entity === 'company' ? base.companies : base.deals;
  return rows
    .filter((row) => row.deleted === 0 && holds(base, entity, row, definition, clock))
    .map((row) => String(row.id))
    .sort();
}
