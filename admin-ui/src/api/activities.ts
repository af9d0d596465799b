import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Activity, Page } from './types';

/** The activity log of one record (a reseller, client or user), newest first, from analytics' feed. */
export function useSubjectActivities(subjectType: 'reseller' | 'client' | 'user', subjectId: string | undefined, size = 10) {
  return useQuery({
    queryKey: ['activities', subjectType, subjectId, size],
    queryFn: ({ signal }) => api<Page<Activity>>('/api/activities', { query: { subjectType, subjectId, size, sort: 'createdAt,desc' }, signal }),
    enabled: Boolean(subjectId),
  });
}
