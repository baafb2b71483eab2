/**
 * Files crossing between the page and the core. The page never sees a path: a file it picked is
 * uploaded once and named by an id (`IncomingFile`); a file the core made (a quote in Word, an
 * export) waits under an id until the page saves it (`OutgoingFile`).
 */
export type IncomingFile = { fileId: string; fileName: string; size: number };

export type OutgoingFile = { fileId: string; fileName: string; mimeType: string; size: number };

/** 32 lowercase hex characters, random: an id cannot be guessed or walk out of its folder. */
export const fileIdPattern = /^[0-9a-f]{32}$/;

/** Largest file the page may hand to the core (an import, a Word template), in bytes. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** A file name as the user chose it, made safe to offer in a save dialog or a download. */
export function safeFileName(name: string, fallback = 'document'): string {
  const cleaned = [...name.normalize('NFC')]
    .map((char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' || '<>:"/\\|?*'.includes(char) ? '_' : char))
    .join('')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 180);
  return cleaned || fallback;
}
