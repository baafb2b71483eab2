import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOutgoingFile, findFile, FILE_LIFETIME_MS, receiveFile, sweepFiles } from '../../../../src-main/files/store';
import { tempDir } from '../../../helpers/core';

async function* chunks(count: number, size: number): AsyncGenerator<Uint8Array> {
  for (let index = 0; index < count; index += 1) yield new Uint8Array(size).fill(65 + index);
}

describe('files kept between the page and the core', () => {
  it('stores a streamed upload whole under a random id, its name made safe', async () => {
    const dataDir = tempDir('crm-files-');
    const file = await receiveFile(dataDir, '../../etc/passwd:Clients?.csv', chunks(3, 1000), 10_000);
    expect(file.fileId).toMatch(/^[0-9a-f]{32}$/);
    expect(file).toMatchObject({ fileName: '_.._etc_passwd_Clients_.csv', size: 3000 });
    const found = await findFile(dataDir, 'incoming', file.fileId);
    expect(found?.path).toBe(join(dataDir, 'files', 'incoming', file.fileId));
  });

  it('stops an upload past the limit and leaves nothing behind', async () => {
    const dataDir = tempDir('crm-files-');
    await expect(receiveFile(dataDir, 'big.xlsx', chunks(5, 1000), 4_500)).rejects.toMatchObject({ body: { code: 'validation', field: 'file' } });
    expect(readdirSync(join(dataDir, 'files', 'incoming'))).toEqual([]);
  });

  it('finds nothing for a malformed, unknown or other-kind id', async () => {
    const dataDir = tempDir('crm-files-');
    const made = await createOutgoingFile(dataDir, { fileName: 'Devis.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37]) });
    expect(await findFile(dataDir, 'outgoing', made.fileId)).toMatchObject({ fileName: 'Devis.pdf', mimeType: 'application/pdf', size: 1 });
    expect(await findFile(dataDir, 'incoming', made.fileId)).toBeNull();
    expect(await findFile(dataDir, 'outgoing', '../crm.sqlite')).toBeNull();
    expect(await findFile(dataDir, 'outgoing', 'a'.repeat(32))).toBeNull();
  });

  it('sweeps files a day old with their descriptions, and keeps recent ones', async () => {
    const dataDir = tempDir('crm-files-');
    const old = await createOutgoingFile(dataDir, { fileName: 'old.docx', mimeType: 'x', bytes: new Uint8Array([1]) });
    const recent = await createOutgoingFile(dataDir, { fileName: 'new.docx', mimeType: 'x', bytes: new Uint8Array([2]) });
    const folder = join(dataDir, 'files', 'outgoing');
    const dayAgo = new Date(Date.now() - FILE_LIFETIME_MS - 60_000);
    for (const name of [old.fileId, `${old.fileId}.json`]) utimesSync(join(folder, name), dayAgo, dayAgo);
    expect(await sweepFiles(dataDir, 'outgoing', Date.now())).toBe(1);
    expect(existsSync(join(folder, old.fileId))).toBe(false);
    expect(existsSync(join(folder, `${old.fileId}.json`))).toBe(false);
    expect(await findFile(dataDir, 'outgoing', recent.fileId)).not.toBeNull();
  });
});
