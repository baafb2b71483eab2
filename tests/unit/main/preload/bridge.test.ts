import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../../src-main/app/channels';
import { bridgeKeys, createBridge, type IpcRendererLike } from '../../../../src-main/preload/bridge';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for ipcRenderer that records what the bridge does with it. */
function fakeIpc(answer: unknown = { ok: true, value: 1 }) {
  const listeners = new Map<string, Set<IpcListener>>();
  const ipc: IpcRendererLike & { invoke: ReturnType<typeof vi.fn> } = {
    invoke: vi.fn(async () => answer),
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, message: unknown): void => {
    const ipcEvent = { sender: ipc, senderId: 0 }; // what Electron passes: must never reach the page
    for (const listener of listeners.get(channel) ?? []) listener(ipcEvent, message);
  };
  const count = (channel: string): number => listeners.get(channel)?.size ?? 0;
  return { ipc, emit, count };
}

describe('createBridge: what window.crm holds', () => {
  it('exposes exactly invoke, on, upload and saveFile, all functions, and never ipcRenderer', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual([...bridgeKeys].sort());
    expect([...bridgeKeys]).toEqual(['invoke', 'on', 'upload', 'saveFile']);
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipc);
    }
  });

  it('sends invoke as one { name, input } request on crm:invoke and returns the answer', async () => {
    const { ipc } = fakeIpc({ ok: true, value: { id: 'c1' } });
    const bridge = createBridge(ipc);
    expect(await bridge.invoke('contacts.get', { id: 'c1' })).toEqual({ ok: true, value: { id: 'c1' } });
    expect(ipc.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannels.invoke, { name: 'contacts.get', input: { id: 'c1' } });
  });

  it('sends an upload as { fileName, bytes } on crm:upload and a save as { fileId } alone on crm:save-file', async () => {
    const { ipc } = fakeIpc({ ok: true, value: { saved: true } });
    const bridge = createBridge(ipc);
    const bytes = new ArrayBuffer(3);
    await bridge.upload('contacts.csv', bytes);
    expect(ipc.invoke).toHaveBeenLastCalledWith(ipcChannels.upload, { fileName: 'contacts.csv', bytes });
    const file = { fileId: 'a'.repeat(32), fileName: 'Devis.docx', mimeType: 'x', size: 1, extra: 'dropped' };
    expect(await bridge.saveFile(file)).toEqual({ ok: true, value: { saved: true } });
    expect(ipc.invoke).toHaveBeenLastCalledWith(ipcChannels.saveFile, { fileId: 'a'.repeat(32) });
  });

  it('turns an unexpected answer into a typed internal error', async () => {
    const { ipc } = fakeIpc('weird');
    expect(await createBridge(ipc).invoke('tags.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('gives each listener only its own event, and only the payload', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const onData = vi.fn();
    const onCommand = vi.fn();
    bridge.on('data.changed', onData);
    bridge.on('app.command', onCommand);
    emit(ipcChannels.event, { name: 'app.command', payload: { command: 'search' } });
    emit(ipcChannels.event, { name: 'data.changed', payload: { entity: 'contact', ids: ['c1'] } });
    emit(ipcChannels.event, 'garbage');
    emit(ipcChannels.event, null);
    emit('some-other-channel', { name: 'data.changed', payload: {} });
    expect(onCommand).toHaveBeenCalledExactlyOnceWith({ command: 'search' });
    expect(onData).toHaveBeenCalledExactlyOnceWith({ entity: 'contact', ids: ['c1'] });
    // The IPC event object (with `sender`, i.e. ipcRenderer) is never handed to the page.
    for (const call of [...onData.mock.calls, ...onCommand.mock.calls]) expect(call).toHaveLength(1);
  });

  it('returns an unsubscribe that removes the listener from ipcRenderer', () => {
    const { ipc, emit, count } = fakeIpc();
    const listener = vi.fn();
    const off = createBridge(ipc).on('backup.created', listener);
    expect(count(ipcChannels.event)).toBe(1);
    off();
    expect(count(ipcChannels.event)).toBe(0);
    emit(ipcChannels.event, { name: 'backup.created', payload: { file: 'x' } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores subscriptions to unknown events instead of listening', () => {
    const { ipc, count } = fakeIpc();
    const off = createBridge(ipc).on('no.such.event' as 'app.command', vi.fn());
    expect(count(ipcChannels.event)).toBe(0);
    expect(() => off()).not.toThrow();
  });
});
