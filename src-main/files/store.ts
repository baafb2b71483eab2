import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { ApiError } from '../../src-shared/contract/errors';
import { fileIdPattern, safeFileName, type IncomingFile, type OutgoingFile } from '../../src-shared/domain/files';

/**
 * Files between the page and the core, kept under `<data>/files/{incoming,outgoing}/<id>` with
 * `<id>.json` beside each (its name, type and size). A file is written whole under a temporary
 * name and renamed: a cut upload or a full disk leaves no half file behind an id.
 */
export type FileKind = 'incoming' | 'outgoing';
type FileRecord = { fileName: string; mimeType: string; size: number; createdAt: number };

/** Files older than this are swept (at start and whenever a new one is made). */
export const FILE_LIFETIME_MS = 24 * 60 * 60 * 1000;

export class FileTooLargeError extends ApiError {
  constructor(maxBytes: number) {
    super({
      code: 'validation',
      field: 'file',
      message: `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`,
      issues: [{ path: 'file', code: 'too_long', message: `larger than ${maxBytes} bytes` }],
    });
    this.name = 'FileTooLargeError';
  }
}

const folder = (dataDir: string, kind: FileKind) => join(dataDir, 'files', kind);
const newFileId = () => randomBytes(16).toString('hex');

async function storeRecord(dataDir: string, kind: FileKind, fileId: string, record: FileRecord): Promise<void> {
  await writeFile(join(folder(dataDir, kind), `${fileId}.json`), JSON.stringify(record), { mode: 0o600 });
}

/** Counts bytes as they pass and stops the stream past the limit. */
function limitTo(maxBytes: number): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) done(new FileTooLargeError(maxBytes));
      else done(null, chunk);
    },
  });
}

/** Writes bytes (or a stream of them) as a new file of `kind`; returns its id and size. */
async function storeFile(dataDir: string, kind: FileKind, source: Uint8Array | AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ fileId: string; size: number }> {
  const dir = folder(dataDir, kind);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await sweepFiles(dataDir, kind, Date.now());
  const fileId = newFileId();
  const part = join(dir, `${fileId}.part`);
  try {
    const input = source instanceof Uint8Array ? Readable.from([Buffer.from(source.buffer, source.byteOffset, source.byteLength)]) : Readable.from(source);
    await pipeline(input, limitTo(maxBytes), createWriteStream(part, { mode: 0o600 }));
    await rename(part, join(dir, fileId));
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  return { fileId, size: (await stat(join(dir, fileId))).size };
}

/** A file the page hands over (an upload): kept until used or swept. */
export async function receiveFile(dataDir: string, name: string, source: Uint8Array | AsyncIterable<Uint8Array>, maxBytes: number): Promise<IncomingFile> {
  const fileName = safeFileName(name);
  const { fileId, size } = await storeFile(dataDir, 'incoming', source, maxBytes);
  await storeRecord(dataDir, 'incoming', fileId, { fileName, mimeType: 'application/octet-stream', size, createdAt: Date.now() });
  return { fileId, fileName, size };
}

/** A document the core made (whole, or streamed as it is made), waiting for the page to save it. */
export async function createOutgoingFile(dataDir: string, file: { fileName: string; mimeType: string; bytes: Uint8Array | AsyncIterable<Uint8Array> }): Promise<OutgoingFile> {
  const fileName = safeFileName(file.fileName);
  const { fileId, size } = await storeFile(dataDir, 'outgoing', file.bytes, Number.MAX_SAFE_INTEGER);
  await storeRecord(dataDir, 'outgoing', fileId, { fileName, mimeType: file.mimeType, size, createdAt: Date.now() });
  return { fileId, fileName, mimeType: file.mimeType, size };
}

export type StoredFile = { path: string; fileName: string; mimeType: string; size: number };

/** The stored file behind an id, or null when the id is malformed, unknown or swept. */
export async function findFile(dataDir: string, kind: FileKind, fileId: string): Promise<StoredFile | null> {
  if (!fileIdPattern.test(fileId)) return null;
  const path = join(folder(dataDir, kind), fileId);
  try {
    const record = JSON.parse(await readFile(`${path}.json`, 'utf8')) as FileRecord;
    const { size } = await stat(path);
    return { path, fileName: record.fileName, mimeType: record.mimeType, size };
  } catch {
    return null;
  }
}

/** The bytes of an uploaded file, for a handler that got its id; a clear error when it is gone. */
export async function readIncomingFile(dataDir: string, fileId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const file = await findFile(dataDir, 'incoming', fileId);
  if (!file) {
    throw new ApiError({
      code: 'validation',
      field: 'fileId',
      message: 'The file is no longer available: choose it again.',
      issues: [{ path: 'fileId', code: 'not_found', message: 'unknown or expired file' }],
    });
  }
  return { fileName: file.fileName, bytes: new Uint8Array(await readFile(file.path)) };
}

/** Deletes files of `kind` older than the lifetime, and temporary files left by a crash. */
export async function sweepFiles(dataDir: string, kind: FileKind, nowMs: number, lifetimeMs = FILE_LIFETIME_MS): Promise<number> {
  const dir = folder(dataDir, kind);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info || nowMs - info.mtimeMs < lifetimeMs) continue;
    await rm(path, { force: true });
    if (!name.includes('.')) removed += 1;
  }
  return removed;
}
