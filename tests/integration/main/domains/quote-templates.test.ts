import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, type OutgoingFile } from '../../../../src-shared/domain/files';
import { translate } from '../../../../src-shared/i18n';
import { findFile, receiveFile } from '../../../../src-main/files/store';
import { readQuoteTemplate } from '../../../../src-main/domains/quotes/template-store';
import { setServerLink } from '../../../../src-main/sync/state';
import { docxText } from '../../../fixtures/documents/docx-text';
import { plainLetter, userTemplate, zipWithoutDocument } from '../../../fixtures/documents/templates';
import { call, callError, openTestCore, type TestCore } from '../../../helpers/core';

const now = Date.UTC(2026, 3, 15, 9, 30);
let core: TestCore;

beforeEach(() => {
  core = openTestCore({ clock: { now: () => now } });
});
afterEach(() => core.dispose());

/** What the page does: upload the file, then hand its id to the core. */
async function upload(name: string, bytes: Uint8Array): Promise<string> {
  return (await receiveFile(core.paths.dataDir, name, bytes, MAX_UPLOAD_BYTES)).fileId;
}

/** Bytes compared as bytes, whether they came as a Buffer or a Uint8Array. */
const plain = (bytes: Uint8Array | null): Uint8Array | null => (bytes ? new Uint8Array(bytes) : null);

async function bytesOf(file: OutgoingFile): Promise<Uint8Array> {
  const stored = await findFile(core.paths.dataDir, 'outgoing', file.fileId);
  if (!stored) throw new Error(`outgoing file ${file.fileId} is missing`);
  return new Uint8Array(await readFile(stored.path));
}

