import { open } from 'node:fs/promises';

/**
 * What an Excel file (a zip archive) would become once opened, read from its central directory
 * before anything is inflated: the sizes each entry declares, and names that could escape a
 * folder. A "zip bomb" (a few megabytes expanding to gigabytes) is refused here; the parse
 * worker's memory limit is the second line, for archives that lie about their sizes.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff;
/** More entries than any real workbook has. */
const MAX_ENTRIES = 10_000;
/** A central directory larger than this is not a spreadsheet's. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

export type ZipSurvey = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not_zip' | 'too_many_entries' };

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The 64-bit sizes of an entry whose 32-bit fields say 0xFFFFFFFF (its zip64 extra field). */
function zip64Sizes(extra: Buffer, entry: ZipEntry, needUncompressed: boolean, needCompressed: boolean): void {
  let offset = 0;
  while (offset + 4 <= extra.length) {
    const id = extra.readUInt16LE(offset);
    const size = extra.readUInt16LE(offset + 2);
    if (id === 0x0001) {
      let field = offset + 4;
      if (needUncompressed && field + 8 <= extra.length) {
        entry.uncompressedSize = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      if (needCompressed && field + 8 <= extra.length) entry.compressedSize = Number(extra.readBigUInt64LE(field));
      return;
    }
    offset += 4 + size;
  }
}

/** The entries of the archive at `path`, from its central directory (nothing is inflated). */
export async function surveyZip(path: string, fileSize: number): Promise<ZipSurvey> {
  if (fileSize < 22) return { ok: false, reason: 'not_zip' };
  const tailLength = Math.min(fileSize, END_RECORD_SEARCH + 20);
  const tail = await readAt(path, fileSize - tailLength, tailLength);
  let end = -1;
  for (let offset = tail.length - 22; offset >= 0; offset -= 1) {
    if (tail.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: 'not_zip' };
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  if (end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_END_LOCATOR) {
    const zip64At = Number(tail.readBigUInt64LE(end - 20 + 8));
    const record = await readAt(path, zip64At, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_END_OF_CENTRAL_DIRECTORY) return { ok: false, reason: 'not_zip' };
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too_many_entries' };
  if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset + directorySize > fileSize) return { ok: false, reason: 'not_zip' };
  const directory = await readAt(path, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let offset = 0;
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return { ok: false, reason: 'not_zip' };
    const compressed = directory.readUInt32LE(offset + 20);
    const uncompressed = directory.readUInt32LE(offset + 24);
    const nameLength = directory.readUInt16LE(offset + 28);
    const extraLength = directory.readUInt16LE(offset + 30);
    const commentLength = directory.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength + extraLength > directory.length) return { ok: false, reason: 'not_zip' };
    const entry: ZipEntry = {
      name: decoder.decode(directory.subarray(offset + 46, offset + 46 + nameLength)),
      compressedSize: compressed,
      uncompressedSize: uncompressed,
    };
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      const extra = directory.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength);
      zip64Sizes(extra, entry, uncompressed === 0xffffffff, compressed === 0xffffffff);
    }
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** A name that could write outside the folder it is extracted to: "..", absolute, a drive, a backslash path. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((part) => part === '..');
}

export type ZipVerdict =
  | { ok: true; expandedBytes: number }
  | { ok: false; problem: 'not_xlsx' }
  | { ok: false; problem: 'zip_unsafe_entry'; name: string }
  | { ok: false; problem: 'zip_too_large'; expandedBytes: number }
  | { ok: false; problem: 'zip_ratio'; ratio: number };

/** Compressed entries smaller than this are not judged by their ratio (tiny XML parts compress a lot). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Checks an Excel archive against the limits, before it is parsed. */
export async function checkXlsxArchive(path: string, fileSize: number, limits: { maxExpandedBytes: number; maxRatio: number }): Promise<ZipVerdict> {
  const survey = await surveyZip(path, fileSize);
  if (!survey.ok) return { ok: false, problem: 'not_xlsx' };
  let expanded = 0;
  for (const entry of survey.entries) {
    if (isUnsafeEntryName(entry.name)) return { ok: false, problem: 'zip_unsafe_entry', name: entry.name.slice(0, 80) };
    expanded += entry.uncompressedSize;
    if (entry.uncompressedSize >= RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
      return { ok: false, problem: 'zip_ratio', ratio: Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize)) };
    }
  }
  if (expanded > limits.maxExpandedBytes) return { ok: false, problem: 'zip_too_large', expandedBytes: expanded };
  if (expanded >= RATIO_FLOOR_BYTES && expanded > limits.maxRatio * Math.max(1, fileSize)) return { ok: false, problem: 'zip_ratio', ratio: Math.round(expanded / fileSize) };
  if (!survey.entries.some((entry) => entry.name === 'xl/workbook.xml')) return { ok: false, problem: 'not_xlsx' };
  return { ok: true, expandedBytes: expanded };
}
