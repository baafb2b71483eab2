import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { segmentCondition } from '../../../../../src-main/domains/segments/resolve';
import { setServerLink } from '../../../../../src-main/sync/state';
import type { Role } from '../../../../../src-shared/sync/protocol';
import type { SegmentDefinition } from '../../../../../src-shared/domain/segments/types';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { columnValues, readWorkbook } from '../exports/helpers';
import { seedDataset, type Dataset } from './dataset';

let core: TestCore;
let data: Dataset;

beforeAll(async () => {
  core = openTestCore();
  data = await seedDataset(core);
}, 60_000);
afterAll(() => core?.dispose());

const lyonWithBigDeal: SegmentDefinition = {
  kind: 'group',
  match: 'all',
  children: [
    { kind: 'related', relation: 'companies', quantifier: 'some', match: 'all', children: [{ kind: 'condition', field: 'city', operator: 'startsWith', value: 'lyon' }] },
    {
      kind: 'group',
      match: 'any',
      children: [
        { kind: 'related', relation: 'deals', quantifier: 'some', match: 'all', children: [{ kind: 'condition', field: 'amount', operator: 'gte', value: { amountMinor: 1_000_000, currency: 'EUR' } }] },
        { kind: 'condition', field: 'tags', operator: 'in', value: [] as string[] },
      ],
    },
  ],
};

function lyonDefinition(): SegmentDefinition {
  const definition = structuredClone(lyonWithBigDeal);
  const any = definition.children[1] as Extract<SegmentDefinition['children'][number], { kind: 'group' }>;
  (any.children[1] as { value: string[] }).value = [data.tags.client];
  return definition;
}

/** A segment written as another user's (as it arrives by sync). */
function othersSegment(scope: string | null, definition = JSON.stringify(lyonDefinition())): string {
  const id = uuidv7();
  write(core, (tx) => insertRecord(tx, 'segments', id, { owner_id: uuidv7(), entity: 'contact', name: `De quelqu’un d’autre ${scope ?? 'bureau'}`, definition, scope }));
  return id;
}

function linkAs(role: Role | null): void {
  setServerLink(core, role ? { url: 'https://crm.example', accountId: core.userId, displayName: 'Moi', email: 'moi@example.fr', role, deviceName: 'PC' } : null);
}

describe('saved segments', () => {
  it('are saved, listed, read back, renamed, made private and deleted by their owner', async () => {
    const saved = await call(core, 'segments.save', { name: '  Lyonnais à fort potentiel ', entity: 'contact', definition: lyonDefinition(), shared: true });
    expect(saved).toMatchObject({ name: 'Lyonnais à fort potentiel', entity: 'contact', shared: true, scope: null, canEdit: true, unreadable: false });
    expect(saved.owner?.id).toBe(core.userId);
    expect(saved.definition).toEqual(lyonDefinition());
    expect((await call(core, 'segments.list', { entity: 'contact' })).map((segment) => segment.id)).toContain(saved.id);
    expect(await call(core, 'segments.list', { entity: 'deal' })).toEqual([]);

    const renamed = await call(core, 'segments.save', { id: saved.id, name: 'Lyon', entity: 'contact', definition: lyonDefinition(), shared: false });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Lyon', shared: false, scope: 'private' });
    expect((await call(core, 'segments.get', { id: saved.id })).name).toBe('Lyon');
    expect((await callError(core, 'segments.save', { id: saved.id, name: 'Lyon', entity: 'deal', definition: { kind: 'group', match: 'all', children: [] }, shared: false })).code).toBe('validation');

    await call(core, 'segments.delete', { id: saved.id });
    expect((await callError(core, 'segments.get', { id: saved.id })).code).toBe('not_found');
    expect((await call(core, 'segments.list', {})).map((segment) => segment.id)).not.toContain(saved.id);
  });

  it('refuses a definition with an unknown field, naming its place', async () => {
    const error = await callError(core, 'segments.save', {
      name: 'x',
      entity: 'contact',
      definition: { kind: 'group', match: 'all', children: [{ kind: 'condition', field: 'password', operator: 'equals', value: 'x' }] },
      shared: true,
    });
    expect(error.code).toBe('validation');
    expect(error.issues?.[0]).toMatchObject({ path: 'definition.children.0.field', code: 'unknown_field' });
  });

  it('previews a definition being built: the count and the first records by name', async () => {
    const preview = await call(core, 'segments.preview', { entity: 'contact', definition: lyonDefinition(), limit: 5, timeZone: 'Europe/Paris' });
    // Hélène (Lyon, 15 000 € deal) and Jean (Lyon 3e, tagged Client); not François (deleted), not Ana (her company is deleted).
    expect(preview).toEqual({ count: 2, records: [{ id: data.contacts.helene, name: 'Hélène Dupont' }, { id: data.contacts.jean, name: 'Jean Martin' }] });
  });

  it('another user’s private segment is neither listed nor usable; shared ones are, read-only for a salesperson', async () => {
    const hidden = othersSegment('private');
    const shared = othersSegment(null);
    const listed = (await call(core, 'segments.list', {})).map((segment) => segment.id);
    expect(listed).not.toContain(hidden);
    expect(listed).toContain(shared);
    expect((await callError(core, 'segments.get', { id: hidden })).code).toBe('not_found');
    expect((await callError(core, 'segments.preview', { segmentId: hidden })).code).toBe('not_found');
    expect((await callError(core, 'contacts.list', { filters: { segmentId: hidden } })).code).toBe('not_found');
    expect(() => segmentCondition(core.read, core.userId, hidden, 'c')).toThrow(/does not exist/);
    expect((await call(core, 'segments.preview', { segmentId: shared })).count).toBe(2);

    try {
      linkAs('salesperson');
      expect((await call(core, 'segments.get', { id: shared })).canEdit).toBe(false);
      expect((await callError(core, 'segments.save', { id: shared, name: 'Mine now', entity: 'contact', definition: lyonDefinition(), shared: true })).code).toBe('forbidden');
      expect((await callError(core, 'segments.delete', { id: shared })).code).toBe('forbidden');
      linkAs('manager');
      expect((await call(core, 'segments.save', { id: shared, name: 'Revu par le responsable', entity: 'contact', definition: lyonDefinition(), shared: true })).name).toBe('Revu par le responsable');
    } finally {
      linkAs(null);
    }
  });

  it('a segment shared with a team is seen by its members only', async () => {
    const teamId = uuidv7();
    const teamSegment = othersSegment(`team:${teamId}`);
    expect((await call(core, 'segments.list', {})).map((segment) => segment.id)).not.toContain(teamSegment);
    write(core, (tx) => {
      insertRecord(tx, 'teams', teamId, { name: 'Rhône' });
      insertRecord(tx, 'team_members', uuidv7(), { team_id: teamId, user_id: core.userId });
    });
    expect((await call(core, 'segments.list', {})).map((segment) => segment.id)).toContain(teamSegment);
  });

  it('a stored definition that cannot be read matches nothing and says so', async () => {
    const id = othersSegment(null, '{"kind":"group","match":"all","children":[{"kind":"condition","field":"mood","operator":"is","value":"happy"}]}');
    expect((await call(core, 'segments.get', { id })).unreadable).toBe(true);
    expect((await call(core, 'contacts.list', { filters: { segmentId: id } })).total).toBe(0);
  });
});

