import { invoke } from '../api/client';
import { useImportWizardStore } from './import-wizard-store';

/** The imports made on this device, for the "Recent imports" list (undo from there too). */
export async function loadRecentImports(): Promise<void> {
  try {
    const recent = await invoke('imports.list', { limit: 20 });
    useImportWizardStore.setState({ recent, recentFailed: false });
  } catch {
    useImportWizardStore.setState({ recentFailed: true });
  }
}
