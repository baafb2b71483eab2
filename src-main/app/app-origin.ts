/**
 * Where the app's own UI lives. The renderer is served from `app://crm/…` (never `file://`), so
 * the IPC sender check, the navigation guard and the CSP all reason about one origin.
 */
export const appScheme = 'app';
export const appHost = 'crm';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Protocol and host of a URL, or null when it does not parse. */
export function schemeAndHost(raw: unknown): { protocol: string; host: string } | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw);
    return { protocol: url.protocol, host: url.host };
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a URL of `origin` (default: the app's own). Compares protocol and host
 * rather than `URL.origin`, because Node reports the origin of non-web schemes as "null".
 */
export function isSameOrigin(raw: unknown, origin: string = appOrigin): boolean {
  const target = schemeAndHost(raw);
  const expected = schemeAndHost(origin);
  if (target === null || expected === null) return false;
  return target.protocol === expected.protocol && target.host === expected.host;
}