describe('a segment as a list filter', () => {
  it('filters the contacts list (with its other filters), and is refused on another list', async () => {
    const segment = await call(core, 'segments.save', { name: 'Lyon (liste)', entity: 'contact', definition: lyonDefinition(), shared: true });
    const page = await call(core, 'contacts.list', { filters: { segmentId: segment.id }, sort: { field: 'name', dir: 'asc' } });
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.id)).toEqual([data.contacts.helene, data.contacts.jean]);
    const narrowed = await call(core, 'contacts.list', { filters: { segmentId: segment.id, city: 'Lyon' } });
    expect(narrowed.rows.map((row) => row.id)).toEqual([data.contacts.helene]);
    const error = await callError(core, 'companies.list', { filters: { segmentId: segment.id } });
    expect(error).toMatchObject({ code: 'validation', field: 'filters.segmentId' });
  });

  it('filters the companies list, the deals list, the board and the forecast', async () => {
    const companies = await call(core, 'segments.save', {
      name: 'Sociétés avec affaire ouverte',
      entity: 'company',
      definition: { kind: 'group', match: 'all', children: [{ kind: 'related', relation: 'deals', quantifier: 'some', match: 'all', children: [{ kind: 'condition', field: 'status', operator: 'in', value: ['open'] }] }] },
      shared: true,
    });
    const companyIds = (await call(core, 'companies.list', { filters: { segmentId: companies.id } })).rows.map((row) => row.id).sort();
    expect(companyIds).toEqual([data.companies.lyon, data.companies.brit].sort());

    const deals = await call(core, 'segments.save', {
      name: 'Affaires en devises',
      entity: 'deal',
      definition: { kind: 'group', match: 'all', children: [{ kind: 'condition', field: 'currency', operator: 'notEquals', value: 'EUR' }] },
      shared: false,
    });
    const dealIds = (await call(core, 'deals.list', { filters: { segmentId: deals.id } })).rows.map((row) => row.id).sort();
    expect(dealIds).toEqual([data.deals.usd, data.deals.jpy, data.deals.gbp].sort());
    const board = await call(core, 'deals.board', { segmentId: deals.id });
    const cards = board.columns.flatMap((column) => column.deals.map((card) => card.id)).sort();
    expect(cards).toEqual(dealIds);
    const forecast = await call(core, 'deals.forecast', { segmentId: deals.id, from: new Date().toISOString().slice(0, 7) });
    // The dollar deal is dated (this month or overdue), the yen and pound ones undated; the euro deals are left out.
    expect(forecast.undated.count).toBe(2);
    expect(forecast.overdue.count + forecast.months.reduce((sum, month) => sum + month.count, 0)).toBe(1);
  });

  it('an export of a list filtered by a segment, and of a saved view holding it, holds exactly its records', async () => {
    const segment = await call(core, 'segments.save', { name: 'Lyon (export)', entity: 'contact', definition: lyonDefinition(), shared: true });
    const file = await call(core, 'exports.list', {
      entity: 'contact',
      format: 'xlsx',
      source: { kind: 'list', filters: { segmentId: segment.id, deleted: false }, sort: { field: 'name', dir: 'asc' } },
      columns: ['name'],
      timeZone: 'Europe/Paris',
    });
    expect(file.rows).toBe(2);
    expect(columnValues((await readWorkbook(core, file)).sheet, 'Nom')).toEqual(['Hélène Dupont', 'Jean Martin']);

    const view = await call(core, 'views.save', {
      entity: 'contact',
      name: 'Vue segment',
      state: { sort: { field: 'name', dir: 'desc' }, filters: { segment: { id: segment.id, name: segment.name } }, columns: ['name'] },
    });
    const viewed = await call(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'view', viewId: view.id }, timeZone: 'Europe/Paris' });
    expect(columnValues((await readWorkbook(core, viewed)).sheet, 'Nom')).toEqual(['Jean Martin', 'Hélène Dupont']);
  });
});
