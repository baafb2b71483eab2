import { describe, expect, it, vi } from 'vitest';
import { apiNames } from '../../../../src-shared/contract/api';
import type { Core } from '../../../../src-main/core/core';
import type { ApiHandlers, HandlerContext } from '../../../../src-main/core/dispatch';
import { EventBus } from '../../../../src-main/core/events';
import { ipcChannels } from '../../../../src-main/app/channels';
import { checkSender, forwardCoreEvents, handleInvoke, registerInvokeHandler, type SenderFrame } from '../../../../src-main/app/ipc';

/** Handlers that only record that they ran: the point is to prove they did not. */
function recordingHandlers(): { handlers: ApiHandlers; calls: { name: string; input: unknown }[] } {
  const calls: { name: string; input: unknown }[] = [];
  const entries = apiNames.map((name) => [name, (input: unknown) => (calls.push({ name, input }), { handled: name })]);
  return { handlers: Object.fromEntries(entries) as unknown as ApiHandlers, calls };
}

const context: HandlerContext = { core: {} as unknown as Core };
const appFrame: SenderFrame = { url: 'app://crm/index.html', parent: null };

describe('checkSender: only the app’s own top-level page may call the core', () => {
  it.each<[string, SenderFrame | null | undefined, boolean]>([
    ['the app page', appFrame, true],
    ['the app page on a client route', { url: 'app://crm/contacts/42?tab=notes', parent: null }, true],
    ['a null frame (destroyed or navigated)', null, false],
    ['no frame at all', undefined, false],
    ['a web page', { url: 'https://evil.example/', parent: null }, false],
    ['a page on another app:// host', { url: 'app://evil/index.html', parent: null }, false],
    ['a local file', { url: 'file:///C:/Users/me/Downloads/page.html', parent: null }, false],
    ['a data: URL', { url: 'data:text/html,<script></script>', parent: null }, false],
    ['about:blank', { url: 'about:blank', parent: null }, false],
    ['an empty URL', { url: '', parent: null }, false],
    ['an iframe inside the app', { url: 'app://crm/embedded.html', parent: appFrame }, false],
  ])('%s → %s', (_label, frame, allowed) => {
    expect(checkSender(frame).ok).toBe(allowed);
  });
});

describe('handleInvoke: refused before any handler runs', () => {
  it('runs the handler for a valid call from the app page', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await handleInvoke({ handlers, context }, appFrame, { name: 'contacts.get', input: { id: '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b' } });
    expect(result).toEqual({ ok: true, value: { handled: 'contacts.get' } });
    expect(calls.map((call) => call.name)).toEqual(['contacts.get']);
  });

  it('answers a foreign sender with forbidden, even for a valid call', async () => {
    const { handlers, calls } = recordingHandlers();
    const result = await handleInvoke({ handlers, context }, { url: 'https://evil.example/', parent: null }, { name: 'contacts.list', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('answers a null frame with forbidden', async () => {
    const { handlers, calls } = recordingHandlers();
    expect(await handleInvoke({ handlers, context }, null, { name: 'tags.list', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('answers a subframe of the app with forbidden', async () => {
    const { handlers, calls } = recordingHandlers();
    const frame = { url: 'app://crm/index.html', parent: appFrame };
    expect(await handleInvoke({ handlers, context }, frame, { name: 'tags.list', input: {} })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['no payload', undefined, 'validation'],
    ['a string payload', 'contacts.list', 'validation'],
    ['an array payload', ['contacts.list', {}], 'validation'],
    ['an unknown command', { name: 'db.dropEverything', input: {} }, 'unknown_command'],
    ['a prototype key as command', { name: '__proto__', input: {} }, 'unknown_command'],
    ['a command name that is not a string', { name: 42, input: {} }, 'unknown_command'],
    ['an id of the wrong type', { name: 'contacts.get', input: { id: 42 } }, 'validation'],
    ['an input of the wrong type', { name: 'contacts.get', input: 'id' }, 'validation'],
    ['an unknown field', { name: 'contacts.get', input: { id: '0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b', sql: 'DROP' } }, 'validation'],
    ['a missing required field', { name: 'contacts.get', input: {} }, 'validation'],
  ])('refuses %s with %s', async (_label, payload, code) => {
    const { handlers, calls } = recordingHandlers();
    const result = await handleInvoke({ handlers, context }, appFrame, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(calls).toEqual([]);
  });
});

describe('registerInvokeHandler: the one crm:invoke channel', () => {
  it('registers one handler on crm:invoke that checks the event’s sender frame', async () => {
    const { handlers, calls } = recordingHandlers();
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (event: never, ...args: unknown[]) => unknown) => {
        registered.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
      }),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const remove = registerInvokeHandler(ipcMain, { handlers, context });
    expect([...registered.keys()]).toEqual([ipcChannels.invoke]);
    const listener = registered.get(ipcChannels.invoke);
    const foreign = await listener?.({ senderFrame: { url: 'https://evil.example', parent: null } }, { name: 'tags.list', input: {} });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await listener?.({ senderFrame: appFrame }, { name: 'tags.list', input: {} });
    expect(own).toMatchObject({ ok: true });
    expect(calls.map((call) => call.name)).toEqual(['tags.list']);
    remove();
    expect(registered.size).toBe(0);
  });

  it('adds the two file channels when given the files’ folder, and removes all three', () => {
    const registered = new Set<string>();
    const ipcMain = {
      handle: vi.fn((channel: string) => void registered.add(channel)),
      removeHandler: vi.fn((channel: string) => registered.delete(channel)),
    };
    const remove = registerInvokeHandler(ipcMain, { handlers: recordingHandlers().handlers, context }, { dataDir: '/nowhere', askSavePath: async () => null });
    expect([...registered].sort()).toEqual([ipcChannels.invoke, ipcChannels.saveFile, ipcChannels.upload].sort());
    remove();
    expect(registered.size).toBe(0);
  });
});

describe('forwardCoreEvents: core events reach every live window on crm:event', () => {
  it('sends { name, payload } to live windows, skips destroyed ones, and stops on unsubscribe', () => {
    const bus = new EventBus();
    const live = { send: vi.fn(), isDestroyed: () => false };
    const closed = { send: vi.fn(), isDestroyed: () => true };
    const stop = forwardCoreEvents(bus, () => [live, closed]);
    bus.emit('data.changed', { entity: 'contact', ids: ['c1'] });
    expect(live.send).toHaveBeenCalledWith(ipcChannels.event, { name: 'data.changed', payload: { entity: 'contact', ids: ['c1'] } });
    expect(closed.send).not.toHaveBeenCalled();
    stop();
    bus.emit('backup.created', { file: 'x.sqlite' });
    expect(live.send).toHaveBeenCalledTimes(1);
  });
});
