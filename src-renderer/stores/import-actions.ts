import i18next from 'i18next';
import type { ImportEntity, ImportInspection } from '../../src-shared/domain/imports';
import { invoke, saveFile, uploadFile } from '../api/client';
import { formatNumber } from '../lib/format';
import { currentLanguage } from '../i18n/setup';
import { checkBeforeUpload, importRefusal } from '../screens/Import/import-refusal';
import { sameColumns, startingMapping } from '../screens/Import/import-mapping';
import { loadRecentImports } from './import-recent';
import { underImportTask } from './import-task';
import { defaultImportOptions, emptySession, patchSession, planKey, sessionOf, useImportWizardStore, type ImportOptions, type ImportStep } from './import-wizard-store';
import { scheduleRefresh } from './live-updates';
import { useRouterStore, navigate } from './router-store';
import { notify } from './toast-store';

const t = i18next.t.bind(i18next);

/** Shows why an action stopped on the step it belongs to (a wrong mapping on the mapping step, a refused file on the file step). */
function refuse(entity: ImportEntity, error: unknown, at: ImportStep): void {
  const refusal = importRefusal(t, error);
  const step: ImportStep = refusal.kind === 'file' ? 'file' : refusal.kind === 'mapping' ? 'mapping' : at;
  patchSession(entity, { refusal: { ...refusal, step }, step });
}

function planOf(entity: ImportEntity) {
  const session = sessionOf(entity);
  const importId = session.inspection?.importId ?? '';
  const { onMatch, createMissingCompanies } = session.options;
  return { importId, entity, mapping: session.mapping, onMatch, createMissingCompanies };
}

/** Reads a file into the core and keeps what was found; the user's choices stay when the same columns come back. */
async function inspect(entity: ImportEntity, file: File): Promise<ImportInspection | null> {
  patchSession(entity, { uploading: true, refusal: null });
  try {
    const { fileId } = await uploadFile(file);
    patchSession(entity, { uploading: false });
    return await underImportTask(entity, 'inspect', (taskId) => invoke('imports.inspect', { fileId, entity, taskId }));
  } catch (error) {
    refuse(entity, error, sessionOf(entity).step);
    return null;
  } finally {
    patchSession(entity, { uploading: false });
  }
}

/** The file the user picked or dropped: checked at once for size, then read by the core (step 1). */
export async function chooseImportFile(entity: ImportEntity, file: File): Promise<void> {
  const early = checkBeforeUpload(file);
  if (early) {
    const lang = currentLanguage();
    const message =
      early.problem === 'empty' ? t('imports.problem.empty') : t('imports.problem.too_large', { size: formatNumber(lang, early.sizeMb), limit: formatNumber(lang, early.limitMb) });
    patchSession(entity, { refusal: { kind: 'file', message, step: 'file' } });
    return;
  }
  const previous = sessionOf(entity);
  const inspection = await inspect(entity, file);
  if (!inspection) return;
  const kept = previous.inspection ? { headers: previous.inspection.headers, mapping: previous.mapping } : null;
  const mapping = startingMapping(kept, inspection);
  // The same file again keeps its options; a file exported by the CRM comes back to update its records (the round trip).
  const options: ImportOptions = kept && sameColumns(kept.headers, inspection.headers) ? previous.options : { ...defaultImportOptions, onMatch: inspection.hasRecordIds ? 'update' : 'skip' };
  patchSession(entity, { ...emptySession(), file, inspection, mapping, options });
}

/** The core forgot the file's rows (the session expired): reads the same file again, keeping every choice, and goes on where the user was. */
export async function readImportFileAgain(entity: ImportEntity): Promise<void> {
  const session = sessionOf(entity);
  if (!session.file) {
    patchSession(entity, { step: 'file', refusal: null });
    return;
  }
  const inspection = await inspect(entity, session.file);
  if (!inspection) return;
  const mapping = startingMapping(session.inspection ? { headers: session.inspection.headers, mapping: session.mapping } : null, inspection);
  patchSession(entity, { inspection, mapping, preview: null, previewedPlan: null, refusal: null });
  if (session.step === 'preview' || session.step === 'import') await previewImport(entity);
}

/** Checks every row with the current mapping and options (nothing written) and shows the preview (step 4). */
export async function previewImport(entity: ImportEntity): Promise<void> {
  const session = sessionOf(entity);
  const key = planKey(session);
  if (session.preview && session.previewedPlan === key) {
    patchSession(entity, { step: 'preview', refusal: null });
    return;
  }
  patchSession(entity, { refusal: null });
  try {
    const preview = await underImportTask(entity, 'preview', (taskId) => invoke('imports.preview', { ...planOf(entity), taskId }));
    patchSession(entity, { preview, previewedPlan: key, step: 'preview' });
  } catch (error) {
    refuse(entity, error, session.step);
  }
}

/** Moves to a step already reached; the preview is made (again) when the plan changed. */
export async function goToImportStep(entity: ImportEntity, step: ImportStep): Promise<void> {
  if (step === 'preview') {
    await previewImport(entity);
    return;
  }
  patchSession(entity, { step, refusal: null });
}

const onImportScreen = (entity: ImportEntity): boolean => {
  const route = useRouterStore.getState().route;
  return route.name === 'import' && route.entity === entity;
};

/** Writes the rows in one transaction, in the background (step 5); the user may go on working elsewhere. */
export async function runImport(entity: ImportEntity): Promise<void> {
  const session = sessionOf(entity);
  patchSession(entity, { step: 'import', refusal: null, result: null, undone: null });
  try {
    const result = await underImportTask(entity, 'run', (taskId) => invoke('imports.run', { ...planOf(entity), skipInvalid: session.options.skipInvalid, taskId }));
    patchSession(entity, { result });
    scheduleRefresh('contact', 'company', 'deal');
    void loadRecentImports();
    if (!onImportScreen(entity)) {
      notify(t('importWizard.import.finishedToast', { created: result.created, updated: result.updated }), 'success', {
        label: t('importWizard.import.show'),
        run: () => navigate({ name: 'import', entity }),
      });
    }
  } catch (error) {
    refuse(entity, error, 'preview');
  }
}

/** The per-row report of the current plan, as a CSV file the user saves. */
export async function saveImportReport(entity: ImportEntity): Promise<void> {
  try {
    const file = await underImportTask(entity, 'report', (taskId) => invoke('imports.report', { ...planOf(entity), taskId }));
    if (await saveFile(file)) notify(t('importWizard.preview.reportSaved', { name: file.fileName }));
  } catch (error) {
    refuse(entity, error, sessionOf(entity).step);
  }
}

/** Takes an import back (after the user confirmed). True when it was undone. */
export async function undoImport(entity: ImportEntity, batchId: string): Promise<boolean> {
  try {
    const undone = await underImportTask(entity, 'undo', (taskId) => invoke('imports.undo', { batchId, taskId }));
    if (sessionOf(entity).result?.batchId === batchId) patchSession(entity, { undone, refusal: null });
    scheduleRefresh('contact', 'company');
    notify(t('importWizard.undo.done', { count: undone.removed + undone.restored }));
    void loadRecentImports();
    return true;
  } catch (error) {
    const refusal = importRefusal(t, error);
    if (sessionOf(entity).result?.batchId === batchId) patchSession(entity, { refusal: { ...refusal, step: 'import' } });
    else notify(refusal.message, 'error');
    void loadRecentImports();
    return false;
  }
}

/** Forgets the file and the choices, back to step 1. */
export function startNewImport(entity: ImportEntity): void {
  useImportWizardStore.getState().reset(entity);
}
