/** Ctrl on Windows and Linux, Cmd on macOS: shortcuts accept either. */
export function isModKey(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}

/** How a Ctrl/Cmd shortcut is written on this machine: "⌘ K" on a Mac, "Ctrl K" elsewhere. */
export function shortcutLabel(key: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? `⌘ ${key}` : `Ctrl ${key}`;
}
