import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

type PopoverProps = {
  /** The button's content and accessible name. */
  button: ReactNode;
  label: string;
  buttonClassName?: string;
  align?: 'start' | 'end';
  panelClassName?: string;
  testId?: string;
  children: (close: () => void) => ReactNode;
};

function moveFocus(panel: HTMLElement, delta: 1 | -1): void {
  const items = [...panel.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemcheckbox"]')];
  if (items.length === 0) return;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const next = items[(index + delta + items.length) % items.length];
  next?.focus();
}

/**
 * A button that opens a small panel under it (menus, filters, column choice). Closes on Esc,
 * on a click outside, and gives focus back to its button. ↑/↓ move between menu items.
 */
export function Popover({ button, label, buttonClassName, align = 'start', panelClassName, testId, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const triggerId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      // The path is fixed when the event starts: an option that removes itself on mousedown
      // (a picker's choice) still counts as inside.
      if (wrapper.current && !event.composedPath().includes(wrapper.current)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    // Keyboard users land in the panel: its autofocus field, else its first item.
    const panel = document.getElementById(panelId);
    if (panel && !panel.contains(document.activeElement)) {
      panel.querySelector<HTMLElement>('[autofocus], input, select, [role^="menuitem"], button')?.focus();
    }
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open, panelId]);

  const close = () => {
    setOpen(false);
    document.getElementById(triggerId)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const target = event.target as HTMLElement;
      if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
      event.preventDefault();
      const panel = document.getElementById(panelId);
      if (panel) moveFocus(panel, event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <div className="popover-wrapper" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        id={triggerId}
        type="button"
        className={buttonClassName ?? 'btn btn-secondary'}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={label}
        title={label}
        data-testid={testId}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      {open && (
        <div id={panelId} className={`popover popover-${align} ${panelClassName ?? ''}`}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
