import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../../../src-shared/domain/tasks';
import { docxXml, wordXmlText } from '../../../../fixtures/documents/docx-text';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { assertBalancedXml, outgoingBytes, seedPeople, upload, userLetter, zipFiles, type People } from './fixtures';

let core: TestCore;
let people: People;
beforeEach(async () => {
  core = openTestCore();
  people = await seedPeople(core);
});
afterEach(() => core.dispose());

const everyone = () => ({ kind: 'selection' as const, ids: Object.values(people).map((record) => record.id) });

/** document.xml cut after each letter's section: one piece per letter. */
function letterPieces(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return body.split('</w:sectPr>').slice(0, -1);
}

describe('a mail merge into one document', () => {
  it('writes one letter per contact, each its own section on a new page, and leaves out who refused mailings', async () => {
    const owner = (await call(core, 'profile.get', {})).user.displayName;
    const result = await call(core, 'mailMerge.run', {
      source: everyone(),
      output: { kind: 'document' },
      subject: 'Nos offres <&> {{letter.subject}}',
      body: 'Première ligne.\nDeuxième ligne & fin.',
    });
    expect(result.letters).toBe(4);
    expect(result.excluded).toEqual({ refusedMail: 1, noAddress: 0 });
    expect(result.excludedContacts).toEqual([{ id: people.marc.id, name: 'Marc Martin', reason: 'refusedMail' }]);
    expect(result.file.fileName).toMatch(/^Publipostage \d{4}-\d{2}-\d{2}\.docx$/);

    const xml = await docxXml(await outgoingBytes(core, result.file));
    assertBalancedXml(xml);
    const letters = letterPieces(xml).map(wordXmlText);
    // In the list's order (last names), Marc left out.
    expect(letters).toHaveLength(4);
    expect(letters.map((text) => /\| ([^\n|]+)\n/.exec(text)?.[1])).toEqual(['Zoé Bernard', 'M. Jean Dupont', 'Mme Hélène Lefèvre', 'Anne Rivière <&> {{contact.first_name}}']);
    expect(letters.join('')).not.toContain('Marc');

    const [zoe = '', jean = '', helene = '', anne = ''] = letters;
    expect(helene).toContain('Mme Hélène Lefèvre\nACME & Fils\n12 rue de la Paix\nBâtiment B\n69002 LYON');
    expect(helene).toContain('Madame,\n');
    expect(helene).toContain('Je vous prie d’agréer, Madame, l’expression de mes salutations distinguées.');
    expect(helene).toContain(`${owner}\n`);
    // Jean has no address of his own: his company's.
    expect(jean).toContain('M. Jean Dupont\nACME & Fils\n5 avenue des Lilas\n75011 PARIS');
    expect(jean).toContain('Monsieur,\n');
    expect(anne).toContain('Anne Rivière <&> {{contact.first_name}}\nRue Neuve 3\n1000 BRUXELLES\nBELGIQUE');
    expect(zoe).toContain('Madame, Monsieur,\n');
    for (const letter of letters) {
      expect(letter).toContain('Objet\u00a0: Nos offres <&> {{letter.subject}}');
      expect(letter).toContain('Première ligne.\nDeuxième ligne & fin.');
      expect(letter).toMatch(/Le \d{1,2}(er)? \S+ \d{4}/);
    }
    // Typed values are escaped in the XML, never taken for markup.
    expect(xml).toContain('Rivière &lt;&amp;&gt; {{contact.first_name}}');

    // A section per letter: a page break before each, page numbers from 1 in each.
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => match[0]);
    expect(sections).toHaveLength(4);
    for (const section of sections) {
      expect(section).toContain('<w:pgNumType w:start="1"/>');
      expect(section).not.toContain('<w:type ');
    }
    // The three breaks sit in each letter's last paragraph, not in an extra empty one.
    expect([...xml.matchAll(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:sectPr>/g)]).toHaveLength(3);
  });

  it('fills a user template: fields split across runs, spaces inside braces, the date in the header; unknown fields as typed', async () => {
    const template = await upload(core, 'Ma lettre.docx', await userLetter());
    const inspected = await call(core, 'mailMerge.inspectTemplate', { fileId: template.fileId });
    expect(inspected).toEqual({
      known: ['contact.first_name', 'company.name', 'contact.city', 'contact.address_block', 'today', 'contact.full_name'],
      unknown: ['dossier.numero'],
    });
    const result = await call(core, 'mailMerge.run', { template: { fileId: template.fileId }, source: { kind: 'selection', ids: [people.helene.id, people.jean.id] }, output: { kind: 'document' } });
    const bytes = await outgoingBytes(core, result.file);
    const xml = await docxXml(bytes);
    assertBalancedXml(xml);
    const [jean = '', helene = ''] = letterPieces(xml).map(wordXmlText);
    expect(helene).toContain('Bonjour Hélène !');
    expect(helene).toContain('Société : ACME & Fils — Ville : Lyon');
    expect(helene).toContain('Référence : {{dossier.numero}}');
    expect(jean).toContain('Bonjour Jean !');
    expect(jean).toContain('Ville : \n');
    // The first name takes the formatting of the field's first character (plain), its other pieces are gone.
    expect(xml).not.toMatch(/first_|name\}\}/);

    const zip = await zipFiles(bytes);
    const headerName = [...zip.keys()].find((name) => /^word\/header\d*\.xml$/.test(name)) ?? '';
    const footerName = [...zip.keys()].find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? '';
    expect(wordXmlText(new TextDecoder().decode(zip.get(headerName)))).toMatch(/^Lyon, le \d{1,2}(er)? \S+ \d{4}\n$/);
    // Shared by every letter: a recipient's field in the footer is left empty.
    expect(wordXmlText(new TextDecoder().decode(zip.get(footerName)))).toBe('Pour \n');
  });

  it('writes English letters when asked', async () => {
    const result = await call(core, 'mailMerge.run', { source: { kind: 'selection', ids: [people.helene.id, people.zoe.id] }, output: { kind: 'document' }, language: 'en', body: 'Hello.' });
    const [zoe = '', helene = ''] = letterPieces(await docxXml(await outgoingBytes(core, result.file))).map(wordXmlText);
    expect(result.file.fileName).toMatch(/^Mail merge \d{4}-\d{2}-\d{2}\.docx$/);
    expect(helene).toContain('Dear Mrs Lefèvre,');
    expect(helene).toContain('Yours sincerely,');
    expect(helene).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(zoe).toContain('Dear Zoé Bernard,');
  });
});

