import { v7 as uuidv7 } from 'uuid';
import type { ApiInput } from '../../../../../src-shared/contract/api';
import { write } from '../../../../../src-main/core/transactions';
import type { Row } from '../../../../../src-main/db/synced-tables';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { derivedUuid } from '../../../../../src-main/domains/common/derived-id';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

/*
 * A small office, written through the real handlers and write path on a real SQLite file, with
 * the facts each report is checked against recorded beside it (what was created, when, closed how).
 * The period is January–February 2026 in Paris (UTC+1 in winter).
 */

export const ZONE = 'Europe/Paris';
export const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
/** The period's bounds as instants: Paris midnight is 23:00 UTC the day before. */
export const PERIOD_START = '2025-12-31T23:00:00.000Z';
export const PERIOD_END = '2026-02-28T23:00:00.000Z';
export const NOW = '2026-03-10T10:00:00.000Z';

export type Outcome = 'open' | 'won' | 'lost';
export type DealFact = {
  id: string;
  title: string;
  owner: string;
  pipeline: 'main' | 'other';
  company: string | null;
  amountMinor: number;
  currency: string;
  probability: number | null;
  expectedClose: string | null;
  createdAt: string;
  /** Every stage entered, in order, the first at creation. */
  stages: { key: string; at: string }[];
  outcome: Outcome;
  closedAt: string | null;
  lostReason: string | null;
  deleted: boolean;
};

export type ActivityFact = { id: string; owner: string; kind: string; company: string | null; deleted: boolean };

export type Dataset = {
  core: TestCore;
  clock: { ms: number };
  users: { me: string; alice: string; bruno: string; chloe: string };
  names: Record<string, string>;
  companies: { lyon: string; brest: string; paris: string };
  companyNames: Record<string, string>;
  /** Stage ids by key: main pipeline q, d, p, n (open, 10/25/50/75 %), won, lost; other pipeline o1 (20 %), owon, olost. */
  stages: Record<string, string>;
  stageProbability: Record<string, number>;
  pipelines: { main: string; other: string };
  reasons: { id: string; label: string }[];
  team: string;
  territories: { rhone: string; bretagne: string };
  deals: DealFact[];
  dealIds: Record<string, string>;
  products: { a: string; b: string };
  dispose: () => void;
};

/** 1 EUR = rate USD from the date on; no GBP rate at all. */
export const RATES = [
  { currency: 'USD', validFrom: '2025-12-01', rate: '2' },
  { currency: 'USD', validFrom: '2026-02-01', rate: '1.25' },
];

