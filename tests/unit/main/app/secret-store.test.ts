import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeStorageSecretStore, SECRET_FILE, type SafeStorageLike } from '../../../../src-main/app/secret-store';

/** Stands in for Electron's safeStorage: "encrypts" by XOR with a key only it knows. */
function fakeSafeStorage(available = true, key = 0x5a): SafeStorageLike & { available: boolean } {
  const fake = {
    available,
    isEncryptionAvailable: () => fake.available,
    encryptString: (plain: string) => Buffer.from([...Buffer.from(`v1:${plain}`, 'utf8')].map((byte) => byte ^ key)),
    decryptString: (encrypted: Buffer) => {
      const text = Buffer.from([...encrypted].map((byte) => byte ^ key)).toString('utf8');
      if (!text.startsWith('v1:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(3);
    },
  };
  return fake;
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-secret-'));
  dirs.push(dir);
  return dir;
}

describe('the desktop token store (safeStorage)', () => {
  it('keeps the token encrypted beside the database, never in plain text, and forgets it on clear', () => {
    const dir = dataDir();
    const store = safeStorageSecretStore(dir, fakeSafeStorage());
    expect(store.get()).toBeUndefined();
    store.set('tok-123456789abcdef');
    const file = join(dir, SECRET_FILE);
    expect(readFileSync(file).toString('utf8')).not.toContain('tok-123456789abcdef');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    expect(store.get()).toBe('tok-123456789abcdef');
    // A second store on the same folder (the app restarted) reads it back.
    expect(safeStorageSecretStore(dir, fakeSafeStorage()).get()).toBe('tok-123456789abcdef');
    store.set('tok-2');
    expect(store.get()).toBe('tok-2');
    expect(existsSync(`${file}.tmp`)).toBe(false);
    store.clear();
    expect(store.get()).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    store.clear();
  });

  it('refuses to keep a token when the OS offers no key store, rather than storing it unprotected', () => {
    const dir = dataDir();
    const store = safeStorageSecretStore(dir, fakeSafeStorage(false));
    expect(() => store.set('tok')).toThrow(/key store/);
    expect(existsSync(join(dir, SECRET_FILE))).toBe(false);
  });

  it('reads a token it cannot decrypt (another OS user, a lost key) as no token', () => {
    const dir = dataDir();
    safeStorageSecretStore(dir, fakeSafeStorage(true, 0x11)).set('tok');
    expect(safeStorageSecretStore(dir, fakeSafeStorage(true, 0x22)).get()).toBeUndefined();
    const locked = fakeSafeStorage(true, 0x11);
    const store = safeStorageSecretStore(dir, locked);
    locked.available = false;
    expect(store.get()).toBeUndefined();
  });
});