describe('the office’s Word template', () => {
  it('is the built-in layout until one is saved', async () => {
    expect(await call(core, 'quoteTemplate.get', {})).toEqual({ custom: false, fileName: null, size: null, savedAt: null, placeholders: { found: [], unknown: [] } });
    expect((await callError(core, 'quoteTemplate.download', {})).code).toBe('not_found');
  });

  it('accepts a good template, lists its placeholders, keeps its name, and gives it back byte for byte', async () => {
    const template = await userTemplate();
    const saved = await call(core, 'quoteTemplate.save', { fileId: await upload('Devis ACME.docx', template) });
    expect(saved).toMatchObject({ custom: true, fileName: 'Devis ACME.docx', size: template.byteLength, savedAt: new Date(now).toISOString() });
    expect(saved.placeholders.found).toEqual(expect.arrayContaining(['client.company', 'quote.number', 'quote.date', 'lines', 'line.description', 'vat_summary', 'total.incl']));
    expect(saved.placeholders.unknown).toEqual(['client.fax']);
    expect(await call(core, 'quoteTemplate.get', {})).toEqual(saved);
    expect(plain(await readQuoteTemplate(core.paths.dataDir))).toEqual(plain(template));

    const download = await call(core, 'quoteTemplate.download', {});
    expect(download).toMatchObject({ fileName: 'Devis ACME.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: template.byteLength });
    expect(plain(await bytesOf(download))).toEqual(plain(template));
  });

  it('refuses a text file renamed .docx, a .docx without placeholders and an oversized file, with the reason, and keeps the previous template', async () => {
    const good = await userTemplate();
    await call(core, 'quoteTemplate.save', { fileId: await upload('Devis ACME.docx', good) });
    const refusals = [
      { name: 'notes.docx', bytes: new TextEncoder().encode('Ceci est un simple fichier texte.'), problem: 'not_docx' },
      { name: 'tableur.docx', bytes: await zipWithoutDocument(), problem: 'not_docx' },
      { name: 'lettre.docx', bytes: await plainLetter(), problem: 'no_placeholders' },
      { name: 'énorme.docx', bytes: new Uint8Array(21 * 1024 * 1024), problem: 'too_large' },
    ];
    for (const refusal of refusals) {
      const error = await callError(core, 'quoteTemplate.save', { fileId: await upload(refusal.name, refusal.bytes) });
      expect(error, refusal.name).toMatchObject({ code: 'validation', field: 'template', issues: [{ path: 'template', code: 'invalid_value' }] });
      const expected = translate('fr', `quoteDocument.templateErrors.${refusal.problem}`, { example: '{{quote.number}}', size: 21, max: 20 });
      expect(error.message, refusal.name).toBe(expected);
    }
    expect(await call(core, 'quoteTemplate.get', {})).toMatchObject({ custom: true, fileName: 'Devis ACME.docx', size: good.byteLength });
    expect(plain(await readQuoteTemplate(core.paths.dataDir))).toEqual(plain(good));
  });

  it('says why in the app’s language', async () => {
    await call(core, 'profile.update', { language: 'en' });
    const error = await callError(core, 'quoteTemplate.save', { fileId: await upload('lettre.docx', await plainLetter()) });
    expect(error.message).toBe(translate('en', 'quoteDocument.templateErrors.no_placeholders', { example: '{{quote.number}}' }));
    expect(error.message).toMatch(/has no quote fields/);
  });

  it('asks for the file again when the upload is gone', async () => {
    const error = await callError(core, 'quoteTemplate.save', { fileId: '0123456789abcdef0123456789abcdef' });
    expect(error).toMatchObject({ code: 'validation', field: 'fileId' });
    expect((await callError(core, 'quoteTemplate.save', { fileId: '../../crm.sqlite' })).code).toBe('validation');
  });

  it('goes back to the built-in layout when removed', async () => {
    await call(core, 'quoteTemplate.save', { fileId: await upload('Devis ACME.docx', await userTemplate()) });
    expect(await call(core, 'quoteTemplate.remove', {})).toMatchObject({ custom: false, fileName: null });
    expect(await call(core, 'quoteTemplate.get', {})).toMatchObject({ custom: false, fileName: null });
    expect(await readQuoteTemplate(core.paths.dataDir)).toBeNull();
    expect((await callError(core, 'quoteTemplate.download', {})).code).toBe('not_found');
  });

  it('offers a sample that is a real Word document, named in the app’s language, which is accepted as a template', async () => {
    const sample = await call(core, 'quoteTemplate.sample', {});
    expect(sample.fileName).toBe('Modèle de devis.docx');
    const bytes = await bytesOf(sample);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file('word/document.xml')).not.toBeNull();
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
    expect(await docxText(bytes)).toContain('{{quote.number}}');

    const saved = await call(core, 'quoteTemplate.save', { fileId: await upload(sample.fileName, bytes) });
    expect(saved.placeholders.found).toEqual(expect.arrayContaining(['seller.logo', 'seller.name', 'client.company', 'quote.number', 'line.total', 'vat.rate', 'totals', 'terms']));
    expect(saved.placeholders.unknown).toEqual([]);

    await call(core, 'profile.update', { language: 'en' });
    expect((await call(core, 'quoteTemplate.sample', {})).fileName).toBe('Quote template.docx');
  });

  it('is changed only by administrators on a PC linked to an office server', async () => {
    const link = { url: 'http://127.0.0.1:1', accountId: core.userId, displayName: 'Léa', email: 'lea@bureau.fr', deviceName: 'PC' };
    setServerLink(core, { ...link, role: 'manager' });
    const fileId = await upload('Devis ACME.docx', await userTemplate());
    expect((await callError(core, 'quoteTemplate.save', { fileId })).code).toBe('forbidden');
    expect((await callError(core, 'quoteTemplate.remove', {})).code).toBe('forbidden');
    expect(await call(core, 'quoteTemplate.get', {})).toMatchObject({ custom: false });
    expect((await call(core, 'quoteTemplate.sample', {})).fileName).toBe('Modèle de devis.docx');
    setServerLink(core, { ...link, role: 'administrator' });
    expect(await call(core, 'quoteTemplate.save', { fileId })).toMatchObject({ custom: true });
  });
});
