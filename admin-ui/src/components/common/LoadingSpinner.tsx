import { cn } from '@/utils/cn';

/** A spinner with a label for screen readers ("" when the surrounding control already says what is happening). */
export function LoadingSpinner({ size = 'md', label = 'Loading…', className }: { size?: 'sm' | 'md' | 'lg'; label?: string; className?: string }) {
  const dimension = size === 'sm' ? 'h-4 w-4 border-2' : size === 'lg' ? 'h-10 w-10 border-4' : 'h-6 w-6 border-2';
  return (
    <span role={label ? 'status' : undefined} className={cn('inline-flex items-center gap-2', className)}>
      <span aria-hidden="true" className={cn('animate-spin rounded-full border-current border-t-transparent', dimension)} />
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}

/** Grey blocks in the shape of what is loading, so the page does not jump when it arrives. */
export function Skeleton({ className, style }: { className?: string; style?: React.CSSProperties }) {
  return <span aria-hidden="true" style={style} className={cn('block animate-pulse rounded bg-slate-200 dark:bg-slate-700', className)} />;
}

export function PageLoader() {
  return (
    <div className="flex min-h-[40vh] items-center justify-center text-indigo-700 dark:text-indigo-300">
      <LoadingSpinner size="lg" />
    </div>
  );
}
