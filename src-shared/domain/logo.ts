import { MAX_LOGO_BYTES } from './quotes';

/*
 * The letterhead logo travels as base64 text (a synced field). It must be a PNG or a JPEG, told
 * by its first bytes rather than by a file name, and at most MAX_LOGO_BYTES.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

/** The first bytes of base64 text (whole groups of four characters). */
function leadingBytes(base64: string, count: number): number[] {
  const bytes: number[] = [];
  for (let at = 0; at + 4 <= base64.length && bytes.length < count; at += 4) {
    const [a = 0, b = 0, c = 0, d = 0] = [...base64.slice(at, at + 4)].map((char) => Math.max(0, ALPHABET.indexOf(char)));
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    bytes.push((group >> 16) & 0xff, (group >> 8) & 0xff, group & 0xff);
  }
  return bytes.slice(0, count);
}

export function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** 'png' or 'jpg' from the image's signature, or null when it is neither. */
export function logoType(base64: string): 'png' | 'jpg' | null {
  const head = leadingBytes(base64, PNG_SIGNATURE.length);
  if (PNG_SIGNATURE.every((byte, index) => head[index] === byte)) return 'png';
  if (JPEG_SIGNATURE.every((byte, index) => head[index] === byte)) return 'jpg';
  return null;
}

/** Why this text cannot be the logo, or null when it can. */
export function logoProblem(base64: string): string | null {
  if (!BASE64.test(base64)) return 'the logo must be base64 text';
  if (base64ByteLength(base64) > MAX_LOGO_BYTES) return `the logo is larger than ${MAX_LOGO_BYTES / 1000} kB`;
  return logoType(base64) ? null : 'the logo must be a PNG or JPEG image';
}
