import { appOrigin, isSameOrigin } from './app-origin';

/** The parts of Electron's WebFrameMain the sender check reads. */
export type SenderFrame = { url: string; parent: unknown };

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/**
 * Only the app's own top-level page may call the core. A null frame (navigated away or
 * destroyed), a page from anywhere else, or an iframe inside the app is refused.
 */
export function checkSender(frame: SenderFrame | null | undefined, allowedOrigin: string = appOrigin): SenderCheck {
  if (!frame) return { ok: false, reason: 'no sender frame' };
  if (frame.parent !== null) return { ok: false, reason: 'subframe' };
  if (!isSameOrigin(frame.url, allowedOrigin)) return { ok: false, reason: 'foreign origin' };
  return { ok: true };
}
