import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZipText, storedData, zipArchive, ZipPartTooLarge } from '../../../../src-main/documents/mail-merge-zip';
import { zipEntries } from '../../../../src-main/documents/zip-entries';

describe('the mail merge’s zip archives', () => {
  it('write new files (deflated or stored) and copy another archive’s entries as they are', async () => {
    const source = await new JSZip().file('word/styles.xml', '<w:styles/>'.repeat(50)).file('media/é.png', new Uint8Array([1, 2, 3]), { compression: 'STORE' }).generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const copies = (zipEntries(source) ?? []).filter((entry) => !entry.name.endsWith('/')).map((entry) => ({ name: entry.name, copy: entry, data: storedData(source, entry) ?? new Uint8Array() }));
    const archive = zipArchive([{ name: 'word/document.xml', content: '<w:document>Hélène</w:document>' }, { name: 'Zoé.docx', content: new Uint8Array([9, 9]), store: true }, ...copies]);

    const entries = zipEntries(archive) ?? [];
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['word/document.xml', 8],
      ['Zoé.docx', 0],
      ['word/styles.xml', 8],
      ['media/é.png', 0],
    ]);
    const read = await JSZip.loadAsync(archive, { checkCRC32: true });
    expect(await read.file('word/document.xml')?.async('string')).toBe('<w:document>Hélène</w:document>');
    expect(await read.file('word/styles.xml')?.async('string')).toBe('<w:styles/>'.repeat(50));
    expect([...((await read.file('media/é.png')?.async('uint8array')) ?? [])]).toEqual([1, 2, 3]);
    expect([...((await read.file('Zoé.docx')?.async('uint8array')) ?? [])]).toEqual([9, 9]);
  });

  it('read a part as text, but never inflate past the ceiling', () => {
    const archive = zipArchive([{ name: 'big.xml', content: 'x'.repeat(10_000) }]);
    const [entry] = zipEntries(archive) ?? [];
    if (!entry) throw new Error('no entry');
    expect(readZipText(archive, entry, 10_000)).toHaveLength(10_000);
    expect(() => readZipText(archive, entry, 9_999)).toThrow(ZipPartTooLarge);
    // An entry that understates its size is stopped while inflating.
    expect(() => readZipText(archive, { ...entry, size: 10 }, 100)).toThrow(ZipPartTooLarge);
    expect(readZipText(archive, { ...entry, method: 12 }, 20_000)).toBeNull();
  });
});
