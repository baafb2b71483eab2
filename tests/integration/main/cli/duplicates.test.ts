import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateScanResult } from '../../../../src-shared/domain/duplicates';
import { crm } from '../../../helpers/cli';
import { call, openTestCore, tempDir } from '../../../helpers/core';

let dir: string;
let pair: [string, string];

beforeAll(async () => {
  dir = tempDir('crm-cli-duplicates-');
  const core = openTestCore({ dataDir: dir });
  const acme = await call(core, 'companies.create', { name: 'Acme SARL', addresses: [{ kind: 'head_office', city: 'Lyon' }] });
  await call(core, 'companies.create', { name: 'ACME', addresses: [{ kind: 'head_office', city: 'Lyon' }] });
  const a = await call(core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupont', city: 'Lyon', emails: [{ label: 'work', address: 'jean.dupont@acme.fr' }], company: { companyId: acme.id, role: null } });
  const b = await call(core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupond', emails: [{ label: 'home', address: 'Jean.Dupont@acme.fr' }] });
  await call(core, 'contacts.create', { firstName: 'Marie', lastName: 'Curie', city: 'Paris' });
  pair = [a.id, b.id];
  core.dispose();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crm duplicates --scan', () => {
  it('prints the groups of look-alike contacts with their reasons and score', async () => {
    const run = await crm(['duplicates', '--scan', '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Contacts: 1 groups of possible duplicates among 3 records \(\d+\.\d s\)$/);
    expect(lines[1]).toMatch(/^1\. 0\.\d\d {2}Jean (Dupont \(Acme SARL, Lyon\) · Jean Dupond|Dupond · Jean Dupont \(Acme SARL, Lyon\))$/);
    expect(lines[2]).toBe('   same e-mail jean.dupont@acme.fr, similar name');
  });

  it('--json gives the whole result; --entity companies scans companies', async () => {
    const run = await crm(['duplicates', '--scan', '--json', '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as DuplicateScanResult;
    expect(result).toMatchObject({ entity: 'contact', scanned: 3, totalGroups: 1 });
    expect(result.groups[0]?.records.map((record) => record.id).sort()).toEqual([...pair].sort());
    expect(result.groups[0]?.reasons).toEqual(['same_email', 'similar_name']);

    const companies = await crm(['duplicates', '--scan', '--entity', 'companies', '--json', '--data-dir', dir]);
    expect(companies.code, companies.stderr).toBe(0);
    expect((JSON.parse(companies.stdout) as DuplicateScanResult).groups[0]?.reasons).toEqual(['same_name', 'same_city']);
  });

  it('says what is wrong in one line: no --scan (usage), no database there', async () => {
    const usage = await crm(['duplicates', '--data-dir', dir]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--scan/);
    const empty = tempDir('crm-cli-empty-');
    try {
      const missing = await crm(['duplicates', '--scan', '--data-dir', empty]);
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim().split('\n')).toHaveLength(1);
      expect(missing.stderr).toMatch(/There is no CRM database/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
