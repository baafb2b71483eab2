import type { Core } from '../../../src-main/core/core';
import { write } from '../../../src-main/core/transactions';
import { rebuildDuplicateKeys } from '../../../src-main/db/duplicate-index';
import type { Metrics } from '../suite';
import { latencyMetrics, median, round, timed, timedAsync } from '../stats';
import { call, sampleCalls } from './call';

const SCAN_RUNS = 3;
const CHECK_CALLS = 200;

type Sample = { first_name: string | null; last_name: string | null; city: string | null; emails: string; phones: string };

/**
 * What a form sends while a new contact is typed, made from contacts of the base (so that the
 * blocks read are as big as real ones): the name and city, an e-mail and a phone as typed.
 */
function drafts(core: Core): object[] {
  const rows = core.db
    .prepare('SELECT first_name, last_name, city, emails, phones FROM contacts WHERE deleted = 0 ORDER BY id LIMIT ? OFFSET 1000')
    .all(CHECK_CALLS) as Sample[];
  return rows.map((row, i) => {
    const email = (JSON.parse(row.emails) as { address: string }[])[0]?.address;
    const phone = (JSON.parse(row.phones) as { raw: string }[])[0]?.raw;
    // One draft in three is an existing person typed again (a duplicate), the others a namesake.
    return {
      firstName: row.first_name,
      lastName: i % 3 === 0 ? row.last_name : `${row.last_name ?? ''}e`,
      city: row.city,
      emails: i % 3 === 0 && email ? [email] : [],
      phones: i % 3 === 0 && phone ? [phone] : [],
    };
  });
}

/**
 * `duplicates_scan_large_s`: `duplicates.scan` of every contact through the handler (keys index
 * read, blocks paired up, pairs scored, groups formed and described), median of a few runs after
 * a warm-up, and its process CPU time (steadier on a busy machine); beside it the companies' scan, the groups found, the typing check
 * (`duplicates.check`, p50/p95 over 200 drafts) and the time to make the keys index again from
 * the tables (what an upgraded database does once at open).
 */
export async function measureDuplicates(core: Core): Promise<Metrics> {
  const scanOf = (entity: 'contact' | 'company') => call(core, 'duplicates.scan', { entity, limit: 200 });
  await scanOf('contact');
  const contactRuns = [];
  const contactCpu: number[] = [];
  for (let i = 0; i < SCAN_RUNS; i++) {
    const cpu = process.cpuUsage();
    contactRuns.push(await timedAsync(() => scanOf('contact')));
    const used = process.cpuUsage(cpu);
    contactCpu.push((used.user + used.system) / 1000);
  }
  const companyRuns = [];
  for (let i = 0; i < SCAN_RUNS; i++) companyRuns.push(await timedAsync(() => scanOf('company')));
  const inputs = drafts(core);
  const checks = await sampleCalls(inputs.length, (i) => call(core, 'duplicates.check', { entity: 'contact', draft: inputs[Math.max(0, i) % inputs.length] as never }));
  const rebuild = timed(() => write(core, (tx) => rebuildDuplicateKeys(tx.db)));
  return {
    duplicates_scan_large_s: round(median(contactRuns.map((run) => run.ms)) / 1000, 2),
    duplicates_scan_large_cpu_s: round(median(contactCpu) / 1000, 2),
    duplicates_scan_companies_s: round(median(companyRuns.map((run) => run.ms)) / 1000, 2),
    duplicates_contact_groups: contactRuns[0]?.value.totalGroups ?? 0,
    duplicates_company_groups: companyRuns[0]?.value.totalGroups ?? 0,
    ...latencyMetrics('duplicates_check', checks),
    duplicates_keys_rebuild_s: round(rebuild.ms / 1000, 2),
    duplicates_keys: rebuild.value,
  };
}
