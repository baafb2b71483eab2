import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, mainWindowOptions, navigationDecision, showWhenReady } from '../../../../src-main/app/window';

const bounds = { x: 10, y: 20, width: 1280, height: 800 };

describe('mainWindowOptions: the one window factory', () => {
  const options = mainWindowOptions('/app/dist/preload/preload.cjs', bounds);
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      spellcheck: true,
    });
  });

  it('does not weaken anything else', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });

  it('stays hidden until ready, at the restored bounds, with a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options).toMatchObject(bounds);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
  });
});

describe('navigationDecision', () => {
  it.each([
    ['app://crm/index.html', 'allow'],
    ['app://crm/contacts/1', 'allow'],
    ['https://example.com/', 'open-externally'],
    ['mailto:a@example.fr', 'open-externally'],
    ['tel:+33123456789', 'open-externally'],
    ['app://evil/index.html', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['https://ok@evil.example/', 'deny'],
    ['not a url', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(navigationDecision(url)).toBe(decision);
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => (listeners.set(name, listener), contents),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents: navigation and new windows denied', () => {
  function guarded() {
    const fake = fakeContents();
    const openExternal = vi.fn(async () => undefined);
    guardWebContents(fake.contents as unknown as Parameters<typeof guardWebContents>[0], openExternal);
    return { ...fake, openExternal };
  }

  it('lets the app navigate within app://crm', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'app://crm/index.html')).toBe(false);
    expect(fire('will-frame-navigate', 'app://crm/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps the window on the app and opens an allowed link in the system browser', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('blocks dangerous navigation without opening anything', () => {
    const { fire, openExternal } = guarded();
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(fire('will-frame-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, opening allowed links externally', () => {
    const { open, openExternal } = guarded();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://crm/index.html')).toEqual({ action: 'deny' });
    expect(open('smb://server/share')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses webviews', () => {
    const { fire } = guarded();
    expect(fire('will-attach-webview', 'app://crm/')).toBe(true);
  });
});

describe('showWhenReady', () => {
  it('shows the window on ready-to-show, maximised when it was', () => {
    let ready: (() => void) | undefined;
    const window = { once: vi.fn((_name: string, cb: () => void) => (ready = cb)), show: vi.fn(), maximize: vi.fn() };
    showWhenReady(window as unknown as Parameters<typeof showWhenReady>[0], true);
    expect(window.show).not.toHaveBeenCalled();
    ready?.();
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
  });
});
