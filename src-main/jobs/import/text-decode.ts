import type { ImportEncoding } from '../../../src-shared/domain/imports';

/** Windows-1252 where it differs from Latin-1 (0x80–0x9F): €, ‚, ƒ, „, …, quotes, Œ, œ, Ž, Ÿ… */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 decoded by hand: Node's TextDecoder('windows-1252') gives Latin-1 for
 * 0x80–0x9F (its "Œuvray" comes out as "\u008cuvray").
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/**
 * The text of a CSV or vCard file, whatever Windows, Excel or a phone wrote: UTF-8 with or
 * without its BOM, UTF-16 (Excel's "Unicode text", always with a BOM), otherwise Windows-1252
 * (Excel's "CSV" on a French Windows) when the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: ImportEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Bytes of a quoted-printable value ("H=C3=A9l=C3=A8ne"), soft line breaks removed. */
export function quotedPrintableBytes(value: string): Uint8Array {
  const text = value.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = char.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else for (const byte of new TextEncoder().encode(char)) bytes.push(byte);
    }
  }
  return new Uint8Array(bytes);
}

/** Decodes bytes in a charset a vCard names (UTF-8, ISO-8859-1, Windows-1252…); unknown ones as UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').toLowerCase();
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1'].includes(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
