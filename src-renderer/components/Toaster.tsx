import { CircleCheck, Info, TriangleAlert, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useToastStore, type Toast } from '../stores/toast-store';

const icons = {
  success: <CircleCheck size={16} />,
  info: <Info size={16} />,
  error: <TriangleAlert size={16} />,
};

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useToastStore((state) => state.dismiss);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
      <span className="toast-icon">{icons[toast.tone]}</span>
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            dismiss(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
        <X size={14} />
      </button>
    </div>
  );
}

/** The toasts, bottom centre, announced to screen readers. */
export function Toaster() {
  const toasts = useToastStore((state) => state.toasts);
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
