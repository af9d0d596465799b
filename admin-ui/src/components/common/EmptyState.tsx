import type { ReactNode } from 'react';

/** What an empty list or a missing figure means, and what to do about it. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-600">
      <p className="font-medium text-slate-900 dark:text-slate-100">{title}</p>
      {children && <div className="max-w-md text-sm text-slate-700 dark:text-slate-300">{children}</div>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
