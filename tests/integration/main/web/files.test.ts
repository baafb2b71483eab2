import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webProtocol } from '../../../../src-shared/contract/bridge';
import { MAX_UPLOAD_BYTES } from '../../../../src-shared/domain/files';
import { handlers } from '../../../../src-main/domains/handlers';
import { createOutgoingFile, readIncomingFile } from '../../../../src-main/files/store';
import { startWebServer } from '../../../../src-main/web/server';
import { openTestCore, tempDir, type TestCore } from '../../../helpers/core';

const token = 'test-token-files-0123456789';
let core: TestCore;
let server: Server;
let base: string;

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = tempDir('crm-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CRM</title>');
  let port: number;
  ({ server, port } = await startWebServer({ core, handlers, rendererDir, token }));
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.dispose();
});

const upload = (body: BodyInit, name: string | null, headers: Record<string, string> = {}) =>
  fetch(`${base}${webProtocol.filesPath}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream', ...(name === null ? {} : { [webProtocol.fileNameHeader]: encodeURIComponent(name) }), ...headers },
    body,
  });

/** An upload announcing more bytes than allowed: refused before any is read. */
function declaredTooLarge(): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}${webProtocol.filesPath}`);
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { Authorization: `Bearer ${token}`, [webProtocol.fileNameHeader]: 'big.csv', 'Content-Length': String(MAX_UPLOAD_BYTES + 1) } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.write('x');
  });
}

describe('files over browser mode', () => {
  it('takes an upload under its name and hands the core its bytes by id', async () => {
    const response = await upload('Nom;Prénom\nDupont;Hélène\n', 'Clients été.csv');
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: true; value: { fileId: string; fileName: string; size: number } };
    expect(result.value).toMatchObject({ fileName: 'Clients été.csv', size: Buffer.byteLength('Nom;Prénom\nDupont;Hélène\n') });
    const file = await readIncomingFile(core.paths.dataDir, result.value.fileId);
    expect(new TextDecoder().decode(file.bytes)).toBe('Nom;Prénom\nDupont;Hélène\n');
  });

  it('refuses an upload without the token, from another origin, without a name, or over the size limit', async () => {
    const before = readdirSync(join(core.paths.dataDir, 'files', 'incoming')).length;
    expect((await upload('x', 'a.csv', { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await upload('x', 'a.csv', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload('x', null)).status).toBe(400);
    expect(await declaredTooLarge()).toBe(413);
    expect(readdirSync(join(core.paths.dataDir, 'files', 'incoming')).length).toBe(before);
  });

  it('serves a document the core made as an attachment with its accented name, only with the token', async () => {
    const made = await createOutgoingFile(core.paths.dataDir, { fileName: 'Devis Hélène.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array([80, 75, 3, 4]) });
    const url = `${base}${webProtocol.filesPath}/${made.fileId}`;
    const response = await fetch(`${url}?token=${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Devis Helene.docx"; filename*=UTF-8''Devis%20H%C3%A9l%C3%A8ne.docx`);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${base}${webProtocol.filesPath}/${'0'.repeat(32)}?token=${token}`)).status).toBe(404);
    expect((await fetch(`${base}${webProtocol.filesPath}/..%2F..%2Fcrm.sqlite?token=${token}`)).status).toBe(404);
  });

  it('answers an unknown upload id to a handler with a clear validation error', async () => {
    await expect(readIncomingFile(core.paths.dataDir, 'f'.repeat(32))).rejects.toMatchObject({ body: { code: 'validation', field: 'fileId' } });
  });
});
