import { useState } from 'react';
import type { Page } from '@/api/types';
import { useOptionalApi } from '@/hooks/useApi';
import { formatDateTime, formatMoney } from '@/utils/format';
import { StatusBadge } from '@/components/common/StatusBadge';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { Pagination } from '@/components/common/Pagination';

type Row = Record<string, unknown>;

interface Column {
  label: string;
  render: (row: Row) => React.ReactNode;
}

const text = (row: Row, ...keys: string[]) => {
  for (const key of keys) if (row[key] !== undefined && row[key] !== null) return String(row[key]);
  return '—';
};

const ORDER_COLUMNS: Column[] = [
  { label: 'Order', render: (row) => text(row, 'orderNumber', 'id') },
  { label: 'Plan', render: (row) => text(row, 'planName', 'plan') },
  { label: 'Status', render: (row) => <StatusBadge status={text(row, 'status')} /> },
  { label: 'Payment', render: (row) => <StatusBadge status={text(row, 'paymentStatus')} /> },
  { label: 'Total', render: (row) => formatMoney(text(row, 'totalAmount', 'total') === '—' ? null : text(row, 'totalAmount', 'total')) },
  { label: 'Placed', render: (row) => formatDateTime(row.createdAt as string | undefined) },
];

const PAYMENT_COLUMNS: Column[] = [
  { label: 'Transaction', render: (row) => text(row, 'transactionNumber', 'reference', 'id') },
  { label: 'Type', render: (row) => text(row, 'type', 'transactionType') },
  { label: 'Status', render: (row) => <StatusBadge status={text(row, 'status')} /> },
  { label: 'Amount', render: (row) => formatMoney(text(row, 'amount') === '—' ? null : text(row, 'amount')) },
  { label: 'When', render: (row) => formatDateTime(row.createdAt as string | undefined) },
];

/**
 * A page of records from a service that may not be deployed yet (orders, payments). The caller shows the tab only
 * when the service answers; the rows are exactly what it answers.
 */
function RemoteRecords({ path, columns, caption, emptyTitle }: { path: string; columns: Column[]; caption: string; emptyTitle: string }) {
  const [page, setPage] = useState(0);
  const records = useOptionalApi<Page<Row>>(path, { page, size: 10 });
  if (records.isPending) return <Skeleton className="h-32 w-full" />;
  if (records.isError) return <ErrorState error={records.error} onRetry={() => records.refetch()} />;
  if (records.data.content.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-700">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left dark:bg-slate-800">
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className="px-3 py-2 font-semibold">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {records.data.content.map((row, index) => (
              <tr key={String(row.id ?? index)}>
                {columns.map((column) => (
                  <td key={column.label} className="whitespace-nowrap px-3 py-2">
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={records.data.page.number} size={records.data.page.size} totalElements={records.data.page.totalElements} totalPages={records.data.page.totalPages} onPageChange={setPage} />
    </div>
  );
}

export function OrderHistory({ path }: { path: string }) {
  return <RemoteRecords path={path} columns={ORDER_COLUMNS} caption="Orders, newest first" emptyTitle="No orders yet" />;
}

export function UserOrderHistory({ userId }: { userId: string }) {
  return <OrderHistory path={`/api/users/${userId}/orders`} />;
}

export function UserPaymentHistory({ userId }: { userId: string }) {
  return <RemoteRecords path={`/api/users/${userId}/transactions`} columns={PAYMENT_COLUMNS} caption="Payments, newest first" emptyTitle="No payments yet" />;
}
