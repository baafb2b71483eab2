export type ThemeChoice = 'light' | 'dark' | 'system';

const storageKey = 'crm.theme';
let systemQuery: MediaQueryList | null = null;
let followSystem: (() => void) | null = null;

/** The theme a choice shows now ("system" follows the OS setting). */
export function resolved(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies a theme (CSS variables switch on `data-theme`); "system" follows the OS live. */
export function applyTheme(choice: ThemeChoice): void {
  window.localStorage.setItem(storageKey, choice);
  document.documentElement.dataset.theme = resolved(choice);
  if (systemQuery && followSystem) systemQuery.removeEventListener('change', followSystem);
  followSystem = null;
  if (choice === 'system') {
    systemQuery = window.matchMedia('(prefers-color-scheme: dark)');
    followSystem = () => {
      document.documentElement.dataset.theme = resolved('system');
    };
    systemQuery.addEventListener('change', followSystem);
  }
}

/** The theme used last on this machine, applied before the profile is read (no flash). */
export function applyStartTheme(): void {
  const stored = window.localStorage.getItem(storageKey);
  applyTheme(stored === 'light' || stored === 'dark' || stored === 'system' ? stored : 'system');
}

export function currentResolvedTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
