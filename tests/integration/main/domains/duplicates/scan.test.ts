import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { pairKey, type DuplicateScanResult } from '../../../../../src-shared/domain/duplicates';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';

/*
 * The demo dataset with duplicates planted in it the ways they happen (an import of the same
 * people with a typo, swapped names, another case), and look-alikes that are distinct people.
 */
let core: TestCore;
const planted: [string, string][] = [];
const distinct: [string, string][] = [];
let companyPair: [string, string];

beforeAll(async () => {
  core = openTestCore();
  seedDataset(core, { size: 'demo', seed: 7 });
  const acme = await call(core, 'companies.create', { name: 'Quincaillerie Zorglub SARL', addresses: [{ kind: 'head_office', city: 'Besançon' }] });
  const twin = await call(core, 'companies.create', { name: 'QUINCAILLERIE ZORGLUB', legalId: null, addresses: [{ kind: 'head_office', city: 'besancon' }] });
  companyPair = [acme.id, twin.id];

  const add = (input: Parameters<typeof call<'contacts.create'>>[2]) => call(core, 'contacts.create', input);
  // Same e-mail in another case, a typo in the last name.
  const a1 = await add({ firstName: 'Héloïse', lastName: 'Vandermeersch', city: 'Roubaix', emails: [{ label: 'work', address: 'heloise.v@exemple.fr' }] });
  const a2 = await add({ firstName: 'Heloise', lastName: 'Vandermersch', emails: [{ label: 'home', address: 'HELOISE.V@exemple.fr' }] });
  // Same phone, first and last names swapped by an import.
  const b1 = await add({ firstName: 'Gwendal', lastName: 'Kerbrat', phones: [{ label: 'mobile', number: '06 98 76 54 32' }] });
  const b2 = await add({ firstName: 'Kerbrat', lastName: 'Gwendal', phones: [{ label: 'mobile', number: '+33698765432' }] });
  // A similar name in the same company, nothing else shared.
  const c1 = await add({ firstName: 'Anaïs', lastName: 'Quemeneur', company: { companyId: acme.id, role: null } });
  const c2 = await add({ firstName: 'Anais', lastName: 'Quéméner', company: { companyId: acme.id, role: null } });
  planted.push([a1.id, a2.id], [b1.id, b2.id], [c1.id, c2.id]);

  // Look-alikes that are other people: the same first name in the same city; the same last name in the same company.
  const d1 = await add({ firstName: 'Gaëtan', lastName: 'Ollivier', city: 'Quimper' });
  const d2 = await add({ firstName: 'Gaëtan', lastName: 'Ouvrard', city: 'Quimper' });
  const e1 = await add({ firstName: 'Solène', lastName: 'Quemeneur', company: { companyId: acme.id, role: null } });
  // The same name far apart.
  const f1 = await add({ firstName: 'Ysolde', lastName: 'Brandt', city: 'Strasbourg' });
  const f2 = await add({ firstName: 'Ysolde', lastName: 'Brandt', city: 'Biarritz' });
  distinct.push([d1.id, d2.id], [e1.id, c1.id], [f1.id, f2.id]);
});
afterAll(() => core.dispose());

const pairsOf = (result: DuplicateScanResult) => new Set(result.groups.flatMap((group) => group.pairs.map((pair) => pair.key)));

describe('the whole-base duplicates scan', () => {
  it('finds the planted duplicates and not the look-alikes', async () => {
    const result = await call(core, 'duplicates.scan', { entity: 'contact', limit: 2000 });
    expect(result.scanned).toBeGreaterThan(200);
    const found = pairsOf(result);
    for (const [a, b] of planted) expect({ pair: [a, b], found: found.has(pairKey(a, b)) }).toEqual({ pair: [a, b], found: true });
    for (const [a, b] of distinct) expect({ pair: [a, b], found: found.has(pairKey(a, b)) }).toEqual({ pair: [a, b], found: false });

    const swapped = result.groups.find((group) => group.key === [planted[1]![0], planted[1]![1]].sort().join('|'))!;
    expect(swapped.reasons).toEqual(expect.arrayContaining(['same_phone', 'same_name']));
    expect(swapped.records).toHaveLength(2);
    expect(swapped.records[0]).toMatchObject({ displayName: expect.any(String), createdAt: expect.any(String) });
    // Best first.
    const scores = result.groups.map((group) => group.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('companies: the same name without its legal form in the same city', async () => {
    const result = await call(core, 'duplicates.scan', { entity: 'company' });
    const group = result.groups.find((item) => item.pairs.some((pair) => pair.key === pairKey(...companyPair)));
    expect(group?.reasons).toEqual(['same_name', 'same_city']);
  });

  it('a pair set aside as "not duplicates" is not shown again on this device, until taken back', async () => {
    const [a, b] = planted[2]!;
    await call(core, 'duplicates.dismiss', { entity: 'contact', ids: [a, b] });
    const without = await call(core, 'duplicates.scan', { entity: 'contact', limit: 2000 });
    expect(pairsOf(without).has(pairKey(a, b))).toBe(false);
    expect(without.dismissed).toBe(1);
    await call(core, 'duplicates.dismiss', { entity: 'contact', ids: [b, a], dismissed: false });
    expect(pairsOf(await call(core, 'duplicates.scan', { entity: 'contact', limit: 2000 })).has(pairKey(a, b))).toBe(true);
  });

  it('reports its progress under the caller\'s task id and stops when cancelled', async () => {
    const taskId = uuidv7();
    const phases: string[] = [];
    const stop = core.events.subscribe((name, payload) => {
      if (name === 'task.progress') phases.push((payload as { phase: string }).phase);
    });
    await call(core, 'duplicates.scan', { entity: 'contact', taskId });
    expect(phases).toContain('scanning');
    const cancelled = uuidv7();
    const running = callError(core, 'duplicates.scan', { entity: 'contact', taskId: cancelled });
    await call(core, 'tasks.cancel', { taskId: cancelled });
    expect((await running).code).toBe('cancelled');
    stop();
  });
});
