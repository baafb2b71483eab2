import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH`, else Debian's. A missing browser is a
 * clear error, never a skipped test.
 */
export function chromiumExecutable(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`,
    );
  }
  return path;
}