/** An amount in EUR cents at the rate of a date (the latest rate on or before it); null without a rate. */
export function toEur(amountMinor: number, currency: string, date: string): number | null {
  if (currency === 'EUR') return amountMinor;
  const rate = RATES.filter((r) => r.currency === currency && r.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return rate ? Math.round(amountMinor / Number(rate.rate)) : null;
}

type DealSpec = {
  key: string;
  owner: keyof Dataset['users'];
  pipeline?: 'main' | 'other';
  company?: keyof Dataset['companies'];
  amountMinor: number;
  currency?: string;
  probability?: number;
  expectedClose?: string;
  createdAt: string;
  /** Stage keys and when the deal entered them, after its first stage (given at creation). */
  first: string;
  moves?: { stage: string; at: string; reason?: number }[];
  deleted?: boolean;
};

const SPECS: DealSpec[] = [
  { key: 'D1', owner: 'alice', company: 'lyon', amountMinor: 1_000_000, createdAt: '2026-01-05T09:00:00.000Z', first: 'q', moves: [{ stage: 'p', at: '2026-01-10T09:00:00.000Z' }, { stage: 'won', at: '2026-01-20T10:00:00.000Z' }] },
  { key: 'D2', owner: 'alice', company: 'lyon', amountMinor: 1_000_000, currency: 'USD', createdAt: '2026-01-06T09:00:00.000Z', first: 'q', moves: [{ stage: 'won', at: '2026-01-25T10:00:00.000Z' }] },
  { key: 'D3', owner: 'bruno', company: 'brest', amountMinor: 400_000, currency: 'USD', createdAt: '2026-01-07T09:00:00.000Z', first: 'd', moves: [{ stage: 'won', at: '2026-02-10T10:00:00.000Z' }] },
  { key: 'D4', owner: 'bruno', company: 'brest', amountMinor: 300_000, createdAt: '2026-01-08T09:00:00.000Z', first: 'q', moves: [{ stage: 'd', at: '2026-01-12T09:00:00.000Z' }, { stage: 'lost', at: '2026-02-05T10:00:00.000Z', reason: 0 }] },
  // Moved forward to negotiation, back to discovery, then lost.
  {
    key: 'D5',
    owner: 'chloe',
    company: 'paris',
    amountMinor: 200_000,
    createdAt: '2026-01-09T09:00:00.000Z',
    first: 'q',
    moves: [{ stage: 'n', at: '2026-01-15T09:00:00.000Z' }, { stage: 'd', at: '2026-01-20T09:00:00.000Z' }, { stage: 'lost', at: '2026-02-15T10:00:00.000Z', reason: 1 }],
  },
  { key: 'D6', owner: 'me', amountMinor: 500_000, createdAt: '2026-01-10T09:00:00.000Z', first: 'q', moves: [{ stage: 'lost', at: '2026-02-20T10:00:00.000Z' }] },
  // Won at 23:30 on the last day, Paris time: in the period.
  { key: 'D7', owner: 'alice', company: 'paris', amountMinor: 700_000, createdAt: '2026-01-12T09:00:00.000Z', first: 'n', moves: [{ stage: 'won', at: '2026-02-28T22:30:00.000Z' }] },
  // Won at midnight starting 1 March, Paris time: after the period.
  { key: 'D8', owner: 'bruno', company: 'lyon', amountMinor: 800_000, createdAt: '2026-01-12T09:00:00.000Z', first: 'n', moves: [{ stage: 'won', at: '2026-02-28T23:00:00.000Z' }] },
  // Won, then deleted: never counted.
  { key: 'D9', owner: 'chloe', company: 'lyon', amountMinor: 900_000, createdAt: '2026-01-13T09:00:00.000Z', first: 'q', moves: [{ stage: 'won', at: '2026-01-30T10:00:00.000Z' }], deleted: true },
  { key: 'D10', owner: 'alice', pipeline: 'other', company: 'lyon', amountMinor: 600_000, createdAt: '2026-01-14T09:00:00.000Z', first: 'o1', moves: [{ stage: 'owon', at: '2026-02-01T10:00:00.000Z' }] },
  // No GBP rate: counted, its amount left out, a note says so.
  { key: 'D11', owner: 'bruno', company: 'brest', amountMinor: 100_000, currency: 'GBP', createdAt: '2026-01-14T09:00:00.000Z', first: 'q', moves: [{ stage: 'won', at: '2026-02-12T10:00:00.000Z' }] },
  // Won at 23:59:59 on 31 December, Paris time: before the period.
  { key: 'D12', owner: 'me', amountMinor: 50_000, createdAt: '2025-12-15T09:00:00.000Z', first: 'q', moves: [{ stage: 'won', at: '2025-12-31T22:59:59.000Z' }] },
  // A salesperson in no territory.
  { key: 'D13', owner: 'me', company: 'paris', amountMinor: 150_000, createdAt: '2026-01-15T09:00:00.000Z', first: 'p', moves: [{ stage: 'won', at: '2026-02-03T10:00:00.000Z' }] },
  // Open deals.
  { key: 'O1', owner: 'alice', company: 'lyon', amountMinor: 100_000, expectedClose: '2026-01-20', createdAt: '2025-12-20T09:00:00.000Z', first: 'q' },
  { key: 'O2', owner: 'bruno', company: 'brest', amountMinor: 200_000, currency: 'USD', probability: 40, expectedClose: '2026-02-15', createdAt: '2026-01-03T09:00:00.000Z', first: 'q', moves: [{ stage: 'p', at: '2026-02-01T09:00:00.000Z' }] },
  { key: 'O3', owner: 'chloe', company: 'paris', amountMinor: 300_000, createdAt: '2026-01-04T09:00:00.000Z', first: 'n' },
  { key: 'O4', owner: 'me', company: 'paris', amountMinor: 400_000, expectedClose: '2026-05-01', createdAt: '2026-01-04T09:00:00.000Z', first: 'p' },
  { key: 'O5', owner: 'alice', company: 'brest', amountMinor: 250_000, expectedClose: '2025-11-30', createdAt: '2025-10-01T09:00:00.000Z', first: 'd' },
  { key: 'O6', owner: 'alice', company: 'lyon', amountMinor: 999_900, expectedClose: '2026-01-31', createdAt: '2026-01-04T09:00:00.000Z', first: 'q', deleted: true },
  { key: 'O7', owner: 'bruno', pipeline: 'other', company: 'paris', amountMinor: 120_000, expectedClose: '2026-02-20', createdAt: '2026-01-05T09:00:00.000Z', first: 'o1' },
];

export function rowAt(core: TestCore, table: string, values: Row): string {
  const id = uuidv7();
  write(core, (tx) => insertRecord(tx, table as never, id, values));
  return id;
}

export async function buildDataset(): Promise<Dataset> {
  const clock = { ms: Date.parse('2025-09-01T08:00:00.000Z') };
  const core = openTestCore({ clock: { now: () => clock.ms } });
  const names: Record<string, string> = {};
  const user = (displayName: string) => {
    const id = rowAt(core, 'users', { display_name: displayName });
    names[id] = displayName;
    return id;
  };
  names[core.userId] = (core.db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(core.userId) as string) ?? '';
  const users = { me: core.userId, alice: user('Alice Martin'), bruno: user('Bruno Petit'), chloe: user('Chloé Durand') };

  for (const rate of RATES) await call(core, 'currency.rates.save', rate);
  const [main] = await call(core, 'pipelines.list', {});
  if (!main) throw new Error('no default pipeline');
  const other = await call(core, 'pipelines.save', {
    name: 'Grands comptes',
    stages: [
      { name: 'Contact', probability: 20 },
      { name: 'Signé', probability: 100, kind: 'won' },
      { name: 'Abandonné', probability: 0, kind: 'lost' },
    ],
  });
  const [q, d, p, n, won, lost] = main.stages;
  const [o1, owon, olost] = other.stages;
  const stageList = { q, d, p, n, won, lost, o1, owon, olost };
  const stages = Object.fromEntries(Object.entries(stageList).map(([key, stage]) => [key, stage?.id ?? ''])) as Record<string, string>;
  const stageProbability = Object.fromEntries(Object.entries(stageList).map(([key, stage]) => [key, stage?.probability ?? 0])) as Record<string, number>;
  const reasons = (await call(core, 'lostReasons.list', {})).map((reason) => ({ id: reason.id, label: reason.label }));

  const company = async (name: string, city: string) => (await call(core, 'companies.create', { name, addresses: [{ kind: 'head_office', city }] })).id;
  const companies = { lyon: await company('Lyon Industrie', 'Lyon'), brest: await company('Brest Marine', 'Brest'), paris: await company('Paris Conseil', 'Paris') };
  const companyNames = { [companies.lyon]: 'Lyon Industrie', [companies.brest]: 'Brest Marine', [companies.paris]: 'Paris Conseil' };

  // Teams and territories as sync brings them from the office server (administrators write them).
  const team = rowAt(core, 'teams', { name: 'Nord' });
  for (const member of [users.alice, users.bruno]) rowAt(core, 'team_members', { team_id: team, user_id: member });
  const territories = { rhone: rowAt(core, 'territories', { name: 'Rhône' }), bretagne: rowAt(core, 'territories', { name: 'Bretagne' }) };
  rowAt(core, 'territory_members', { territory_id: territories.rhone, user_id: users.alice });
  rowAt(core, 'territory_members', { territory_id: territories.bretagne, user_id: users.bruno });

  const deals: DealFact[] = [];
  const dealIds: Record<string, string> = {};
  for (const spec of [...SPECS].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    clock.ms = Date.parse(spec.createdAt);
    const pipeline = spec.pipeline ?? 'main';
    const input: ApiInput<'deals.create'> = {
      title: spec.key,
      pipelineId: pipeline === 'main' ? main.id : other.id,
      stageId: stages[spec.first],
      ownerId: users[spec.owner],
      amountMinor: spec.amountMinor,
      currency: spec.currency ?? 'EUR',
      ...(spec.probability !== undefined ? { probability: spec.probability } : {}),
      ...(spec.expectedClose ? { expectedClose: spec.expectedClose } : {}),
      ...(spec.company ? { companyId: companies[spec.company] } : {}),
    };
    const created = await call(core, 'deals.create', input);
    dealIds[spec.key] = created.id;
    deals.push({
      id: created.id,
      title: spec.key,
      owner: users[spec.owner],
      pipeline,
      company: spec.company ? companies[spec.company] : null,
      amountMinor: spec.amountMinor,
      currency: spec.currency ?? 'EUR',
      probability: spec.probability ?? null,
      expectedClose: spec.expectedClose ?? null,
      createdAt: spec.createdAt,
      stages: [{ key: spec.first, at: spec.createdAt }],
      outcome: 'open',
      closedAt: null,
      lostReason: null,
      deleted: spec.deleted ?? false,
    });
  }
  // Moves in time order, as they happened.
  const moves = SPECS.flatMap((spec) => (spec.moves ?? []).map((move) => ({ spec, move }))).sort((a, b) => a.move.at.localeCompare(b.move.at));
  for (const { spec, move } of moves) {
    clock.ms = Date.parse(move.at);
    const reason = move.reason !== undefined ? reasons[move.reason]?.id : undefined;
    await call(core, 'deals.move', { id: dealIds[spec.key] ?? '', stageId: stages[move.stage] ?? '', ...(reason ? { lostReasonId: reason } : {}) });
    const fact = deals.find((deal) => deal.title === spec.key);
    if (!fact) continue;
    fact.stages.push({ key: move.stage, at: move.at });
    const kind = move.stage === 'won' || move.stage === 'owon' ? 'won' : move.stage === 'lost' || move.stage === 'olost' ? 'lost' : 'open';
    fact.outcome = kind;
    fact.closedAt = kind === 'open' ? null : move.at;
    fact.lostReason = kind === 'lost' ? (reason ?? null) : null;
  }
  clock.ms = Date.parse('2026-03-01T12:00:00.000Z');
  const toDelete = deals.filter((deal) => deal.deleted).map((deal) => deal.id);
  await call(core, 'deals.delete', { ids: toDelete });

  const products = {
    a: (await call(core, 'products.create', { reference: 'LIC-01', name: 'Licence annuelle' })).id,
    b: (await call(core, 'products.create', { reference: 'FOR-01', name: 'Formation' })).id,
  };
  clock.ms = Date.parse(NOW);
  return {
    core,
    clock,
    users,
    names,
    companies,
    companyNames,
    stages,
    stageProbability,
    pipelines: { main: main.id, other: other.id },
    reasons,
    team,
    territories,
    deals,
    dealIds,
    products,
    dispose: () => core.dispose(),
  };
}

/** A target as a manager sets it (its id derived from subject, period and metric). */
export function addTarget(data: Dataset, subjectKind: 'user' | 'team', subjectId: string, period: string, metric: string, value: number, currency: string | null = null): void {
  write(data.core, (tx) =>
    insertRecord(tx, 'targets', derivedUuid(`target:${subjectKind}:${subjectId}:${period}:${metric}`), {
      subject_kind: subjectKind,
      subject_id: subjectId,
      period,
      metric,
      value,
      currency,
    }),
  );
}

/** An activity written as sync would bring it (any owner), its span derived by the write path. */
export function addActivity(data: Dataset, values: Row): string {
  return rowAt(data.core, 'activities', { attendees: '[]', reminders: '[]', subject: 'Activité', ...values });
}

/** reports.run in Paris over the dataset's period, with the filters given. */
export function run(data: Dataset, name: ApiInput<'reports.run'>['name'], filters: Partial<ApiInput<'reports.run'>['filters']> = {}) {
  return call(data.core, 'reports.run', { name, filters: { period: PERIOD, ...filters }, timeZone: ZONE });
}

/** Live deals closed in the period (its Paris-time bounds), the facts' way. */
export const closedInPeriod = (deals: DealFact[], outcome: 'won' | 'lost'): DealFact[] =>
  deals.filter((deal) => !deal.deleted && deal.outcome === outcome && deal.closedAt !== null && deal.closedAt >= PERIOD_START && deal.closedAt < PERIOD_END);

export const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
/** A closed deal's amount in EUR at its close day's rate (0 without a rate). */
export const closedEur = (deal: DealFact): number => toEur(deal.amountMinor, deal.currency, (deal.closedAt ?? '').slice(0, 10)) ?? 0;
/** An open deal's amount in EUR at today's rate. */
export const openEur = (amountMinor: number, currency: string): number => toEur(amountMinor, currency, NOW.slice(0, 10)) ?? 0;

/** A saved segment: the companies of a city. */
export async function citySegment(data: Dataset, city: string): Promise<string> {
  const saved = await call(data.core, 'segments.save', {
    name: `Entreprises de ${city}`,
    entity: 'company',
    definition: { kind: 'group', match: 'all', children: [{ kind: 'condition', field: 'city', operator: 'equals', value: city }] },
    shared: false,
  });
  return saved.id;
}

/** The calendar month ('YYYY-MM') of an instant in Paris. */
export function parisMonth(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' }).formatToParts(new Date(instant));
  return `${parts.find((part) => part.type === 'year')?.value}-${parts.find((part) => part.type === 'month')?.value}`;
}

/** The calendar day of an instant in Paris. */
export function parisDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}
