import ExcelJS from 'exceljs';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crm } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';

let dir: string;
let out: string;

beforeAll(async () => {
  dir = tempDir('crm-cli-export-');
  out = tempDir('crm-cli-export-out-');
  const seeded = await crm(['seed', '--size', 'demo', '--data-dir', dir]);
  expect(seeded.code, seeded.stderr).toBe(0);
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

async function api(name: string, input: unknown): Promise<unknown> {
  const run = await crm(['api', name, JSON.stringify(input), '--data-dir', dir]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as unknown;
}

describe('crm export', () => {
  it('writes the whole list to Excel with the default columns and prints the path and the count', async () => {
    const file = join(out, 'contacts.xlsx');
    const run = await crm(['export', 'contacts', '--format', 'xlsx', '--out', file, '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${file}\n200 contacts\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(201);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Identifiant CRM', 'Nom', 'Société', 'Fonction', 'E-mail', 'Téléphone', 'Ville', 'Responsable', 'Étiquettes', 'Modifié le']);
    // Only the file: its temporary name is gone.
    expect(readdirSync(out)).toEqual(['contacts.xlsx']);
  });

  it('exports a saved view (its filters, sort and columns) by name, and deals and activities', { timeout: 120_000 }, async () => {
    await api('views.save', { entity: 'contact', name: 'Lyonnais', state: { sort: { field: 'name', dir: 'asc' }, filters: { city: 'Lyon' }, columns: ['name', 'city'] } });
    const file = join(out, 'lyon.csv');
    const run = await crm(['export', 'contacts', '--format', 'csv', '--view', 'lyonnais', '--out', file, '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('\ufeffIdentifiant CRM;Nom;Ville');
    expect(lines.length).toBeGreaterThan(1);
    expect(run.stdout).toBe(`${file}\n${lines.length - 1} contacts\n`);
    // The view's filter: only people in Lyon, out of the 200.
    expect(lines.length - 1).toBeLessThan(200);
    for (const line of lines.slice(1)) expect(line.endsWith(';Lyon')).toBe(true);

    const deals = await crm(['export', 'deals', '--format', 'csv', '--out', join(out, 'deals.csv'), '--data-dir', dir]);
    expect(deals.code, deals.stderr).toBe(0);
    expect(deals.stdout).toMatch(/\n60 deals\n$/);
    const activities = await crm(['export', 'activities', '--format', 'xlsx', '--out', join(out, 'activities.xlsx'), '--data-dir', dir]);
    expect(activities.code, activities.stderr).toBe(0);
    expect(activities.stdout).toMatch(/\n\d+ activities\n$/);
  });

  it('writes vCard 3.0 for contacts', async () => {
    const file = join(out, 'contacts.vcf');
    const run = await crm(['export', 'contacts', '--format', 'vcf', '--vcard-version', '3.0', '--out', file, '--data-dir', dir]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(200);
    expect(text.match(/^VERSION:3\.0\r$/gm)).toHaveLength(200);
  });

  it('refuses clearly: an unknown view, a missing folder, vCard of companies', { timeout: 120_000 }, async () => {
    const view = await crm(['export', 'contacts', '--view', 'Nulle part', '--out', join(out, 'x.xlsx'), '--data-dir', dir]);
    expect(view.code).toBe(1);
    expect(view.stderr).toMatch(/^error: No saved view named "Nulle part"; your views: "Lyonnais"\.\n$/);
    const folder = await crm(['export', 'contacts', '--out', join(out, 'missing', 'x.xlsx'), '--data-dir', dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/does not exist/);
    const vcf = await crm(['export', 'companies', '--format', 'vcf', '--out', join(out, 'x.vcf'), '--data-dir', dir]);
    expect(vcf.code).toBe(2);
    expect(existsSync(join(out, 'x.xlsx'))).toBe(false);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
