import { cn } from '@/utils/cn';
import { humanize } from '@/utils/format';

const TONES: Record<string, string> = {
  active: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-900/50 dark:text-emerald-100',
  resolved: 'bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-900/50 dark:text-emerald-100',
  pending: 'bg-amber-100 text-amber-900 ring-amber-700/30 dark:bg-amber-900/50 dark:text-amber-100',
  pending_verification: 'bg-amber-100 text-amber-900 ring-amber-700/30 dark:bg-amber-900/50 dark:text-amber-100',
  open: 'bg-sky-100 text-sky-900 ring-sky-700/30 dark:bg-sky-900/50 dark:text-sky-100',
  in_progress: 'bg-indigo-100 text-indigo-900 ring-indigo-700/30 dark:bg-indigo-900/50 dark:text-indigo-100',
  suspended: 'bg-red-100 text-red-900 ring-red-700/30 dark:bg-red-900/50 dark:text-red-100',
  blocked: 'bg-red-100 text-red-900 ring-red-700/30 dark:bg-red-900/50 dark:text-red-100',
  inactive: 'bg-slate-200 text-slate-800 ring-slate-600/30 dark:bg-slate-700 dark:text-slate-100',
  closed: 'bg-slate-200 text-slate-800 ring-slate-600/30 dark:bg-slate-700 dark:text-slate-100',
};

/** A status as a word with a dot of colour: the word carries the meaning, the colour only helps. */
export function StatusBadge({ status, className }: { status: string | null | undefined; className?: string }) {
  const key = status ?? '';
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
        TONES[key] ?? 'bg-slate-100 text-slate-800 ring-slate-600/30 dark:bg-slate-700 dark:text-slate-100',
        className,
      )}
    >
      <span aria-hidden="true" className="h-1.5 w-1.5 rounded-full bg-current" />
      {humanize(key)}
    </span>
  );
}
