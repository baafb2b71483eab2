import type { CrmBridge } from '../../src-shared/contract/bridge';
import type { Transport } from './transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    crm?: CrmBridge;
  }
}

export function createBridgeTransport(bridge: CrmBridge): Transport {
  return {
    kind: 'bridge',
    invoke: (name, input) => bridge.invoke(name, input),
    on: (event, callback) => bridge.on(event, callback),
    upload: async (file) => bridge.upload(file.name, await file.arrayBuffer()),
    saveFile: (file) => bridge.saveFile(file),
  };
}
