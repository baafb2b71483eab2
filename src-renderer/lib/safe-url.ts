const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL when it is safe to open (http, https, mailto, tel, with no credentials),
 * else null. Used for every link built from user data.
 */
export function safeExternalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!allowedProtocols.has(url.protocol)) return null;
  if (url.username || url.password) return null;
  return url.href;
}

export function mailtoHref(address: string): string | null {
  return safeExternalUrl(`mailto:${address.trim()}`);
}

export function telHref(e164: string): string | null {
  const compact = e164.replace(/[^\d+]/g, '');
  return compact ? safeExternalUrl(`tel:${compact}`) : null;
}

/** "https://www.acme.fr/" → "www.acme.fr": how a website reads in a table. */
export function websiteLabel(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
