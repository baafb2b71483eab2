import { describe, expect, it } from 'vitest';
import type { SegmentDefinition } from '../../../../src-shared/domain/segments/types';
import { call, callError } from '../../../helpers/core';
import { officePerTest } from '../../../helpers/office';
import type { TestDevice } from '../../../helpers/sync';

const { device } = officePerTest([
  { email: 'marie@bureau.fr', role: 'manager', name: 'Marie Responsable' },
  { email: 'lea@bureau.fr', role: 'salesperson', name: 'Léa Martin' },
  { email: 'hugo@bureau.fr', role: 'salesperson', name: 'Hugo Petit' },
]);

const inLyon: SegmentDefinition = { kind: 'group', match: 'all', children: [{ kind: 'condition', field: 'city', operator: 'equals', value: 'Lyon' }] };

const namesIn = async (d: TestDevice, segmentId: string) =>
  (await call(d.core, 'contacts.list', { filters: { segmentId }, sort: { field: 'name', dir: 'asc' }, offset: 0, limit: 50, withTotal: true })).rows.map((row) => row.lastName);

describe('segments and targets between devices', () => {
  it('a shared segment reaches the office and filters the same records there; a private one stays with its owner', async () => {
    const lea = await device('lea@bureau.fr');
    const hugo = await device('hugo@bureau.fr');
    await call(lea.core, 'contacts.create', { firstName: 'Anne', lastName: 'Roux', city: 'Lyon' });
    await call(lea.core, 'contacts.create', { firstName: 'Paul', lastName: 'Morel', city: 'Brest' });
    const shared = await call(lea.core, 'segments.save', { name: 'Lyon', entity: 'contact', definition: inLyon, shared: true });
    const own = await call(lea.core, 'segments.save', { name: 'Mes Lyonnais', entity: 'contact', definition: inLyon, shared: false });
    await lea.sync();
    await hugo.sync();

    const seen = await call(hugo.core, 'segments.list', { entity: 'contact' });
    expect(seen.map((segment) => segment.name)).toEqual(['Lyon']);
    expect(await namesIn(hugo, shared.id)).toEqual(['Roux']);
    expect((await callError(hugo.core, 'segments.get', { id: own.id })).code).toBe('not_found');
    // Someone else's shared segment is read, not changed, by a salesperson.
    expect((await callError(hugo.core, 'segments.save', { id: shared.id, name: 'Lyon (Hugo)', entity: 'contact', definition: inLyon, shared: true })).code).toBe('forbidden');
  });

  it('a target set by a manager reaches the salesperson, who cannot change it', async () => {
    const marie = await device('marie@bureau.fr');
    const lea = await device('lea@bureau.fr');
    await marie.sync();
    const leaId = lea.core.userId;
    await call(marie.core, 'targets.save', { targets: [{ subjectKind: 'user', subjectId: leaId, period: '2026-11', metric: 'won_deals', value: 12 }] });
    await marie.sync();
    await lea.sync();

    const year = await call(lea.core, 'targets.list', { year: 2026, metric: 'won_deals', timeZone: 'Europe/Paris' });
    expect(year.targets.map(({ subjectId, period, value }) => ({ subjectId, period, value }))).toEqual([{ subjectId: leaId, period: '2026-11', value: 12 }]);
    expect((await callError(lea.core, 'targets.save', { targets: [{ subjectKind: 'user', subjectId: leaId, period: '2026-11', metric: 'won_deals', value: 1 }] })).code).toBe('forbidden');
  });
});
