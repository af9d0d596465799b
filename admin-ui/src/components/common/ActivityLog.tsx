import { useSubjectActivities } from '@/api/activities';
import { ActivityList } from '@/features/dashboard/ActivityFeed';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { Skeleton } from './LoadingSpinner';

/** What happened to one record, from the activity feed (who, what, when). */
export function ActivityLog({ subjectType, subjectId }: { subjectType: 'reseller' | 'client' | 'user'; subjectId: string }) {
  const activities = useSubjectActivities(subjectType, subjectId, 20);
  if (activities.isPending) return <Skeleton className="h-32 w-full" />;
  if (activities.isError) return <ErrorState error={activities.error} onRetry={() => activities.refetch()} />;
  if (activities.data.content.length === 0) return <EmptyState title="No activity recorded yet">Changes appear here a moment after they are made.</EmptyState>;
  return <ActivityList activities={activities.data.content} />;
}
