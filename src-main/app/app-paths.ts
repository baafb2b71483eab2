import { join } from 'node:path';

export type AppPaths = { preload: string; rendererDir: string; migrationsDir: string };

/**
 * Where the shell finds its parts. `appPath` is the folder with package.json (the repo when
 * started with `electron .`, app.asar when packaged); migrations ship outside the asar as an
 * extra resource. Explicit paths, so the bundled main never relies on `import.meta.url`.
 */
export function appPaths(env: { appPath: string; resourcesPath: string; isPackaged: boolean }): AppPaths {
  return {
    preload: join(env.appPath, 'dist', 'preload', 'preload.cjs'),
    rendererDir: join(env.appPath, 'dist', 'renderer'),
    migrationsDir: env.isPackaged ? join(env.resourcesPath, 'migrations') : join(env.appPath, 'migrations'),
  };
}
