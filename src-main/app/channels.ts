/**
 * The only IPC channels between the renderer and the main process, shared by both sides so a
 * typo cannot open a second door. Requests go through `invoke`; pushes come back on `event`.
 */
export const ipcChannels = {
  /** renderer → main, `ipcRenderer.invoke(invoke, { name, input })`, answers an ApiResult. */
  invoke: 'crm:invoke',
  /** renderer → main, `{ fileName, bytes }` (an ArrayBuffer): a file the user picked; answers an ApiResult of an IncomingFile. */
  upload: 'crm:upload',
  /** renderer → main, `{ fileId }`: save a file the core made where the user chooses; answers an ApiResult. */
  saveFile: 'crm:save-file',
  /** main → renderer, `{ name, payload }` for every core event and menu command. */
  event: 'crm:event',
} as const;

/** What travels on the event channel. */
export type EventMessage = { name: string; payload: unknown };
