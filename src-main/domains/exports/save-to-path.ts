import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes a file the way a save should be: under a temporary name beside it, renamed once whole;
 * a failure or a cancel removes the temporary file and leaves what was at `path` untouched.
 */
export async function saveToPath(content: Readable, path: string): Promise<string> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o644 }));
    await rename(temp, target);
  } catch (error) {
    content.destroy();
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}
