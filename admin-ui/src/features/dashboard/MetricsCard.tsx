import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Skeleton } from '@/components/common/LoadingSpinner';

interface MetricsCardProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  loading?: boolean;
  to?: string;
  icon: string;
}

/** One key figure of the dashboard, linking to the list behind it. */
export function MetricsCard({ label, value, detail, loading, to, icon }: MetricsCardProps) {
  const body = (
    <>
      <div className="flex items-center justify-between">
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300">{label}</p>
        <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-md bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
          {icon}
        </span>
      </div>
      {loading ? <Skeleton className="mt-3 h-8 w-24" /> : <p className="mt-2 text-3xl font-semibold tabular-nums text-slate-900 dark:text-slate-50">{value}</p>}
      {detail && !loading && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{detail}</p>}
    </>
  );
  const frame = 'block rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900';
  return to ? (
    <Link to={to} className={`${frame} hover:border-indigo-400 dark:hover:border-indigo-500`}>
      {body}
    </Link>
  ) : (
    <div className={frame}>{body}</div>
  );
}
