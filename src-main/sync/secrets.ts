import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where this device keeps its session token with the office server. The desktop app uses the
 * operating system's key store (Electron `safeStorage`); the headless CLI and browser mode,
 * which have none, keep it in a file readable only by the user, beside the database and never
 * inside it.
 */
export type SecretStore = {
  get(): string | undefined;
  set(token: string): void;
  clear(): void;
};

export function fileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'sync-session.token');
  return {
    get: () => (existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined),
    set: (token) => {
      writeFileSync(file, token, { mode: 0o600 });
      chmodSync(file, 0o600);
    },
    clear: () => rmSync(file, { force: true }),
  };
}
