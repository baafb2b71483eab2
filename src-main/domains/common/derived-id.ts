import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, RFC 9562) derived from a text key: the same key gives the same id on every
 * device, so join rows made offline on two devices ("this tag on this record", "this user in
 * this team") converge on one row and their add/remove merge instead of duplicating.
 */
export function derivedUuid(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
