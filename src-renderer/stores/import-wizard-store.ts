import { create } from 'zustand';
import type {
  ImportBatchItem,
  ImportEntity,
  ImportInspection,
  ImportMapping,
  ImportMatchAction,
  ImportPreview,
  ImportResult,
  ImportUndoResult,
} from '../../src-shared/domain/imports';
import type { TaskProgress } from '../../src-shared/domain/tasks';
import type { ImportRefusal } from '../screens/Import/import-refusal';

/** The wizard's steps, in order. */
export const importSteps = ['file', 'mapping', 'options', 'preview', 'import'] as const;
export type ImportStep = (typeof importSteps)[number];

export type ImportOptions = { onMatch: ImportMatchAction; createMissingCompanies: boolean; skipInvalid: boolean };

/** One import being prepared (one per kind of record, so a contacts import and a companies import do not mix). */
export type ImportSession = {
  step: ImportStep;
  /** The file the user picked, kept to read it again if the core forgot its rows. */
  file: File | null;
  uploading: boolean;
  inspection: ImportInspection | null;
  mapping: ImportMapping;
  options: ImportOptions;
  preview: ImportPreview | null;
  /** The plan (mapping and options) the preview answers; a changed plan is previewed again. */
  previewedPlan: string | null;
  result: ImportResult | null;
  undone: ImportUndoResult | null;
  /** Why the last action could not go on, shown on the step it belongs to. */
  refusal: (ImportRefusal & { step: ImportStep }) | null;
};

export type ImportTaskAction = 'inspect' | 'preview' | 'run' | 'report' | 'undo';

/** The long call under way (one at a time), followed by its progress events. */
export type ImportTask = { taskId: string; entity: ImportEntity; action: ImportTaskAction; progress: TaskProgress | null; cancelling: boolean };

export const defaultImportOptions: ImportOptions = { onMatch: 'skip', createMissingCompanies: true, skipInvalid: false };

export function emptySession(): ImportSession {
  return {
    step: 'file',
    file: null,
    uploading: false,
    inspection: null,
    mapping: [],
    options: { ...defaultImportOptions },
    preview: null,
    previewedPlan: null,
    result: null,
    undone: null,
    refusal: null,
  };
}

type ImportWizardState = {
  sessions: Record<ImportEntity, ImportSession>;
  task: ImportTask | null;
  /** Imports made on this device, newest first; null until loaded. */
  recent: ImportBatchItem[] | null;
  recentFailed: boolean;
  patch: (entity: ImportEntity, patch: Partial<ImportSession>) => void;
  reset: (entity: ImportEntity) => void;
};

/** The import wizard's state, kept while the user visits other screens (an import runs on in the background). */
export const useImportWizardStore = create<ImportWizardState>()((set) => ({
  sessions: { contact: emptySession(), company: emptySession(), deal: emptySession() },
  task: null,
  recent: null,
  recentFailed: false,
  patch: (entity, patch) => set((state) => ({ sessions: { ...state.sessions, [entity]: { ...state.sessions[entity], ...patch } } })),
  reset: (entity) => set((state) => ({ sessions: { ...state.sessions, [entity]: emptySession() } })),
}));

export function sessionOf(entity: ImportEntity): ImportSession {
  return useImportWizardStore.getState().sessions[entity];
}

export function patchSession(entity: ImportEntity, patch: Partial<ImportSession>): void {
  useImportWizardStore.getState().patch(entity, patch);
}

/** What a preview depends on: a changed mapping or option means previewing again. */
export function planKey(session: Pick<ImportSession, 'inspection' | 'mapping' | 'options'>): string {
  const { onMatch, createMissingCompanies } = session.options;
  return JSON.stringify([session.inspection?.importId ?? null, session.mapping, onMatch, createMissingCompanies]);
}
