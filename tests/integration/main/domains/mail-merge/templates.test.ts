import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bookmark, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceRoot } from '../../../../../src-main/core/paths';
import { buildShippedLetter } from '../../../../../src-main/documents/mail-merge-letter';
import { docxText, docxXml } from '../../../../fixtures/documents/docx-text';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { assertBalancedXml, letterWithoutFields, outgoingBytes, seedPeople, upload, userLetter, zipFiles, zipWithoutDocument, type People } from './fixtures';

let core: TestCore;
let people: People;
beforeEach(async () => {
  core = openTestCore();
  people = await seedPeople(core);
});
afterEach(() => core.dispose());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A copy of a zip whose central directory says every file inflates to 1,000 bytes. */
function declaringSmallSizes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.length; offset += 1) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, 1000, true);
  }
  return copy;
}

async function refusal(bytes: Uint8Array): Promise<{ inspect: string; run: string }> {
  const file = await upload(core, 'lettre.docx', bytes);
  const inspect = await callError(core, 'mailMerge.inspectTemplate', { fileId: file.fileId });
  const run = await callError(core, 'mailMerge.run', { template: { fileId: file.fileId }, source: { kind: 'selection', ids: [people.helene.id] }, output: { kind: 'document' } });
  for (const error of [inspect, run]) expect(error).toMatchObject({ code: 'validation', field: 'template' });
  return { inspect: inspect.message, run: run.message };
}

describe('a letter template', () => {
  it('is refused with a clear message when it is not a Word document, too large, or without a merge field', async () => {
    const notDocx = 'Ce fichier n’est pas un document Word (.docx). Enregistrez votre lettre au format Word (.docx) puis réessayez.';
    expect(await refusal(new TextEncoder().encode('Madame, Monsieur, {{contact.last_name}}'))).toEqual({ inspect: notDocx, run: notDocx });
    expect((await refusal(await zipWithoutDocument())).inspect).toBe(notDocx);
    const noFields = 'Cette lettre ne contient aucun champ de fusion, comme {{contact.last_name}}. Ajoutez les champs voulus (voir la liste des champs) puis réessayez.';
    expect((await refusal(await letterWithoutFields())).inspect).toBe(noFields);
    const large = new Uint8Array(21 * 1024 * 1024);
    large.set(await userLetter());
    expect((await refusal(large)).inspect).toBe('Ce modèle est trop volumineux (21 Mo, 20 Mo au plus). Réduisez la taille de ses images puis réessayez.');
    // Nothing was written for the page.
    const outgoing = join(core.paths.dataDir, 'files', 'outgoing');
    expect(existsSync(outgoing) ? readdirSync(outgoing) : []).toEqual([]);
  });

  it('is refused when its text would inflate past the limit, whatever its archive declares', async () => {
    const zip = await JSZip.loadAsync(await userLetter());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>${' '.repeat(25 * 1024 * 1024)}</w:t></w:r></w:p>`));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect((await refusal(bomb)).inspect).toMatch(/^Ce modèle est trop volumineux \(\d+ Mo, 20 Mo au plus\)/);
    // The same archive lying about the size: stopped while inflating.
    expect((await refusal(declaringSmallSizes(bomb))).inspect).toMatch(/^Ce modèle est trop volumineux/);
  });

  it('keeps drawings and bookmarks unique across letters, and drops the data source of a Word mail merge', async () => {
    const logo = readFileSync(join(sourceRoot, 'resources', 'icon.png'));
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new ImageRun({ type: 'png', data: logo, transformation: { width: 40, height: 40 } })] }),
            new Paragraph({ children: [new Bookmark({ id: 'destinataire', children: [new TextRun('{{contact.full_name}}')] })] }),
          ],
        },
      ],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(document));
    const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';
    zip.file('word/settings.xml', settings.replace('</w:settings>', '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:query w:val="SELECT * FROM Contacts"/></w:mailMerge></w:settings>'));
    const file = await upload(core, 'logo.docx', await zip.generateAsync({ type: 'uint8array' }));
    const result = await call(core, 'mailMerge.run', { template: { fileId: file.fileId }, source: { kind: 'selection', ids: [people.helene.id, people.jean.id, people.anne.id] }, output: { kind: 'document' } });
    const bytes = await outgoingBytes(core, result.file);
    const xml = await docxXml(bytes);
    assertBalancedXml(xml);
    const drawingIds = [...xml.matchAll(/<wp:docPr\b[^>]*?\sid="(\d+)"/g)].map((match) => match[1]);
    expect(drawingIds).toHaveLength(3);
    expect(new Set(drawingIds).size).toBe(3);
    const bookmarkIds = [...xml.matchAll(/<w:bookmarkStart\b[^>]*?\sw:id="(\d+)"/g)].map((match) => match[1]);
    expect(bookmarkIds).toHaveLength(3);
    expect(new Set(bookmarkIds).size).toBe(3);
    // Each end matches its start.
    expect([...xml.matchAll(/<w:bookmarkEnd\b[^>]*?\sw:id="(\d+)"/g)].map((match) => match[1])).toEqual(bookmarkIds);
    expect(await docxText(bytes)).toContain('Anne Rivière <&> {{contact.first_name}}');
    const merged = await zipFiles(bytes);
    expect(new TextDecoder().decode(merged.get('word/settings.xml'))).not.toContain('mailMerge');
    // The picture itself is copied, once.
    expect([...merged.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
  });
});

describe('the shipped letter', () => {
  it('is the one the code writes, in French and English, and can be saved to restyle', async () => {
    for (const language of ['fr', 'en'] as const) {
      const committed = readFileSync(join(sourceRoot, 'resources', 'templates', `letter-${language}.docx`));
      expect(await docxXml(committed)).toBe(await docxXml(await buildShippedLetter(language)));
    }
    const file = await call(core, 'mailMerge.letter', {});
    expect(file).toMatchObject({ fileName: 'Lettre type.docx', mimeType: DOCX });
    const saved = await upload(core, file.fileName, await outgoingBytes(core, file));
    expect((await call(core, 'mailMerge.inspectTemplate', { fileId: saved.fileId })).known).toEqual([
      'owner.name',
      'owner.email',
      'contact.address_block',
      'today',
      'letter.subject',
      'contact.salutation',
      'letter.body',
    ]);
    expect((await call(core, 'mailMerge.letter', { language: 'en' })).fileName).toBe('Letter.docx');
  });
});
