import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { crm } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';

/** `crm import --entity deals` end to end on a temp data folder. */

let dir: string;
let dataDir: string;

beforeAll(() => {
  dir = tempDir('crm-cli-import-deals-');
  dataDir = join(dir, 'data');
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function deals(): { title: string; amount_minor: number; currency: string; expected_close: string | null }[] {
  const db = new Database(join(dataDir, 'crm.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT title, amount_minor, currency, expected_close FROM deals WHERE deleted = 0 ORDER BY title').all() as ReturnType<typeof deals>;
  } finally {
    db.close();
  }
}

const DEALS = 'Affaire;Société;Montant;Étape;Clôture\nFours Lyon;ACME SAS;12 500,50 €;Proposition;31/12/2026\nPétrin Nantes;Boulangerie Neuve;3 000;Négociation;15/01/2027\n';

describe('crm import --entity deals', () => {
  it('checks with --dry-run, then imports the deals with a mapping file', async () => {
    const path = file('affaires.csv', DEALS);
    const dry = await crm(['--data-dir', dataDir, 'import', path, '--entity', 'deals', '--dry-run']);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Montant → amount (Montant)');
    expect(dry.stdout).toMatch(/Lignes\u00a0: 2 — à créer\u00a0: 2/);
    expect(dry.stdout).toContain('2 société(s) à créer.');
    expect(deals()).toEqual([]);

    const mapping = file('m.json', JSON.stringify({ Affaire: 'title', Société: 'company', Montant: 'amount', Étape: 'stage', Clôture: 'expectedClose' }));
    const run = await crm(['--data-dir', dataDir, 'import', path, '--entity', 'deals', '--mapping', mapping]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Import terminé\u00a0: 2 créé(s), 0 mis à jour, 2 société(s) créée(s).');
    expect(deals()).toEqual([
      { title: 'Fours Lyon', amount_minor: 1_250_050, currency: 'EUR', expected_close: '2026-12-31' },
      { title: 'Pétrin Nantes', amount_minor: 300_000, currency: 'EUR', expected_close: '2027-01-15' },
    ]);
  });

  it('exits 1 with the row in error and writes nothing', async () => {
    const before = deals();
    const run = await crm(['--data-dir', dataDir, 'import', file('bad.csv', 'Affaire;Étape\nFour Brest;Étape inconnue\n'), '--entity', 'deals']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Erreur, ligne 2, "Étape"\u00a0: Aucune étape de ce nom dans le pipeline de l’affaire. ("Étape inconnue")');
    expect(deals()).toEqual(before);
  });

  it('says which fields deals have when the mapping names another', async () => {
    const run = await crm(['--data-dir', dataDir, 'import', file('other.csv', DEALS), '--entity', 'deals', '--mapping', file('bad.json', JSON.stringify({ Affaire: 'firstName' }))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"firstName" is not a field of deals');
  });
});
