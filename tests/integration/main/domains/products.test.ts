import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setServerLink } from '../../../../src-main/sync/state';
import { call, callError, changeLogCount, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const product = (reference: string, name: string, extra: Record<string, unknown> = {}) => call(core, 'products.create', { reference, name, ...extra });

describe('the product catalogue', () => {
  it('creates products and services with the base currency and French VAT by default, through the change log', async () => {
    const before = changeLogCount(core);
    const created = await product('FORM-J', 'Formation Excel', { kind: 'service', unit: 'jour', defaultPriceMinor: 950_00, vatRateBp: 2000, categories: ['Formation', 'formation', 'Bureautique'] });
    expect(created).toMatchObject({ reference: 'FORM-J', kind: 'service', unit: 'jour', currency: 'EUR', vatRateBp: 2000, active: true, defaultPriceMinor: 950_00 });
    expect(created.categories).toEqual(['Formation', 'Bureautique']);
    expect(changeLogCount(core)).toBe(before + 1);
    const book = await product('LIV-1', 'Livre', { vatRateBp: 550 });
    expect(book).toMatchObject({ kind: 'product', vatRateBp: 550, defaultPriceMinor: null });
  });

  it('keeps references unique among live products, naming the product that has it, and frees a deleted one', async () => {
    const first = await product('ABC-1', 'Clavier');
    const taken = await callError(core, 'products.create', { reference: 'abc-1', name: 'Souris' });
    expect(taken).toMatchObject({ code: 'validation', field: 'reference' });
    expect(taken.issues?.[0]).toMatchObject({ code: 'duplicate' });
    expect(taken.message).toContain('Clavier');
    const second = await product('ABC-2', 'Souris');
    expect((await callError(core, 'products.update', { id: second.id, patch: { reference: 'ABC-1' } })).issues?.[0]?.code).toBe('duplicate');

    await call(core, 'products.delete', { ids: [first.id] });
    const reused = await product('ABC-1', 'Clavier sans fil');
    // Restoring the first would make two live ABC-1: refused, nothing changed.
    const refused = await callError(core, 'products.restore', { ids: [first.id] });
    expect(refused.issues?.[0]).toMatchObject({ path: 'ids.0', code: 'duplicate' });
    expect((await call(core, 'products.get', { id: first.id })).deleted).toBe(true);
    await call(core, 'products.delete', { ids: [reused.id] });
    expect(await call(core, 'products.restore', { ids: [first.id] })).toEqual({ ids: [first.id] });
  });

  it('lists by name or reference, finds by the start of the reference or of a word, filters activity, kind and category', async () => {
    await product('B-200', 'Câble HDMI', { categories: ['Matériel'] });
    await product('A-100', 'Écran 27 pouces', { categories: ['Matériel'] });
    await product('S-1', 'Installation sur site', { kind: 'service', categories: ['Service'] });
    const old = await product('Z-9', 'Vieux modem', { active: false });
    const names = async (input: Record<string, unknown>) => (await call(core, 'products.list', input)).rows.map((row) => row.reference);
    expect(await names({})).toEqual(['B-200', 'A-100', 'S-1', 'Z-9']);
    expect(await names({ sort: { field: 'reference', dir: 'desc' } })).toEqual(['Z-9', 'S-1', 'B-200', 'A-100']);
    expect(await names({ q: 'ecran' })).toEqual(['A-100']);
    expect(await names({ q: 'site' })).toEqual(['S-1']);
    expect(await names({ q: 'b-2' })).toEqual(['B-200']);
    expect(await names({ q: '100%' })).toEqual([]);
    expect(await names({ active: true })).toEqual(['B-200', 'A-100', 'S-1']);
    expect(await names({ kind: 'service' })).toEqual(['S-1']);
    expect(await names({ category: 'Matériel' })).toEqual(['B-200', 'A-100']);
    const page = await call(core, 'products.list', { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((row) => row.reference)).toEqual(['A-100', 'S-1']);
    expect(await call(core, 'products.categories', {})).toEqual([
      { name: 'Matériel', count: 2 },
      { name: 'Service', count: 1 },
    ]);
    await call(core, 'products.delete', { ids: [old.id] });
    expect(await names({ deleted: true })).toEqual(['Z-9']);
  });

  it('refuses bad input with the field at fault: negative price, VAT over 100 %, unknown currency, empty name', async () => {
    const before = changeLogCount(core);
    expect((await callError(core, 'products.create', { reference: 'X', name: 'X', defaultPriceMinor: -1 })).issues?.[0]?.path).toBe('defaultPriceMinor');
    expect((await callError(core, 'products.create', { reference: 'X', name: 'X', vatRateBp: 10_001 })).issues?.[0]?.path).toBe('vatRateBp');
    expect((await callError(core, 'products.create', { reference: 'X', name: 'X', currency: 'ABC' })).issues?.[0]?.path).toBe('currency');
    expect((await callError(core, 'products.create', { reference: 'X', name: '  ' })).issues?.[0]?.path).toBe('name');
    expect(changeLogCount(core)).toBe(before);
  });

  it('is changed only by managers and administrators on a device linked to an office server', async () => {
    const link = { url: 'http://127.0.0.1:1', accountId: core.userId, displayName: 'Léa', email: 'lea@bureau.fr', deviceName: 'PC' };
    setServerLink(core, { ...link, role: 'salesperson' });
    const refused = await callError(core, 'products.create', { reference: 'X', name: 'X' });
    expect(refused.code).toBe('forbidden');
    expect((await call(core, 'products.list', {})).rows).toEqual([]);
    setServerLink(core, { ...link, role: 'manager' });
    expect((await call(core, 'products.create', { reference: 'X', name: 'X' })).reference).toBe('X');
  });
});
