import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crm } from '../../../helpers/cli';
import { call, openTestCore, tempDir } from '../../../helpers/core';
import { docxText } from '../../../fixtures/documents/docx-text';
import { seedPeople, userLetter, zipFiles } from '../domains/mail-merge/fixtures';

let dataDir: string;
let outDir: string;

beforeAll(async () => {
  dataDir = tempDir('crm-cli-merge-');
  outDir = tempDir('crm-cli-merge-out-');
  const core = openTestCore({ dataDir });
  try {
    const people = await seedPeople(core);
    await call(core, 'views.save', { entity: 'contact', name: 'Clients ACME', state: { sort: { field: 'name', dir: 'asc' }, filters: { company: { id: people.acme.id, name: 'ACME & Fils' } }, columns: [] } });
  } finally {
    core.dispose();
  }
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const out = (name: string) => join(outDir, name);

describe('crm mailmerge', () => {
  it('merges the shipped letter to every contact and says how many were written and left out', async () => {
    const run = await crm(['mailmerge', '--out', out('lettres.docx'), '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`4 letters written to ${out('lettres.docx')}\n1 excluded: 1 refused mailings\n`);
    const text = await docxText(readFileSync(out('lettres.docx')));
    for (const name of ['Mme Hélène Lefèvre', 'M. Jean Dupont', 'Zoé Bernard', 'Anne Rivière']) expect(text).toContain(name);
    expect(text).not.toContain('Marc');
    expect(readdirSync(outDir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('takes a user template and a saved view by name, one file per recipient', async () => {
    writeFileSync(out('modele.docx'), await userLetter());
    const run = await crm(['mailmerge', '--template', out('modele.docx'), '--view', 'clients acme', '--per-recipient', '--out', out('lettres.zip'), '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`2 letters (one file each) written to ${out('lettres.zip')}\n`);
    const files = await zipFiles(readFileSync(out('lettres.zip')));
    expect([...files.keys()].sort()).toEqual(['Hélène Lefèvre.docx', 'Jean Dupont.docx']);
    expect(await docxText(files.get('Jean Dupont.docx') ?? new Uint8Array())).toContain('Bonjour Jean !');
  });

  it('prints address labels', async () => {
    const run = await crm(['mailmerge', '--labels', 'l7163', '--out', out('etiquettes.docx'), '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`3 labels written to ${out('etiquettes.docx')}\n2 excluded: 1 refused mailings, 1 without a postal address\n`);
  });

  it('fails with one clear line and writes nothing when the template, the view or the size is wrong', async () => {
    writeFileSync(out('notes.docx'), 'Pas un document Word {{contact.last_name}}');
    const cases: [string[], RegExp][] = [
      [['--template', out('notes.docx')], /^error: Ce fichier n’est pas un document Word \(\.docx\)/],
      [['--view', 'Inconnue'], /^error: No saved view named "Inconnue"; your views: "Clients ACME"\./],
      [['--labels', 'L9999'], /^error: "--labels" must be one of L7160, L7161, L7162, L7163, L7165, L7173/],
      [['--template', out('absent.docx')], /^error: Could not read the template/],
    ];
    for (const [args, message] of cases) {
      const run = await crm(['mailmerge', ...args, '--out', out('refused.docx'), '--data-dir', dataDir]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(existsSync(out('refused.docx'))).toBe(false);
    }
  });
});
