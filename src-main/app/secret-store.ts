import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore } from '../sync/secrets';

/** The part of Electron's `safeStorage` the token store uses (a fake stands in for it in tests). */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export const SECRET_FILE = 'sync-session.bin';

/**
 * The desktop app's session token with the office server, encrypted by the operating system's
 * key store (DPAPI, Keychain, libsecret) through Electron `safeStorage`, in a file beside the
 * database — never in SQLite, localStorage or plain text. Without a key store the token is not
 * kept at all: the device then asks to log in again rather than store it unprotected.
 */
export function safeStorageSecretStore(dataDir: string, safeStorage: SafeStorageLike): SecretStore {
  const file = join(dataDir, SECRET_FILE);
  return {
    get: () => {
      if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return undefined;
      try {
        return safeStorage.decryptString(readFileSync(file)) || undefined;
      } catch {
        // Encrypted for another OS user or a lost key: as if logged out.
        return undefined;
      }
    },
    set: (token) => {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error('This computer offers no key store to protect the session token; the token was not kept.');
      }
      const temp = `${file}.tmp`;
      writeFileSync(temp, safeStorage.encryptString(token), { mode: 0o600 });
      renameSync(temp, file);
    },
    clear: () => rmSync(file, { force: true }),
  };
}
