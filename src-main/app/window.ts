import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { log } from '../log';
import { isSameOrigin } from './app-origin';
import { isAllowedExternalUrl, openExternalSafely, type OpenExternal } from './external-links';
import type { Rect } from './window-state';
import { minWindowSize } from './window-state';

/**
 * The one place windows are configured. The renderer shows customers' personal data and renders
 * text typed by others (notes, imported files): it gets no Node, no Electron, an isolated world
 * for the preload, and Chromium's sandbox — the Electron security checklist, item by item.
 */
export function mainWindowOptions(preloadPath: string, bounds: Rect): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'CRM',
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * In-app navigation stays on app://crm; any other target never replaces the UI (a link in a note
 * must not turn the window into a web page that can call the bridge). Allowed external links go
 * to the system instead.
 */
export function navigationDecision(url: string): NavigationDecision {
  if (isSameOrigin(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-externally' : 'deny';
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Denies navigation away from the app, new windows and webviews for one web contents. Applied
 * to every web contents the app creates (see main.ts), not only the main window.
 */
export function guardWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  const external = (url: string): void => {
    if (navigationDecision(url) === 'open-externally') void openExternalSafely(url, openExternal);
  };
  contents.on('will-navigate', (event) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
    external(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url) === 'allow') return;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    external(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview attachment refused');
  });
}

/** Shows the window once its first frame is painted, restoring the maximised state. */
export function showWhenReady(window: Pick<BrowserWindow, 'once' | 'show' | 'maximize'>, maximized: boolean): void {
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
}
