import { useEffect, useRef } from 'react';
import type { AgendaView } from '../../lib/agenda-dates';

export type AgendaShortcuts = { today: () => void; previous: () => void; next: () => void; view: (view: AgendaView) => void };

const viewKeys: Record<string, AgendaView> = { d: 'day', w: 'week', m: 'month', l: 'list' };

const choiceInputs = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/**
 * Typing somewhere, or a dialog or menu open above the agenda: its keys are not shortcuts. On a
 * radio button or a checkbox (the view switch) letters are shortcuts, arrows keep moving the choice.
 */
function busyElsewhere(target: EventTarget | null, key: string): boolean {
  if (document.querySelector('[aria-modal="true"]') !== null) return true;
  const element = target instanceof HTMLElement ? target : null;
  if (!element) return false;
  if (element instanceof HTMLInputElement && choiceInputs.has(element.type)) return key.startsWith('Arrow');
  return element.closest('input, textarea, select, [contenteditable="true"], [role="combobox"], [role="menu"], [role="listbox"]') !== null;
}

/**
 * The agenda's keys: T today, ← → (or K J) the previous and next period, D W M L the views.
 * They leave typing in fields alone, and wait while a dialog is open.
 */
export function useAgendaShortcuts(actions: AgendaShortcuts): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || busyElsewhere(event.target, key)) return;
      const run = latest.current;
      if (key === 't') run.today();
      else if (key === 'ArrowLeft' || key === 'k') run.previous();
      else if (key === 'ArrowRight' || key === 'j') run.next();
      else if (viewKeys[key]) run.view(viewKeys[key]);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
