import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcMain = fileURLToPath(new URL('../../../../src-main', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(srcMain).map((file) => ({
  path: relative(srcMain, file).split(sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

describe('the Electron boundary of src-main', () => {
  it('finds the source files it checks', () => {
    expect(files.map((file) => file.path)).toContain('app/ipc.ts');
  });

  it('listens on ipcMain only in app/ipc.ts (one validated entry point)', () => {
    const rawIpc = /\bipcMain\s*\.\s*(handle|handleOnce|on|once|addListener|prependListener)\b/;
    const offenders = files.filter((file) => rawIpc.test(file.text)).map((file) => file.path);
    expect(offenders).toEqual(['app/ipc.ts']);
  });

  it('exposes one thing to pages, window.crm, from the preload only (what it holds: preload tests)', () => {
    const exposures = files.flatMap((file) =>
      [...file.text.matchAll(/exposeInMainWorld\(\s*(['"][^'"]*['"])/g)].map((match) => `${file.path} ${match[1]}`),
    );
    expect(exposures).toEqual([`preload/preload.ts 'crm'`]);
  });

  it('imports electron only from app/ and preload/', () => {
    const importsElectron = /(from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(\/[^'"]*)?['"]/;
    const offenders = files
      .filter((file) => importsElectron.test(file.text))
      .map((file) => file.path)
      .filter((path) => !path.startsWith('app/') && !path.startsWith('preload/'));
    expect(offenders).toEqual([]);
  });
});
