import { log } from '../log';

/**
 * The one door from the app to the outside world: links the user clicks (a company's website,
 * a contact's email or phone) open in the system's browser, mail or phone app — but only for
 * schemes that cannot run code or reach the file system.
 */

const allowedProtocols = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Long enough for any real link; refusing giants keeps the OS handler out of trouble. */
const maxUrlLength = 4096;

/** Control characters and whitespace that `new URL` would silently strip ("java\tscript:"). */
// eslint-disable-next-line no-control-regex
const hiddenCharacters = /[\u0000-\u001f\u007f]/;

/**
 * The normalised URL to hand to the OS, or null when the link must not be opened.
 * Parsed with `new URL` (never a regex on the raw text), so "HTTPS:", odd spacing or encodings
 * cannot smuggle another scheme through.
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxUrlLength) return null;
  if (hiddenCharacters.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!allowedProtocols.has(url.protocol)) return null;
  // "https://bank.fr@evil.example" shows a trusted name but goes elsewhere: refuse credentials.
  if (url.username !== '' || url.password !== '') return null;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === '') return null;
  if ((url.protocol === 'mailto:' || url.protocol === 'tel:') && url.pathname.trim() === '') return null;
  return url.href;
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return safeExternalUrl(raw) !== null;
}

export type OpenExternal = (url: string) => Promise<void>;

/**
 * Opens an allowed link with the OS (Electron's `shell.openExternal` in the app); refuses the
 * rest. Returns whether the link was handed over. Failures of the OS handler are swallowed:
 * a missing mail client must not crash the window that asked.
 */
export async function openExternalSafely(raw: unknown, open: OpenExternal): Promise<boolean> {
  const url = safeExternalUrl(raw);
  // Never log the link itself: it may hold an email address or a phone number.
  if (url === null) {
    log.warn('external link refused');
    return false;
  }
  try {
    await open(url);
    return true;
  } catch (error) {
    log.warn({ err: { name: (error as Error)?.name } }, 'the system could not open an external link');
    return false;
  }
}
