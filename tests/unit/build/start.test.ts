import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronEnv, fallbackSentence, findElectronBinary } from '../../../scripts/start';
import { parseStartArgs } from '../../../src-main/web/start-args';

describe('findElectronBinary', () => {
  it('returns the path the electron package names when the file exists', () => {
    expect(findElectronBinary(() => '/opt/electron/electron', (file) => file === '/opt/electron/electron')).toBe('/opt/electron/electron');
  });

  it('returns null when the electron package throws (its binary was never downloaded)', () => {
    const load = (): never => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    };
    expect(findElectronBinary(load, () => true)).toBeNull();
  });

  it('returns null when the named file is missing, or the package returns something else', () => {
    expect(findElectronBinary(() => '/gone/electron', () => false)).toBeNull();
    expect(findElectronBinary(() => ({ default: 'x' }), () => true)).toBeNull();
    expect(findElectronBinary(() => '', () => true)).toBeNull();
  });
});

describe('electronEnv', () => {
  it('passes the data folder as CRM_DATA_DIR and drops ELECTRON_RUN_AS_NODE', () => {
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, { dataDir: 'demo-data' });
    expect(env).toEqual({ PATH: '/bin', CRM_DATA_DIR: resolve('demo-data') });
  });

  it('leaves the default data folder alone when none is given', () => {
    expect(electronEnv({ CRM_DATA_DIR: '/keep' }, {})).toEqual({ CRM_DATA_DIR: '/keep' });
  });
});

describe('npm start arguments (the same as start:web)', () => {
  it.each([
    [[], {}],
    [['--data-dir', '/tmp/crm'], { dataDir: '/tmp/crm' }],
    [['--data-dir=/tmp/crm', '--port=5180'], { dataDir: '/tmp/crm', port: 5180 }],
    [['--port', '0'], { port: 0 }],
  ])('%j → %j', (argv, args) => {
    expect(parseStartArgs(argv)).toEqual(args);
  });

  it.each([[['--port', 'abc']], [['--port', '70000']], [['--data-dir']], [['--verbose']]])('refuses %j', (argv) => {
    expect(() => parseStartArgs(argv)).toThrow();
  });
});

describe('the fallback message', () => {
  it('is one sentence that says why and what happens instead', () => {
    expect(fallbackSentence.split(/[.!?](\s|$)/).filter((part) => part.trim()).length).toBe(1);
    expect(fallbackSentence).toMatch(/Electron/);
    expect(fallbackSentence).toMatch(/browser mode/);
  });
});
