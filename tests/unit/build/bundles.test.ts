import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleMain, bundlePreload, projectRoot } from '../../../scripts/build';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'crm-bundles-'));
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the preload bundle', () => {
  it('is CommonJS that needs nothing but electron, as a sandboxed preload must', async () => {
    const file = await bundlePreload(projectRoot, join(out, 'preload.cjs'));
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect([...new Set(required)]).toEqual(['electron']);

    // Run it the way Chromium's sandbox does: a bare context whose require only knows electron.
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke: async () => null, on: () => undefined, removeListener: () => undefined },
    };
    const sandboxRequire = (id: string): unknown => {
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect([...exposed.keys()]).toEqual(['crm']);
    expect(Object.keys(exposed.get('crm') as object).sort()).toEqual(['invoke', 'on', 'saveFile', 'upload']);
  });
});

describe('the main bundle', () => {
  it('is one CommonJS file with electron and better-sqlite3 left external, and loads in Node', { timeout: 60_000 }, async () => {
    const file = await bundleMain(projectRoot, join(out, 'main', 'app.cjs'));
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('import.meta');
    expect(code).toContain('require("electron")');
    expect(code).toContain('require("better-sqlite3")');

    // Load it in plain Node with a stand-in electron whose single-instance lock is taken: the
    // module must evaluate (import.meta.url shim, core, logger, native module) and then leave.
    const harness = join(out, 'harness.cjs');
    writeFileSync(
      harness,
      `const Module = require('node:module');
const calls = [];
const record = (name) => (...args) => { calls.push(name); return undefined; };
const app = new Proxy({}, { get: (_t, key) => key === 'requestSingleInstanceLock' ? () => false : record('app.' + String(key)) });
const electron = { app, protocol: { registerSchemesAsPrivileged: (schemes) => calls.push('scheme:' + schemes.map((s) => s.scheme).join()) } };
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
require(process.argv[2]);
process.stdout.write(JSON.stringify(calls));
`,
    );
    const result = spawnSync(process.execPath, [harness, file], {
      cwd: projectRoot,
      encoding: 'utf8',
      // NODE_PATH: the bundle sits in a temp folder, its natives in the project's node_modules.
      env: { ...process.env, NODE_PATH: join(projectRoot, 'node_modules'), CRM_DATA_DIR: join(out, 'data'), CRM_LOG_LEVEL: 'silent' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const calls = JSON.parse(result.stdout) as string[];
    expect(calls).toEqual(expect.arrayContaining(['scheme:app', 'app.enableSandbox', 'app.setName', 'app.setPath', 'app.quit']));
    // The scheme is registered before anything else, and a second instance never starts.
    expect(calls[0]).toBe('scheme:app');
    expect(calls).not.toContain('app.whenReady');
  });
});
