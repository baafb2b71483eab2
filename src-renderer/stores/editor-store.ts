import { create } from 'zustand';

/** Which form is open in the side panel. */
export type EditorTarget =
  | { kind: 'contact'; id?: string; company?: { id: string; name: string } }
  | { kind: 'company'; id?: string; name?: string }
  | { kind: 'deal'; id?: string; pipelineId?: string | undefined; company?: { id: string; name: string }; contact?: { id: string; name: string } };

type EditorState = {
  target: EditorTarget | null;
  open: (target: EditorTarget) => void;
  close: () => void;
};

export const useEditorStore = create<EditorState>()((set) => ({
  target: null,
  open: (target) => set({ target }),
  close: () => set({ target: null }),
}));

export function openEditor(target: EditorTarget): void {
  useEditorStore.getState().open(target);
}
