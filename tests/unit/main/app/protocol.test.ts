import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appSchemePrivileges,
  contentSecurityPolicy,
  contentTypeFor,
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../../../src-main/app/protocol';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'crm-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CRM</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'font.woff2'), 'x');
  writeFileSync(join(base, 'secret.txt'), 'customer list');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'data.json'), '{}');
  // Real symlinks: one pointing out of the bundle (file and folder), one staying inside.
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(join(base, 'outside'), join(root, 'linked-dir'));
  symlinkSync(join(root, 'assets', 'logo.svg'), join(root, 'assets', 'alias.svg'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('resolveAppPath: app:// serves the renderer bundle and nothing else', () => {
  it.each([
    ['app://crm/', 'index.html'],
    ['app://crm/index.html', 'index.html'],
    ['app://crm/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://crm/assets/index-abc.js?v=1#x', join('assets', 'index-abc.js')],
    ['app://crm/assets/alias.svg', join('assets', 'logo.svg')],
  ])('serves %s', async (url, file) => {
    const result = await resolveAppPath(root, url);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.file.endsWith(file)).toBe(true);
  });

  it.each([
    ['a ../ escape', 'app://crm/../secret.txt'],
    ['a nested ../ escape', 'app://crm/assets/../../secret.txt'],
    ['an encoded %2e%2e escape', 'app://crm/%2e%2e/secret.txt'],
    ['a mixed-case encoded escape', 'app://crm/assets/%2E%2e/%2e%2E/secret.txt'],
    ['a half-encoded escape', 'app://crm/.%2e/secret.txt'],
    ['an encoded slash', 'app://crm/assets%2f..%2f..%2fsecret.txt'],
    ['an encoded backslash', 'app://crm/..%5csecret.txt'],
    ['a backslash', 'app://crm/..\\secret.txt'],
    ['an absolute path', 'app://crm//etc/passwd'],
    ['a Windows drive', 'app://crm/C:/Windows/win.ini'],
    ['a NUL byte', 'app://crm/index.html%00.png'],
    ['a raw NUL byte', 'app://crm/index.html\u0000'],
    ['a symlink to a file outside', 'app://crm/assets/leak.txt'],
    ['a symlinked folder outside', 'app://crm/linked-dir/data.json'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s', async (_label, url) => {
    const result = await resolveAppPath(root, url);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.status).not.toBe(404);
  });

  it('says "not found" for a missing file or a folder', async () => {
    expect(await resolveAppPath(root, 'app://crm/assets/missing.js')).toMatchObject({ ok: false, status: 404 });
    expect(await resolveAppPath(root, 'app://crm/assets')).toMatchObject({ ok: false, status: 404 });
  });

  it('refuses malformed percent-encoding', async () => {
    expect(await resolveAppPath(root, 'app://crm/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('serveAppRequest: headers and content types', () => {
  it('sends the strict CSP and the right content type with every file', async () => {
    const cases: [string, string][] = [
      ['app://crm/index.html', 'text/html; charset=utf-8'],
      ['app://crm/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://crm/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://crm/assets/logo.svg', 'image/svg+xml'],
      ['app://crm/assets/font.woff2', 'font/woff2'],
    ];
    for (const [url, type] of cases) {
      const response = await serveAppRequest(root, { url, method: 'GET' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const page = await serveAppRequest(root, { url: 'app://crm/', method: 'GET' });
    expect(await page.text()).toContain('<title>CRM</title>');
  });

  it('has exactly the CSP of the security checklist', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('answers refused paths with 403 and the CSP, never the file', async () => {
    const response = await serveAppRequest(root, { url: 'app://crm/assets/leak.txt', method: 'GET' });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('customer list');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('falls back to index.html for client-side routes, but not for missing assets', async () => {
    const route = await serveAppRequest(root, { url: 'app://crm/contacts/123', method: 'GET' });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const asset = await serveAppRequest(root, { url: 'app://crm/assets/missing.js', method: 'GET' });
    expect(asset.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serveAppRequest(root, { url: 'app://crm/index.html', method: 'POST' })).status).toBe(405);
    const head = await serveAppRequest(root, { url: 'app://crm/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('never guesses a type for unknown extensions', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('X.HTML')).toBe('text/html; charset=utf-8');
  });
});

describe('registration with Electron', () => {
  it('registers app:// as a standard, secure scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([appSchemePrivileges]);
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(appSchemePrivileges.privileges).not.toHaveProperty('bypassCSP');
  });

  it('handles the app scheme with the bundle folder', async () => {
    let handler: ((request: Request) => Response | Promise<Response>) | undefined;
    handleAppProtocol({ handle: (scheme, h) => ((handler = h), expect(scheme).toBe('app')) }, root);
    const response = await handler?.(new Request('app://crm/index.html'));
    expect(response?.status).toBe(200);
  });
});
