import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { cn } from '@/utils/cn';

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
}

interface NotificationState {
  notify: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
}

const NotificationContext = createContext<NotificationState | null>(null);

const LIFETIME_MS: Record<ToastTone, number> = { success: 5000, info: 5000, error: 9000 };

/** Toasts: short confirmations and errors, announced to screen readers, dismissable, gone after a few seconds. */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);

  const notify = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-3), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), LIFETIME_MS[toast.tone]);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);

  return (
    <NotificationContext.Provider value={value}>
      {children}
      <section aria-label="Notifications" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            className={cn(
              'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border p-4 shadow-lg',
              'bg-white text-slate-900 dark:bg-slate-800 dark:text-slate-50',
              toast.tone === 'success' && 'border-emerald-600',
              toast.tone === 'error' && 'border-red-600',
              toast.tone === 'info' && 'border-indigo-600',
            )}
          >
            <span aria-hidden="true" className="mt-0.5 text-lg leading-none">
              {toast.tone === 'success' ? '✓' : toast.tone === 'error' ? '!' : 'i'}
            </span>
            <div className="flex-1">
              <p className="font-medium">{toast.title}</p>
              {toast.description && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{toast.description}</p>}
            </div>
            <button
              type="button"
              onClick={() => dismiss(toast.id)}
              className="rounded px-1 text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
              aria-label="Dismiss notification"
            >
              ×
            </button>
          </div>
        ))}
      </section>
    </NotificationContext.Provider>
  );
}

export function useNotify(): NotificationState['notify'] {
  const state = useContext(NotificationContext);
  if (!state) throw new Error('useNotify needs a NotificationProvider');
  return state.notify;
}
