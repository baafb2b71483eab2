import type { Core } from '../../../src-main/core/core';
import { createRng, type Rng } from '../../../src-main/jobs/seed/rng';
import { toFtsQuery } from '../../../src-shared/domain/search-query';
import type { Metrics } from '../suite';
import { latencyMetrics, percentile, round } from '../stats';
import { call, sampleCalls } from './call';

/** What people type into the search box: partial names with and without accents, places, mail, phones, companies. */
const typedFragments = [
  'helene', 'hélène', 'lefe', 'lefèvre', 'dupon', 'dupont', 'franc', 'françois', 'chloe', 'berenice', 'mart', 'jean-fr',
  'paris', 'lyon', 'saint-etienne', 'nimes', 'aix', 'bordeaux 33000',
  'gmail', 'orange.fr', 'h.lefevre', 'laposte', 'contact@',
  '06 12', '345678', '0612', '+33 6 1', '07 8', '02 99',
  'transports', 'boulangerie', 'novatech', 'sarl', 'groupe mar', 'ltd', 'helene paris', 'martin lyon',
];

/** Fragments taken from the data itself: the first letters of names and cities, mail prefixes, phone digits. */
function fragmentsFromData(core: Core, rng: Rng, count: number): string[] {
  const maxRowid = core.db.prepare('SELECT max(rowid) FROM contacts').pluck().get() as number;
  const byRowid = core.db.prepare('SELECT last_name, first_name, city, emails, phones FROM contacts WHERE rowid = ?');
  type Row = { last_name: string | null; first_name: string | null; city: string | null; emails: string; phones: string };
  const rows = Array.from({ length: count }, () => byRowid.get(1 + rng.int(maxRowid)) as Row | undefined).filter((row): row is Row => row !== undefined);
  return rows.map((row) => {
    const pick = rng.int(5);
    const email = (JSON.parse(row.emails) as { address: string }[])[0]?.address;
    const phone = (JSON.parse(row.phones) as { e164: string }[])[0]?.e164;
    if (pick === 0 && row.first_name && row.last_name) return `${row.first_name.slice(0, 3)} ${row.last_name.slice(0, 4)}`;
    if (pick === 1 && row.city) return row.city.slice(0, 3 + rng.int(4));
    if (pick === 2 && email) return email.slice(0, 4 + rng.int(4));
    if (pick === 3 && phone) return phone.slice(-6 - rng.int(3));
    return (row.last_name ?? row.first_name ?? 'mar').slice(0, 3 + rng.int(3));
  });
}

/** `search.global` on realistic fragments, beside a bare FTS5 MATCH of the same queries. */
export async function measureSearch(core: Core, samples: number): Promise<Metrics> {
  const rng = createRng(2);
  const fragments = [...typedFragments, ...fragmentsFromData(core, rng, 200)];
  const used: string[] = [];
  const search = await sampleCalls(samples, (i) => {
    const q = fragments[(i + fragments.length) % fragments.length] as string;
    if (i >= 0) used.push(q);
    return call(core, 'search.global', { q, limit: 20 });
  });
  const raw = core.db.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 20');
  const rawSamples = used.map((q) => {
    const match = toFtsQuery(q);
    const started = performance.now();
    if (match) raw.all(match);
    return performance.now() - started;
  });
  const metrics = latencyMetrics('search', search);
  return {
    ...metrics,
    search_samples: search.length,
    raw_fts_p95_ms: round(percentile(rawSamples, 95)),
    search_vs_raw_ratio: round((metrics.search_p95_ms ?? 0) / Math.max(0.001, percentile(rawSamples, 95)), 2),
  };
}
