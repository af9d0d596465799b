import { useState } from 'react';
import { formatDateTime, humanize } from '@/utils/format';
import { StatusBadge } from '@/components/common/StatusBadge';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { Pagination } from '@/components/common/Pagination';
import { useUserTickets } from './api';

/** The user's support tickets from support-service. */
export function UserSupportTickets({ userId }: { userId: string }) {
  const [page, setPage] = useState(0);
  const tickets = useUserTickets(userId, page);
  if (tickets.isPending) return <Skeleton className="h-32 w-full" />;
  if (tickets.isError) return <ErrorState error={tickets.error} onRetry={() => tickets.refetch()} />;
  if (tickets.data.content.length === 0) return <EmptyState title="No support tickets">Tickets this user opens, or staff open for them, appear here.</EmptyState>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {tickets.data.content.map((ticket) => (
          <li key={ticket.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="font-medium text-slate-900 dark:text-slate-100">
                <span className="mr-2 font-mono text-xs text-slate-600 dark:text-slate-400">{ticket.ticketNumber}</span>
                {ticket.subject}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Opened {formatDateTime(ticket.createdAt)} · priority {humanize(ticket.priority)}
                {ticket.lastReplyAt && ` · last reply ${formatDateTime(ticket.lastReplyAt)}`}
              </p>
            </div>
            <StatusBadge status={ticket.status} />
          </li>
        ))}
      </ul>
      <Pagination page={tickets.data.page.number} size={tickets.data.page.size} totalElements={tickets.data.page.totalElements} totalPages={tickets.data.page.totalPages} onPageChange={setPage} />
    </div>
  );
}
