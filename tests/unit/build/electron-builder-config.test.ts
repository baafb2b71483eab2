import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// js-yaml is what electron-builder itself reads the file with (it ships no types of its own).
const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Configuration;
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { productName?: string; main?: string };

type Target = string | { target: string };
const targetNames = (targets: unknown): string[] =>
  (Array.isArray(targets) ? (targets as Target[]) : [targets as Target]).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own schema validation)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes installers to release/', () => {
    expect(config.appId).toBe('fr.crm.desktop');
    expect(config.productName).toBe('CRM');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.directories?.output).toBe('release');
  });

  it('packs the built bundles, including the main entry named in package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(packageJson.main).toBe('dist/main/app.cjs');
    expect(config.asar).toBe(true);
  });

  it('keeps better-sqlite3 out of the asar and rebuilds it for Electron', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/better-sqlite3/**', 'dist/main/parse-worker.cjs']));
    expect(config.npmRebuild).toBe(true);
  });

  it('ships migrations and resources next to the app', () => {
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'migrations', to: 'migrations' },
        { from: 'resources', to: 'resources' },
      ]),
    );
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a per-user NSIS installer with a choice of folder on Windows', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('builds a dmg on macOS and AppImage + deb on Linux', () => {
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
  });
});
