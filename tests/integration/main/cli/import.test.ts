import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { crm } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';

/** `crm import` end to end on a temp data folder, as `npm run crm -- import …` runs it. */

let dir: string;
let dataDir: string;

beforeAll(() => {
  dir = tempDir('crm-cli-import-');
  dataDir = join(dir, 'data');
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function count(table: string): number {
  const db = new Database(join(dataDir, 'crm.sqlite'), { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table} WHERE deleted = 0`).pluck().get() as number;
  } finally {
    db.close();
  }
}

const GOOD = 'Nom;Prénom;Société;E-mail;Portable\nDupont;Hélène;ACME SAS;helene@acme.fr;06 12 34 56 78\nMartin;Paul;ACME SAS;paul@acme.fr;07 61 23 45 67\n';

describe('crm import', () => {

  it('--dry-run prints the guessed mapping and the counts, and writes nothing', async () => {
    const run = await crm(['--data-dir', dataDir, 'import', file('good.csv', GOOD), '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Nom → lastName (Nom)');
    expect(run.stdout).toContain('Société → company (Société)');
    expect(run.stdout).toMatch(/Lignes\u00a0: 2 — à créer\u00a0: 2/);
    expect(run.stdout).toContain('Essai (--dry-run)');
    expect(count('contacts')).toBe(0);
  });

  it('exits 1 with every problem (line, column, reason) when rows are in error, and writes nothing', async () => {
    const bad = file('bad.csv', 'Nom;E-mail;Date de naissance\nDupont;pas-une-adresse;31/12/1980\nMartin;paul@acme.fr;31/02/1980\n');
    const run = await crm(['--data-dir', dataDir, 'import', bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Erreur, ligne 2, "E-mail"\u00a0: Adresse e-mail invalide. ("pas-une-adresse")');
    expect(run.stdout).toContain('Erreur, ligne 3, "Date de naissance"\u00a0: Date illisible');
    expect(run.stderr).toContain('Rien n’a été importé');
    expect(count('contacts')).toBe(0);
  });

  it('imports, creating the missing companies, and says how to undo', async () => {
    const run = await crm(['--data-dir', dataDir, 'import', file('good.csv', GOOD)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Import terminé\u00a0: 2 créé(s), 0 mis à jour, 1 société(s) créée(s).');
    const batchId = /"batchId":"([0-9a-f-]{36})"/.exec(run.stdout)?.[1];
    expect(batchId).toBeDefined();
    expect(count('contacts')).toBe(2);
    expect(count('companies')).toBe(1);
    const undo = await crm(['--data-dir', dataDir, 'api', 'imports.undo', JSON.stringify({ batchId })]);
    expect(undo.code).toBe(0);
    expect(JSON.parse(undo.stdout)).toMatchObject({ removed: 3 });
    expect(count('contacts')).toBe(0);
  });

  it('follows a mapping file (columns by name or "#N"), and updates matches when asked', async () => {
    await crm(['--data-dir', dataDir, 'import', file('good.csv', GOOD)]);
    const mapping = file('mapping.json', JSON.stringify({ Nom: 'lastName', '#2': 'firstName', Courriel: 'emailWork', Poste: 'jobTitle', Divers: null }));
    const source = file('other.csv', 'Nom;Prénom;Courriel;Poste;Divers\nDupont;Hélène;helene@acme.fr;Présidente;x\n');
    const run = await crm(['--data-dir', dataDir, 'import', source, '--mapping', mapping, '--on-match', 'update']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('→');
    expect(run.stdout).toMatch(/à mettre à jour\u00a0: 1/);
    const db = new Database(join(dataDir, 'crm.sqlite'), { readonly: true });
    expect(db.prepare("SELECT job_title FROM contacts WHERE last_name = 'Dupont' AND deleted = 0").pluck().all()).toEqual(['Présidente']);
    db.close();
  });

  it('says clearly what is wrong with a mapping file, a missing file, or a list it cannot import', async () => {
    const source = file('other.csv', 'Nom;Prénom\nDupont;Hélène\n');
    const unknownColumn = await crm(['--data-dir', dataDir, 'import', source, '--mapping', file('m1.json', '{"Téléphone":"phoneWork"}')]);
    expect(unknownColumn).toMatchObject({ code: 1 });
    expect(unknownColumn.stderr).toContain('the mapping names a column the file does not have: "Téléphone"');
    const unknownField = await crm(['--data-dir', dataDir, 'import', source, '--mapping', file('m2.json', '{"Nom":"surname"}')]);
    expect(unknownField.stderr).toContain('"surname" is not a field of contacts');
    const missing = await crm(['--data-dir', dataDir, 'import', join(dir, 'nope.csv')]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('no such file');
    const activities = await crm(['--data-dir', dataDir, 'import', source, '--entity', 'activities']);
    expect(activities).toMatchObject({ code: 1 });
    expect(activities.stderr).toContain('import contacts, companies or deals');
    const refused = await crm(['--data-dir', dataDir, 'import', file('empty.csv', '')]);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toContain('Ce fichier est vide.');
  });

  it('documents the mapping file in its help', async () => {
    const help = await crm(['help', 'import']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Mapping file (--mapping m.json)');
    expect(help.stdout).toContain('Fields of contacts: recordId, civility, firstName, lastName');
  });
});
