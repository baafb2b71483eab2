import { describe, expect, it } from 'vitest';
import { printOptions, printWindowOptions } from '../../../../src-main/app/print-to-pdf';

describe('the Electron print window', () => {
  it('runs nothing: no JavaScript, no Node, sandboxed, never shown', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('prints A4 with backgrounds and the page’s own @page rules, as browser mode does', () => {
    expect(printOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  });
});
