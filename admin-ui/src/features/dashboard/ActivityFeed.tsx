import { Link } from 'react-router';
import type { Activity } from '@/api/types';
import { Card } from '@/components/common/PageHeader';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { formatDateTime, formatRelative, humanize } from '@/utils/format';

const SUBJECT_PATHS: Record<string, string> = { reseller: '/resellers', client: '/clients', user: '/users' };
const ACTOR_ICONS: Record<string, string> = { admin: '★', reseller: '⌂', public_user: '☺', system: '⚙' };

export function subjectPath(activity: Pick<Activity, 'subjectType' | 'subjectId'>): string | null {
  const base = activity.subjectType ? SUBJECT_PATHS[activity.subjectType] : undefined;
  return base && activity.subjectId ? `${base}/${activity.subjectId}` : null;
}

/** A list of activities, newest first; each links to what it was about when the panel has a screen for it. */
export function ActivityList({ activities }: { activities: Activity[] }) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-700">
      {activities.map((activity) => {
        const path = subjectPath(activity);
        return (
          <li key={activity.id} className="flex gap-3 py-3">
            <span
              aria-hidden="true"
              className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200"
            >
              {ACTOR_ICONS[activity.userType] ?? '•'}
            </span>
            <div className="min-w-0 flex-1">
              <p className="text-sm text-slate-900 dark:text-slate-100">
                {path ? (
                  <Link to={path} className="hover:underline">
                    {activity.description}
                  </Link>
                ) : (
                  activity.description
                )}
              </p>
              <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                {humanize(activity.userType)} · {humanize(activity.action)} ·{' '}
                <time dateTime={activity.createdAt} title={formatDateTime(activity.createdAt)}>
                  {formatRelative(activity.createdAt)}
                </time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The dashboard's feed: latest orders, registrations and reseller activity as analytics records them. */
export function ActivityFeed({ query }: { query: { data?: Activity[]; isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown } }) {
  return (
    <Card title="Recent activity">
      {query.isPending ? (
        <div className="space-y-3">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-10 w-full" />
          ))}
        </div>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !query.data || query.data.length === 0 ? (
        <EmptyState title="Nothing has happened yet">Registrations, orders and changes by admins appear here as they happen.</EmptyState>
      ) : (
        <div aria-live="polite" aria-relevant="additions">
          <ActivityList activities={query.data} />
        </div>
      )}
    </Card>
  );
}