describe('one file per recipient', () => {
  it('zips one valid Word document per contact, under distinct safe names', async () => {
    const namesake = await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Lefèvre', city: 'Dijon' });
    const slash = await call(core, 'contacts.create', { firstName: 'A/B', lastName: 'C:D*?' });
    const ids = [people.helene.id, namesake.id, slash.id, people.jean.id, people.marc.id];
    const result = await call(core, 'mailMerge.run', { source: { kind: 'selection', ids }, output: { kind: 'files' }, body: 'Texte' });
    expect(result.letters).toBe(4);
    expect(result.excluded.refusedMail).toBe(1);
    expect(result.file.fileName).toMatch(/\.zip$/);
    expect(result.file.mimeType).toBe('application/zip');

    const files = await zipFiles(await outgoingBytes(core, result.file));
    const names = [...files.keys()].sort();
    expect(names).toEqual(['A_B C_D__.docx', 'Hélène Lefèvre (2).docx', 'Hélène Lefèvre.docx', 'Jean Dupont.docx']);
    for (const [name, bytes] of files) {
      const xml = await docxXml(bytes);
      assertBalancedXml(xml);
      const text = wordXmlText(xml);
      expect(text).toContain(name.startsWith('Jean') ? 'M. Jean Dupont' : name.startsWith('A_B') ? 'A/B C:D*?' : 'Hélène Lefèvre');
      // A letter alone: one section.
      expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
    }
    const dijon = wordXmlText(await docxXml(files.get('Hélène Lefèvre (2).docx') ?? new Uint8Array()));
    const lyon = wordXmlText(await docxXml(files.get('Hélène Lefèvre.docx') ?? new Uint8Array()));
    expect(dijon).toContain('Hélène Lefèvre\nDIJON');
    expect(lyon).toContain('69002 LYON');
    expect(lyon).not.toContain('DIJON');
  });
});

