import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOrigin } from '../../../../src-main/app/app-origin';
import { handleSaveFile, handleUpload, type FileTransferDeps } from '../../../../src-main/app/file-transfer';
import { createOutgoingFile, readIncomingFile } from '../../../../src-main/files/store';
import { tempDir } from '../../../helpers/core';

const appFrame = { url: `${appOrigin}/index.html`, parent: null };
const foreignFrame = { url: 'https://evil.example/', parent: null };

function deps(answer: string | null): FileTransferDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    dataDir: tempDir('crm-transfer-'),
    asked,
    maxUploadBytes: 1_000,
    askSavePath: async (name) => {
      asked.push(name);
      return answer;
    },
  };
}

describe('the desktop’s file channels (crm:upload, crm:save-file)', () => {
  it('take an upload from the app’s window only, with its bytes and name checked', async () => {
    const d = deps(null);
    const bytes = new TextEncoder().encode('BEGIN:VCARD').buffer;
    const ok = await handleUpload(d, appFrame, { fileName: 'contacts.vcf', bytes });
    if (!ok.ok) throw new Error(ok.error.message);
    expect(new TextDecoder().decode((await readIncomingFile(d.dataDir, ok.value.fileId)).bytes)).toBe('BEGIN:VCARD');
    expect(await handleUpload(d, foreignFrame, { fileName: 'x', bytes })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleUpload(d, { ...appFrame, parent: {} }, { fileName: 'x', bytes })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleUpload(d, appFrame, { fileName: 42, bytes })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await handleUpload(d, appFrame, { fileName: 'x', bytes: 'not bytes' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await handleUpload(d, appFrame, { fileName: 'big', bytes: new ArrayBuffer(1_001) })).toMatchObject({ ok: false, error: { code: 'validation', field: 'file' } });
  });

  it('save a document where the user chose, suggesting its name; a cancelled dialog saves nothing', async () => {
    const target = join(tempDir('crm-chosen-'), 'mon devis.docx');
    const d = deps(target);
    const made = await createOutgoingFile(d.dataDir, { fileName: 'Devis D-2026-0001.docx', mimeType: 'x', bytes: new Uint8Array([80, 75]) });
    expect(await handleSaveFile(d, appFrame, { fileId: made.fileId })).toEqual({ ok: true, value: { saved: true } });
    expect(d.asked).toEqual(['Devis D-2026-0001.docx']);
    expect([...readFileSync(target)]).toEqual([80, 75]);

    const cancelled = deps(null);
    const other = await createOutgoingFile(cancelled.dataDir, { fileName: 'a.pdf', mimeType: 'x', bytes: new Uint8Array([1]) });
    expect(await handleSaveFile(cancelled, appFrame, { fileId: other.fileId })).toEqual({ ok: true, value: { saved: false } });
  });

  it('refuse a save from elsewhere, of an unknown file, or without an id — before any dialog opens', async () => {
    const d = deps('/tmp/never');
    const made = await createOutgoingFile(d.dataDir, { fileName: 'a.pdf', mimeType: 'x', bytes: new Uint8Array([1]) });
    expect(await handleSaveFile(d, foreignFrame, { fileId: made.fileId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleSaveFile(d, appFrame, { fileId: '0'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await handleSaveFile(d, appFrame, {})).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(d.asked).toEqual([]);
  });
});
