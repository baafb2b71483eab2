import type { Core } from '../../../src-main/core/core';
import type { SegmentDefinition } from '../../../src-shared/domain/segments/types';
import type { Metrics } from '../suite';
import { median, round } from '../stats';
import { call } from './call';

/**
 * Contacts whose current company is in Lyon, with an open deal over `amountMinor` euros (any
 * currency, converted), created in the last two years: three conditions across two related
 * entities.
 */
function lyonDefinition(amountMinor: number): SegmentDefinition {
  return {
    kind: 'group',
    match: 'all',
    children: [
      { kind: 'related', relation: 'companies', quantifier: 'some', match: 'all', children: [{ kind: 'condition', field: 'city', operator: 'startsWith', value: 'Lyon' }] },
      {
        kind: 'related',
        relation: 'deals',
        quantifier: 'some',
        match: 'all',
        children: [
          { kind: 'condition', field: 'status', operator: 'in', value: ['open'] },
          { kind: 'condition', field: 'amount', operator: 'gt', value: { amountMinor, currency: 'EUR' } },
        ],
      },
      { kind: 'condition', field: 'createdAt', operator: 'inLast', value: { amount: 2, unit: 'year' } },
    ],
  };
}

/**
 * `segment_query_ms`: the count and the first page (100 rows, by name) of the contacts list
 * filtered by a saved three-condition segment, the median of `runs` calls. Before each call the
 * segment is saved again with a threshold one cent higher (untimed): the base changed, so the
 * list cannot reuse a cached result and runs the segment's query in full every time.
 */
export async function measureSegmentQuery(core: Core, runs: number): Promise<Metrics> {
  const save = (i: number, id?: string) =>
    call(core, 'segments.save', { ...(id ? { id } : {}), name: 'Bench – Lyon, affaire ouverte > 10 000 €', entity: 'contact', definition: lyonDefinition(1_000_000 + i), shared: false });
  const segment = await save(0);
  const list = () => call(core, 'contacts.list', { filters: { segmentId: segment.id }, sort: { field: 'name', dir: 'asc' }, offset: 0, limit: 100, withTotal: true });
  let matched = 0;
  for (let i = 0; i < 3; i++) {
    await save(i, segment.id);
    matched = (await list()).total ?? 0;
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await save(i + 10, segment.id);
    const started = performance.now();
    const page = await list();
    samples.push(performance.now() - started);
    matched = page.total ?? 0;
  }
  await call(core, 'segments.delete', { id: segment.id });
  return { segment_query_ms: round(median(samples), 1), segment_query_matches: matched };
}
