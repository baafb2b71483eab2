import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webProtocol } from '../../../../src-shared/contract/bridge';
import { handlers } from '../../../../src-main/domains/handlers';
import { startWebServer } from '../../../../src-main/web/server';
import { openTestCore, snapshotTables, tempDir, type TestCore } from '../../../helpers/core';
import type { Server } from 'node:http';

const token = 'test-token-0123456789abcdef';
let core: TestCore;
let server: Server;
let port: number;
let base: string;

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = tempDir('crm-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CRM</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {}');
  const outside = tempDir('crm-outside-');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  ({ server, port } = await startWebServer({ core, handlers, rendererDir, token }));
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.dispose();
});

const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${webProtocol.invokePath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A raw request, for headers fetch will not let us forge (Host). */
function rawGet(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser mode over HTTP', () => {
  it('answers a valid call with the handler output', async () => {
    const response = await invoke({ name: 'contacts.create', input: { firstName: 'Loïc', lastName: 'Le Gall' } });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: boolean; value: { displayName: string } };
    expect(result).toMatchObject({ ok: true, value: { displayName: 'Loïc Le Gall' } });
  });

  it('refuses calls without the launch token, or with a wrong one', async () => {
    const before = snapshotTables(core);
    expect((await invoke({ name: 'contacts.create', input: { lastName: 'X' } }, { Authorization: '' })).status).toBe(401);
    expect((await invoke({ name: 'contacts.create', input: { lastName: 'X' } }, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect(snapshotTables(core)).toEqual(before);
  });

  it('refuses another Host header (DNS rebinding) and cross-origin posts', async () => {
    expect(await rawGet('/', 'evil.example:80')).toBe(403);
    expect(await rawGet('/', `127.0.0.1:${port}`)).toBe(200);
    expect((await invoke({ name: 'app.info', input: {} }, { Origin: 'https://evil.example' })).status).toBe(403);
  });

  it('answers malformed bodies, wrong types and oversize requests with typed errors, changing nothing', async () => {
    const before = snapshotTables(core);
    const notJson = await invoke('{"name": "contacts.create", ');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('validation');
    const wrongType = (await (await invoke({ name: 'contacts.create', input: { lastName: ['x'] } })).json()) as { error: { field: string } };
    expect(wrongType.error.field).toBe('lastName');
    const unknown = (await (await invoke({ name: 'admin.dropAll', input: {} })).json()) as { error: { code: string } };
    expect(unknown.error.code).toBe('unknown_command');
    const big = await invoke({ name: 'contacts.create', input: { lastName: 'x', notes: 'y'.repeat(webProtocol.maxBodyBytes) } });
    expect(big.status).toBe(413);
    expect(snapshotTables(core)).toEqual(before);
  });

  it('serves the built renderer with a strict CSP, and never a file outside it', async () => {
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/link.txt', '/..%5cpackage.json']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it('pushes data changes on the event stream to a client holding the token', async () => {
    expect((await fetch(`${base}${webProtocol.eventsPath}?token=wrong`)).status).toBe(401);
    const controller = new AbortController();
    const stream = await fetch(`${base}${webProtocol.eventsPath}?token=${token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    const created = await (await invoke({ name: 'contacts.create', input: { lastName: 'Évènement' } })).json() as { value: { id: string } };
    let text = '';
    while (!text.includes(created.value.id)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text).toContain('"name":"data.changed"');
    expect(text).toContain(created.value.id);
  });
});
