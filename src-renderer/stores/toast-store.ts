import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';
export type ToastAction = { label: string; run: () => void | Promise<void> };
export type Toast = { id: number; message: string; tone: ToastTone; action?: ToastAction };

type ToastState = {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, durationMs?: number) => number;
  dismiss: (id: number) => void;
};

let nextId = 0;
const timers = new Map<number, number>();
const maxToasts = 4;

/** Short messages at the bottom of the window; one with an action (Undo) stays longer. */
export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (toast, durationMs) => {
    nextId += 1;
    const id = nextId;
    const duration = durationMs ?? (toast.action ? 8000 : toast.tone === 'error' ? 8000 : 4000);
    set((state) => ({ toasts: [...state.toasts, { ...toast, id }].slice(-maxToasts) }));
    timers.set(id, window.setTimeout(() => get().dismiss(id), duration));
    return id;
  },
  dismiss: (id) => {
    const timer = timers.get(id);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.delete(id);
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
}));

export function notify(message: string, tone: ToastTone = 'success', action?: ToastAction): number {
  return useToastStore.getState().show(action ? { message, tone, action } : { message, tone });
}
