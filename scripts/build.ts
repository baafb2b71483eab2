import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { log } from '../src-main/log';

/**
 * `npm run build`: bundles the Electron main process and the preload with esbuild, then the
 * renderer with vite. Needs no Electron binary, so it runs on the build machines too.
 */

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The package is `"type": "module"` but Electron's main entry here is CommonJS (one file,
 * natives kept external). ESM code reading `import.meta.url` (src-main/core/paths.ts) would get
 * `undefined` in CJS and crash at load, so it is defined from `__filename` by a banner.
 */
const importMetaUrlShim = 'var __crm_import_meta_url = require("node:url").pathToFileURL(__filename).href;';

export function mainBundleOptions(root: string, outfile: string): BuildOptions {
  return {
    entryPoints: [join(root, 'src-main', 'app', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // electron is provided by the runtime; better-sqlite3 is a native module rebuilt for
    // Electron's ABI at packaging and unpacked from the asar, so it must stay a real require.
    // @node-rs/argon2 (the office server this PC can share hashes passwords with it) loads a
    // prebuilt native binary per platform (N-API, no rebuild needed): also a real require, as is
    // @resvg/resvg-js (report charts drawn to PNG for Word).
    external: ['electron', 'better-sqlite3', '@node-rs/argon2', '@resvg/resvg-js', 'playwright-core'],
    define: { 'import.meta.url': '__crm_import_meta_url' },
    banner: { js: importMetaUrlShim },
    sourcemap: true,
    logLevel: 'warning',
  };
}

export function preloadBundleOptions(root: string, outfile: string): BuildOptions {
  return {
    entryPoints: [join(root, 'src-main', 'preload', 'preload.ts')],
    outfile,
    bundle: true,
    // A sandboxed preload runs in the renderer with a tiny `require` (electron, events, timers,
    // url) and cannot be an ES module: browser platform, CommonJS format, electron external.
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['electron'],
    sourcemap: 'inline',
    logLevel: 'warning',
  };
}

/** The parse worker (file imports): its own entry beside the main bundle, started by src-main/jobs/parse/runner.ts. */
export async function bundleParseWorker(root: string, outfile = join(root, 'dist', 'main', 'parse-worker.cjs')): Promise<string> {
  await build({ ...mainBundleOptions(root, outfile), entryPoints: [join(root, 'src-main', 'jobs', 'parse', 'worker.ts')] });
  return outfile;
}

export async function bundleMain(root: string, outfile = join(root, 'dist', 'main', 'app.cjs')): Promise<string> {
  await build(mainBundleOptions(root, outfile));
  return outfile;
}

export async function bundlePreload(root: string, outfile = join(root, 'dist', 'preload', 'preload.cjs')): Promise<string> {
  await build(preloadBundleOptions(root, outfile));
  return outfile;
}

/** The renderer, with the project's vite.config.ts (output: dist/renderer). */
export function buildRenderer(root: string): void {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit code ${String(result.status)})`);
}

export async function buildAll(root: string = projectRoot, options: { renderer?: boolean } = {}): Promise<void> {
  rmSync(join(root, 'dist', 'main'), { recursive: true, force: true });
  rmSync(join(root, 'dist', 'preload'), { recursive: true, force: true });
  await Promise.all([bundleMain(root), bundlePreload(root), bundleParseWorker(root)]);
  log.info('main, parse worker and preload bundled (dist/main/app.cjs, dist/main/parse-worker.cjs, dist/preload/preload.cjs)');
  if (options.renderer !== false) {
    buildRenderer(root);
    log.info('renderer built (dist/renderer)');
  }
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  buildAll(projectRoot, { renderer: !process.argv.includes('--no-renderer') }).catch((error: unknown) => {
    log.error({ err: { message: (error as Error)?.message } }, 'build failed');
    process.exitCode = 1;
  });
}