describe('whom a merge writes to', () => {
  it('takes the list as filtered and sorted on screen, or a saved view', async () => {
    const preview = await call(core, 'mailMerge.recipients', { source: { kind: 'list', filters: { city: 'Lyon' }, sort: { field: 'name', dir: 'desc' } } });
    expect(preview).toEqual({ letters: 1, excluded: { refusedMail: 1, noAddress: 0 }, excludedContacts: [{ id: people.marc.id, name: 'Marc Martin', reason: 'refusedMail' }] });

    const view = await call(core, 'views.save', { entity: 'contact', name: 'Paris et Lyon', state: { sort: { field: 'name', dir: 'desc' }, filters: { q: '', city: '' , company: { id: people.acme.id, name: 'ACME & Fils' } }, columns: [] } });
    const result = await call(core, 'mailMerge.run', { source: { kind: 'view', viewId: view.id }, output: { kind: 'document' } });
    const letters = letterPieces(await docxXml(await outgoingBytes(core, result.file))).map(wordXmlText);
    // The view's company filter and its descending sort.
    expect(letters.map((text) => /\| ([^\n|]+)\n/.exec(text)?.[1])).toEqual(['Mme Hélène Lefèvre', 'M. Jean Dupont']);
  });

  it('leaves out contacts without a postal address from labels, and says who', async () => {
    const preview = await call(core, 'mailMerge.recipients', { source: everyone(), labels: true });
    expect(preview.letters).toBe(3);
    expect(preview.excluded).toEqual({ refusedMail: 1, noAddress: 1 });
    expect(preview.excludedContacts.map((excluded) => [excluded.name, excluded.reason]).sort()).toEqual([
      ['Marc Martin', 'refusedMail'],
      ['Zoé Bernard', 'noAddress'],
    ]);
  });

  it('refuses when nobody is left, and when there are too many', async () => {
    const nobody = await callError(core, 'mailMerge.run', { source: { kind: 'selection', ids: [people.marc.id] }, output: { kind: 'document' } });
    expect(nobody).toMatchObject({ code: 'validation', field: 'source', message: 'Aucune lettre à écrire : tous les contacts choisis sont exclus.' });
    const ids = Array.from({ length: 10_001 }, (_, index) => `0195e3c4-0000-7000-8000-${String(index).padStart(12, '0')}`);
    const tooMany = await callError(core, 'mailMerge.run', { source: { kind: 'selection', ids }, output: { kind: 'document' } });
    expect(tooMany).toMatchObject({ code: 'validation', field: 'source' });
    expect(tooMany.message).toContain('10\u202f001 contacts');
    // Labels take more.
    expect((await call(core, 'mailMerge.recipients', { source: { kind: 'selection', ids }, labels: true })).letters).toBe(0);
    const missingView = await callError(core, 'mailMerge.run', { source: { kind: 'view', viewId: ids[0] ?? '' }, output: { kind: 'document' } });
    expect(missingView.code).toBe('not_found');
  });
});

describe('the merge as a task', () => {
  it('reports its phases and stops when cancelled, leaving no file', async () => {
    for (let index = 0; index < 120; index += 1) await call(core, 'contacts.create', { firstName: `Client ${index}`, lastName: 'Test', city: 'Lyon' });
    const taskId = '0195e3c4-0000-7000-8000-0000000000aa';
    const seen: TaskProgress[] = [];
    let cancelled = false;
    core.events.subscribe((name, payload) => {
      if (name !== 'task.progress') return;
      const progress = payload as TaskProgress;
      seen.push(progress);
      if (progress.phase === 'merging' && progress.done > 0 && !cancelled) {
        cancelled = true;
        void call(core, 'tasks.cancel', { taskId });
      }
    });
    const error = await callError(core, 'mailMerge.run', { source: { kind: 'list', filters: { city: 'Lyon' }, sort: { field: 'name', dir: 'asc' } }, output: { kind: 'document' }, taskId });
    expect(error.code).toBe('cancelled');
    expect(existsSync(join(core.paths.dataDir, 'files', 'outgoing')) ? readdirSync(join(core.paths.dataDir, 'files', 'outgoing')) : []).toEqual([]);
    expect(seen.map((progress) => progress.phase)).toContain('reading');
    expect(seen.some((progress) => progress.phase === 'writing')).toBe(false);

    seen.length = 0;
    cancelled = true;
    const done = await call(core, 'mailMerge.run', { source: { kind: 'list', filters: { city: 'Lyon' }, sort: { field: 'name', dir: 'asc' } }, output: { kind: 'document' }, taskId });
    expect(done.letters).toBe(121);
    expect(seen.at(-1)).toEqual({ taskId, phase: 'writing', done: 1, total: 1 });
    expect(seen.find((progress) => progress.phase === 'merging' && progress.done === 121)).toBeDefined();
  });
});
