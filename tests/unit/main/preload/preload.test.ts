import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const fakeIpcRenderer = vi.hoisted(() => ({ invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined }));

// The real `electron` module only exists inside Electron; the preload entry is run against fakes.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: fakeIpcRenderer,
}));

describe('preload entry', () => {
  it('exposes only window.crm, holding only invoke, on, upload and saveFile', async () => {
    await import('../../../../src-main/preload/preload');
    expect([...exposed.keys()]).toEqual(['crm']);
    const bridge = exposed.get('crm') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'saveFile', 'upload']);
    expect(Object.values(bridge)).not.toContain(fakeIpcRenderer);
  });
});
