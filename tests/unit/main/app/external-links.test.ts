import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely, safeExternalUrl } from '../../../../src-main/app/external-links';

describe('external links: only web, mail and phone links leave the app', () => {
  const cases: [string, unknown, boolean][] = [
    ['a company website over https', 'https://www.example.fr/contact', true],
    ['a plain http website', 'http://example.com', true],
    ['an uppercase scheme', 'HTTPS://example.com/', true],
    ['an email address', 'mailto:helene.dupont@example.fr', true],
    ['a phone number', 'tel:+33123456789', true],
    ['a javascript: URL', 'javascript:alert(1)', false],
    ['a javascript: URL in mixed case with spaces', '  JaVaScRiPt:alert(1)', false],
    ['a javascript: URL split by a tab', 'java\tscript:alert(1)', false],
    ['a local file', 'file:///etc/passwd', false],
    ['a Windows share', 'smb://server/share', false],
    ['a UNC-like file URL', 'file://server/share/doc.exe', false],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>', false],
    ['a blob: URL', 'blob:https://example.com/uuid', false],
    ['a vbscript: URL', 'vbscript:msgbox(1)', false],
    ['an ftp URL', 'ftp://example.com/file', false],
    ['the app itself', 'app://crm/index.html', false],
    ['credentials that disguise the host', 'https://ok@evil.example', false],
    ['user and password in the URL', 'https://user:pass@example.com', false],
    ['a relative path', '/contacts/1', false],
    ['malformed text', 'not a url', false],
    ['an empty string', '', false],
    ['a scheme without host', 'https://', false],
    ['an empty mailto', 'mailto:', false],
    ['a newline inside', 'https://example.com/\nfoo', false],
    ['a NUL byte', 'https://example.com/\u0000', false],
    ['a huge URL', `https://example.com/${'a'.repeat(5000)}`, false],
    ['not a string', 42, false],
    ['null', null, false],
  ];

  it.each(cases)('%s → %s', (_label, raw, allowed) => {
    expect(isAllowedExternalUrl(raw)).toBe(allowed);
  });

  it('hands the OS the parsed, normalised URL rather than the raw text', () => {
    expect(safeExternalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
  });

  it('opens allowed links through the given function and refuses the rest without calling it', async () => {
    const open = vi.fn(async () => undefined);
    expect(await openExternalSafely('https://example.com', open)).toBe(true);
    expect(await openExternalSafely('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalSafely('file:///C:/Windows/System32/calc.exe', open)).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.com/');
  });

  it('reports a failure of the system handler instead of throwing', async () => {
    const open = vi.fn(async () => {
      throw new Error('no mail client');
    });
    expect(await openExternalSafely('mailto:a@example.fr', open)).toBe(false);
  });
});
