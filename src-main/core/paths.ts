import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_FOLDER = 'CRM';

/** The per-user application data folder (the same one Electron's `userData` points at). */
export function defaultDataDir(): string {
  if (process.env.CRM_DATA_DIR) return process.env.CRM_DATA_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** The repository root when running from source (tsx, tests); packaged builds pass their paths. */
export const sourceRoot = fileURLToPath(new URL('../../', import.meta.url));

export type DataPaths = { dataDir: string; databaseFile: string; backupsDir: string };

export function dataPaths(dataDir: string): DataPaths {
  return { dataDir, databaseFile: join(dataDir, 'crm.sqlite'), backupsDir: join(dataDir, 'backups') };
}
