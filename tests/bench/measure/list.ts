import type { ContactListInput } from '../../../src-shared/contract/inputs/contacts';
import type { Core } from '../../../src-main/core/core';
import { createRng, type Rng } from '../../../src-main/jobs/seed/rng';
import type { Metrics } from '../suite';
import { latencyMetrics, percentile, round } from '../stats';
import { call, sampleCalls } from './call';

type Scenario = { sort: NonNullable<ContactListInput['sort']>; filters: NonNullable<ContactListInput['filters']>; total: number };

const PAGE = 100;

function scenarios(core: Core): Omit<Scenario, 'total'>[] {
  const tag = (name: string) => core.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as string;
  const byName = { field: 'name', dir: 'asc' } as const;
  return [
    { sort: byName, filters: {} },
    { sort: { field: 'name', dir: 'desc' }, filters: {} },
    { sort: { field: 'firstName', dir: 'asc' }, filters: {} },
    { sort: { field: 'city', dir: 'asc' }, filters: {} },
    { sort: { field: 'createdAt', dir: 'desc' }, filters: {} },
    { sort: { field: 'updatedAt', dir: 'desc' }, filters: {} },
    { sort: byName, filters: { city: 'Paris' } },
    { sort: byName, filters: { city: 'lyon' } },
    { sort: { field: 'createdAt', dir: 'desc' }, filters: { tagIds: [tag('Client')] } },
    { sort: byName, filters: { tagIds: [tag('VIP'), tag('Grand compte')] } },
    { sort: byName, filters: { ownerIds: [core.userId] } },
    { sort: { field: 'city', dir: 'asc' }, filters: { created: { from: '2025-01-01', to: '2025-12-31' } } },
    { sort: byName, filters: { q: 'martin' } },
    { sort: byName, filters: { q: 'helene' } },
  ];
}

/** Mostly the first screens, often the middle, sometimes the very end of the list. */
function offsetIn(rng: Rng, total: number): number {
  const last = Math.max(0, total - PAGE);
  const roll = rng.next();
  if (roll < 0.5) return Math.min(last, rng.int(2_000));
  if (roll < 0.8) return rng.int(last + 1);
  return Math.max(0, last - rng.int(Math.max(1, Math.floor(total * 0.2))));
}

/**
 * `contacts.list` through the real handlers with realistic sorts and filters at random offsets
 * (deep ones included), beside the raw indexed read of the same page as the ceiling.
 */
export async function measureContactsList(core: Core, samples: number): Promise<Metrics> {
  const rng = createRng(1);
  const prepared: Scenario[] = [];
  const firstPages: number[] = [];
  for (const scenario of scenarios(core)) {
    const started = performance.now();
    const page = await call(core, 'contacts.list', { ...scenario, offset: 0, limit: PAGE, withTotal: true });
    firstPages.push(performance.now() - started);
    prepared.push({ ...scenario, total: page.total ?? 0 });
  }
  const offsets: number[] = [];
  const list = await sampleCalls(samples, (i) => {
    const scenario = prepared[rng.int(prepared.length)] as Scenario;
    const offset = offsetIn(rng, scenario.total);
    if (i >= 0 && scenario.sort.field === 'name' && Object.keys(scenario.filters).length === 0) offsets.push(offset);
    return call(core, 'contacts.list', { sort: scenario.sort, filters: scenario.filters, offset, limit: PAGE, withTotal: false });
  });

  // The ceiling: the same page of rows, picked from the name index alone, read with nothing else.
  const raw = core.db.prepare(
    'SELECT * FROM contacts WHERE rowid IN (SELECT rowid FROM contacts WHERE deleted = 0 ORDER BY sort_key, id LIMIT ? OFFSET ?)',
  );
  const rawSamples = (offsets.length > 0 ? offsets : [0]).map((offset) => {
    const started = performance.now();
    raw.all(PAGE, offset);
    return performance.now() - started;
  });
  const metrics = latencyMetrics('contacts_list', list);
  return {
    ...metrics,
    contacts_list_samples: list.length,
    contacts_list_first_page_with_total_p95_ms: round(percentile(firstPages, 95)),
    raw_list_page_p95_ms: round(percentile(rawSamples, 95)),
    contacts_list_vs_raw_ratio: round((metrics.contacts_list_p95_ms ?? 0) / Math.max(0.001, percentile(rawSamples, 95)), 2),
  };
}
