import { webProtocol } from '../../src-shared/contract/bridge';

const storageKey = 'crm.token';

/**
 * Reads `#token=…` from a launch URL's hash. Returns the token (or null) and the hash that
 * remains once the token is taken out.
 */
export function takeTokenFromHash(hash: string): { token: string | null; rest: string } {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.startsWith('/')) return { token: null, rest: hash };
  const params = new URLSearchParams(raw);
  const token = params.get(webProtocol.tokenHashKey);
  if (!token) return { token: null, rest: hash };
  params.delete(webProtocol.tokenHashKey);
  const rest = params.toString();
  return { token, rest: rest ? `#${rest}` : '' };
}

/**
 * Takes the browser-mode token from the launch URL, keeps it in sessionStorage (so a reload
 * still works) and removes it from the address bar, where it could be copied or bookmarked.
 */
export function captureLaunchToken(): string | null {
  const { token, rest } = takeTokenFromHash(window.location.hash);
  if (token) {
    window.sessionStorage.setItem(storageKey, token);
    const url = `${window.location.pathname}${window.location.search}${rest}`;
    window.history.replaceState(null, '', url);
    return token;
  }
  return window.sessionStorage.getItem(storageKey);
}
