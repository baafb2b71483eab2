import { useEffect } from 'react';
import type { AppCommand } from '../../src-shared/contract/events';
import { on } from '../api/client';
import { openActivityDialog, useActivityDialogStore } from '../stores/activity-dialog-store';
import { isModKey } from '../lib/keyboard';
import { openEditor, useEditorStore } from '../stores/editor-store';
import { usePaletteStore } from '../stores/palette-store';
import { usePipelineStore } from '../stores/pipeline-store';
import { openQuickLog, useQuickLogStore } from '../stores/quick-log-store';
import { navigate, useRouterStore } from '../stores/router-store';

/** Ctrl+N makes what the screen is about: a meeting in the agenda, a deal in the pipeline, a company among companies, else a contact. */
function newRecordHere(): void {
  const route = useRouterStore.getState().route;
  if (route.name === 'agenda') openActivityDialog({ kind: 'meeting' });
  else if (route.name === 'deals') openEditor({ kind: 'deal', pipelineId: usePipelineStore.getState().pipelineId ?? undefined });
  else openEditor({ kind: route.name === 'companies' || route.name === 'company' ? 'company' : 'contact' });
}

function runAppCommand(command: AppCommand): void {
  switch (command) {
    case 'new-contact':
      openEditor({ kind: 'contact' });
      break;
    case 'new-company':
      openEditor({ kind: 'company' });
      break;
    case 'search':
      usePaletteStore.getState().show();
      break;
    case 'settings':
      navigate({ name: 'settings' });
      break;
    case 'contacts':
      navigate({ name: 'contacts' });
      break;
    case 'companies':
      navigate({ name: 'companies' });
      break;
  }
}

/** Ctrl/Cmd+K opens the palette, Ctrl/Cmd+N a new record, Ctrl/Cmd+L the quick log; menu commands arrive as events. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isModKey(event) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        const palette = usePaletteStore.getState();
        if (palette.open) palette.hide();
        else palette.show();
      } else if (key === 'n' && !event.shiftKey) {
        if (useEditorStore.getState().target || usePaletteStore.getState().open || useActivityDialogStore.getState().request) return;
        event.preventDefault();
        newRecordHere();
      } else if (key === 'l' && !event.shiftKey) {
        // From anywhere, a field included; not over a form being filled in.
        event.preventDefault();
        if (useQuickLogStore.getState().open || useEditorStore.getState().target || useActivityDialogStore.getState().request) return;
        usePaletteStore.getState().hide();
        openQuickLog();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stop = on('app.command', ({ command }) => runAppCommand(command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stop();
    };
  }, []);
}
