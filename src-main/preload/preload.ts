import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

/**
 * Runs in the sandboxed preload (bundled to CommonJS: sandboxed preloads cannot be ESM) and
 * exposes the narrow bridge as `window.crm`. Nothing else is exposed.
 */
contextBridge.exposeInMainWorld('crm', createBridge(ipcRenderer));
