import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { log } from '../log';
import { contentSecurityPolicy } from '../web/security';
import { appEntryUrl, appHost, appScheme } from './app-origin';

/**
 * The CSP (shared with browser mode), sent as a header on every response of the app://
 * protocol: a `<meta>` tag could be edited away by injected markup; a header cannot.
 */
export { contentSecurityPolicy };

/**
 * `standard` gives app:// real origins and relative URL resolution (vite's `base: './'`);
 * `secure` makes it a secure context like https; fetch and code cache are what a bundled SPA
 * needs. Must be registered before the app is ready.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown types are served as opaque bytes (with nosniff), never guessed into script. */
export function contentTypeFor(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type AppPathResult = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AppPathResult => ({ ok: false, status, reason });

/** A `..` segment in the raw URL, plain or percent-encoded, before any normalisation hides it. */
const rawDotDot = /(^|[/\\])(\.|%2e){2}($|[/\\?#])/i;
/** Encoded separators and NUL would turn one segment into several (or end the path early). */
const encodedSeparatorOrNul = /%(2f|5c|00)/i;

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps an app:// request URL to a file inside `rootDir` (the built renderer), or says why not.
 * Anything that tries to leave the bundle is refused, not "cleaned": the app's own pages never
 * produce such URLs, so one is a sign of an attack. Symlinks are resolved and must stay inside.
 */
export async function resolveAppPath(rootDir: string, requestUrl: string): Promise<AppPathResult> {
  if (typeof requestUrl !== 'string' || requestUrl.length > 2048) return refuse(400, 'bad url');
  if (requestUrl.includes('\\') || requestUrl.includes('\0')) return refuse(403, 'backslash or NUL');
  if (rawDotDot.test(requestUrl) || encodedSeparatorOrNul.test(requestUrl)) return refuse(403, 'path traversal');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'bad url');
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refuse(403, 'foreign origin');

  const rawSegments = url.pathname.split('/').slice(1);
  if (rawSegments.length === 0 || rawSegments[rawSegments.length - 1] === '') {
    rawSegments.splice(-1, 1, 'index.html');
  }
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refuse(400, 'bad encoding');
    }
    // Empty inner segments ("//etc") and drive letters or streams ("C:") are never ours.
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) {
      return refuse(403, 'bad segment');
    }
    segments.push(segment);
  }

  const candidate = join(rootDir, ...segments);
  if (!isInside(rootDir, candidate)) return refuse(403, 'outside bundle');
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(rootDir);
    realFile = await realpath(candidate);
  } catch {
    return refuse(404, 'not found');
  }
  if (!isInside(realRoot, realFile)) return refuse(403, 'symlink outside bundle');
  const info = await stat(realFile);
  if (!info.isFile()) return refuse(404, 'not a file');
  return { ok: true, file: realFile };
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/**
 * Answers one app:// request. Client-side routes ("/contacts/123", no file extension) fall back
 * to index.html so a reload does not show a blank window.
 */
export async function serveAppRequest(rootDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  let resolved = await resolveAppPath(rootDir, request.url);
  if (!resolved.ok && resolved.status === 404 && extname(new URL(request.url).pathname) === '') {
    resolved = await resolveAppPath(rootDir, appEntryUrl);
  }
  if (!resolved.ok) {
    if (resolved.status === 403) log.warn({ reason: resolved.reason }, 'app:// request refused');
    return textResponse(resolved.status, resolved.status === 404 ? 'Not found' : 'Refused');
  }
  const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(resolved.file));
  return new Response(body, { status: 200, headers: headers(contentTypeFor(resolved.file)) });
}

/** Serves the built renderer (`dist/renderer`) on app:// for the default session. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rootDir, request));
}
