import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-entries';

/*
 * The zip side of a mail merge: a template's parts read with a ceiling, and archives written in
 * one pass — a letter's unchanged parts (styles, pictures, fonts) copied still compressed, only
 * its filled text compressed anew, so a thousand files cost a thousand small deflates.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** "Made by" Unix, zip 2.0: Info-ZIP then reads the UTF-8 names as such (as Windows, macOS and 7-Zip do). */
const MADE_BY_UNIX = 0x0314;
/** A plain file readable by all (-rw-r--r--), as Unix external attributes. */
const FILE_MODE = (0o100644 << 16) >>> 0;

/** A part bigger than allowed once inflated (whatever its central directory said). */
export class ZipPartTooLarge extends Error {}

/** An entry's data as the archive holds it (compressed or not), or null when its local header is damaged. */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return data.length === entry.compressedSize ? data : null;
}

/**
 * One file of a zip as text, inflated with a ceiling (`maxBytes`): a zip bomb stops at the
 * ceiling instead of filling the memory. Null when the entry cannot be read (damaged, encrypted,
 * an unknown compression).
 */
export function readZipText(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): string | null {
  if (entry.size > maxBytes) throw new ZipPartTooLarge();
  const data = storedData(bytes, entry);
  if (!data) return null;
  let inflated: Uint8Array;
  if (entry.method === STORED) {
    if (data.length > maxBytes) throw new ZipPartTooLarge();
    inflated = data;
  } else if (entry.method === DEFLATED) {
    try {
      inflated = inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError) throw new ZipPartTooLarge();
      return null;
    }
  } else {
    return null;
  }
  return new TextDecoder().decode(inflated);
}

/** Whether an entry can be copied into another archive as it is. */
export const copyable = (entry: ZipEntry): boolean => entry.method === STORED || entry.method === DEFLATED;

/** A file of an archive to write: new content (deflated unless `store`), or an entry copied from another archive. */
export type ZipFile = { name: string; content: Uint8Array | string; store?: boolean } | { name: string; copy: ZipEntry; data: Uint8Array };

type Written = { name: Uint8Array; method: number; crc: number; compressedSize: number; size: number; payload: Uint8Array };

const encoder = new TextEncoder();

function written(file: ZipFile): Written {
  const name = encoder.encode(file.name);
  if ('copy' in file) return { name, method: file.copy.method, crc: file.copy.crc32, compressedSize: file.copy.compressedSize, size: file.copy.size, payload: file.data };
  const content = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
  const payload = file.store ? content : deflateRawSync(content, { level: 6 });
  return { name, method: file.store ? STORED : DEFLATED, crc: crc32(content) >>> 0, compressedSize: payload.length, size: content.length, payload };
}

/** A moment as zip stores it: local date and time, to two seconds. */
function dosStamp(date: Date): { date: number; time: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
  };
}

/** A zip archive of the files, in order, dated `when` (no zip64: parts and letters stay far below 4 GB). */
export function zipArchive(files: readonly ZipFile[], when: Date = new Date()): Uint8Array {
  const stamp = dosStamp(when);
  const entries = files.map(written);
  const localSize = entries.reduce((sum, entry) => sum + 30 + entry.name.length + entry.payload.length, 0);
  const centralSize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let offset = 0;
  const offsets: number[] = [];
  const common = (at: number, entry: Written) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, UTF8_NAMES, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, stamp.time, true);
    view.setUint16(at + 8, stamp.date, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.compressedSize, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, entry.name.length, true);
  };
  for (const entry of entries) {
    offsets.push(offset);
    view.setUint32(offset, LOCAL_HEADER, true);
    common(offset + 4, entry);
    out.set(entry.name, offset + 30);
    out.set(entry.payload, offset + 30 + entry.name.length);
    offset += 30 + entry.name.length + entry.payload.length;
  }
  const centralStart = offset;
  entries.forEach((entry, index) => {
    view.setUint32(offset, CENTRAL_HEADER, true);
    view.setUint16(offset + 4, MADE_BY_UNIX, true);
    common(offset + 6, entry);
    view.setUint32(offset + 38, FILE_MODE, true);
    view.setUint32(offset + 42, offsets[index] ?? 0, true);
    out.set(entry.name, offset + 46);
    offset += 46 + entry.name.length;
  });
  view.setUint32(offset, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(offset + 8, entries.length, true);
  view.setUint16(offset + 10, entries.length, true);
  view.setUint32(offset + 12, centralSize, true);
  view.setUint32(offset + 16, centralStart, true);
  return out;
}
