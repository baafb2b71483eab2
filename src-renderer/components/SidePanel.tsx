import { X } from 'lucide-react';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isModKey } from '../lib/keyboard';
import { IconButton } from './Button';
import { useFocusTrap } from './use-focus-trap';

type SidePanelProps = {
  title: string;
  onCancel: () => void;
  onSave: () => void;
  footer: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** The form drawer on the right: Esc cancels, Ctrl/Cmd+Enter saves, focus stays inside. */
export function SidePanel({ title, onCancel, onSave, footer, children, testId }: SidePanelProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && isModKey(event)) {
      event.preventDefault();
      event.stopPropagation();
      onSave();
    }
  };
  return (
    <div className="overlay overlay-panel" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div ref={ref} className="side-panel" role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKeyDown} data-testid={testId}>
        <header className="side-panel-header">
          <h2>{title}</h2>
          <IconButton label={t('common.close')} icon={<X size={16} />} onClick={onCancel} />
        </header>
        <div className="side-panel-body">{children}</div>
        <footer className="side-panel-footer">{footer}</footer>
      </div>
    </div>
  );
}
