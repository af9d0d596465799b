import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Client } from '@/api/types';
import { useDebounce } from '@/hooks/useDebounce';
import { formatDate, formatMoney } from '@/utils/format';
import { DataTable, linkColumn } from '@/components/common/DataTable';
import { Pagination } from '@/components/common/Pagination';
import { StatusBadge } from '@/components/common/StatusBadge';
import { EmptyState } from '@/components/common/EmptyState';
import { inputClass } from '@/components/common/FormField';
import { useResellerClients } from './api';

export const CLIENT_STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
  { value: 'suspended', label: 'Suspended' },
];

/** The clients of one reseller, searchable, on its details page. */
export function ResellerClients({ resellerId }: { resellerId: string }) {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(10);
  const [sort, setSort] = useState('');
  const search = useDebounce(q, 300);
  const clients = useResellerClients(resellerId, { q: search || undefined, status: status || undefined, page, size, sort: sort || undefined });

  const columns = useMemo<ColumnDef<Client, unknown>[]>(
    () => [
      linkColumn<Client>('clientName', 'Client', (r) => `/clients/${r.id}`, (r) => r.clientName),
      { id: 'clientEmail', header: 'Email', accessorKey: 'clientEmail' },
      { id: 'planType', header: 'Plan', accessorKey: 'planType' },
      { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
      {
        id: 'currentUsage',
        header: 'Usage this month',
        cell: ({ row }) => (
          <span className="tabular-nums">
            {formatMoney(row.original.currentUsage)}
            {row.original.monthlyLimit !== '0.00' && ` / ${formatMoney(row.original.monthlyLimit)}`}
          </span>
        ),
      },
      { id: 'createdAt', header: 'Added', cell: ({ row }) => formatDate(row.original.createdAt) },
    ],
    [],
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row">
        <label className="flex-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          Search clients
          <input
            type="search"
            className={`${inputClass} mt-1`}
            value={q}
            placeholder="Name, email or phone"
            onChange={(event) => {
              setQ(event.target.value);
              setPage(0);
            }}
          />
        </label>
        <label className="text-sm font-medium text-slate-800 sm:w-44 dark:text-slate-200">
          Status
          <select
            className={`${inputClass} mt-1`}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
              setPage(0);
            }}
          >
            <option value="">All</option>
            {CLIENT_STATUSES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DataTable
        id="reseller-clients"
        caption="Clients of this reseller"
        columns={columns}
        data={clients.data?.content}
        loading={clients.isPending}
        error={clients.error}
        onRetry={() => clients.refetch()}
        getRowId={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        empty={<EmptyState title={q || status ? 'No client matches' : 'No clients yet'}>{q || status ? 'Try another search.' : 'Clients appear here when the reseller or an admin adds them.'}</EmptyState>}
      />
      {clients.data && (
        <Pagination
          page={clients.data.page.number}
          size={clients.data.page.size}
          totalElements={clients.data.page.totalElements}
          totalPages={clients.data.page.totalPages}
          onPageChange={setPage}
          onSizeChange={(value) => {
            setSize(value);
            setPage(0);
          }}
        />
      )}
    </div>
  );
}
