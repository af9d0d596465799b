import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ColumnDef } from '@tanstack/react-table';
import type { Client } from '@/api/types';
import { usePagination } from '@/hooks/usePagination';
import { formatDate, formatMoney } from '@/utils/format';
import { PageHeader } from '@/components/common/PageHeader';
import { DataTable, linkColumn, queryTableProps } from '@/components/common/DataTable';
import { Pagination } from '@/components/common/Pagination';
import { SearchFilter } from '@/components/common/SearchFilter';
import { StatusBadge } from '@/components/common/StatusBadge';
import { EmptyState } from '@/components/common/EmptyState';
import { useResellerNames } from '@/features/resellers/api';
import { CLIENT_STATUSES } from '@/features/resellers/ResellerClients';
import { useClients } from './api';

const FILTERS = ['reseller', 'status', 'plan'] as const;

/** /clients: every reseller's clients, filtered by reseller, status and plan. */
export default function ClientsList() {
  const { apiQuery, filtered, searchFilterProps, sortProps, paginationProps } = usePagination(FILTERS);
  const clients = useClients(apiQuery);
  const resellers = useResellerNames();
  const names = useMemo(() => new Map((resellers.data ?? []).map((r) => [r.id, r.name])), [resellers.data]);

  const columns = useMemo<ColumnDef<Client, unknown>[]>(
    () => [
      linkColumn<Client>('clientName', 'Client', (r) => `/clients/${r.id}`, (r) => r.clientName),
      { id: 'clientEmail', header: 'Email', accessorKey: 'clientEmail' },
      { id: 'clientPhone', header: 'Phone', accessorKey: 'clientPhone', enableSorting: false },
      {
        id: 'reseller',
        header: 'Reseller',
        enableSorting: false,
        cell: ({ row }) => (
          <Link to={`/resellers/${row.original.resellerId}`} className="hover:underline">
            {names.get(row.original.resellerId) ?? 'Reseller'}
          </Link>
        ),
      },
      { id: 'planType', header: 'Plan', accessorKey: 'planType' },
      { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
      { id: 'monthlyLimit', header: 'Monthly limit', cell: ({ row }) => (row.original.monthlyLimit === '0.00' ? 'None' : formatMoney(row.original.monthlyLimit)) },
      { id: 'currentUsage', header: 'Usage', cell: ({ row }) => <span className="tabular-nums">{formatMoney(row.original.currentUsage)}</span> },
      { id: 'createdAt', header: 'Added', cell: ({ row }) => formatDate(row.original.createdAt) },
    ],
    [names],
  );

  const page = clients.data?.page;

  return (
    <div className="space-y-4">
      <PageHeader title="Clients" description="The clients of every reseller. Open one to change its plan, limit or status." />
      <SearchFilter
        {...searchFilterProps}
        searchLabel="Search name, email or phone"
        filters={[
          { name: 'reseller', label: 'Reseller', options: (resellers.data ?? []).map((r) => ({ value: r.id, label: r.name })) },
          { name: 'status', label: 'Status', options: CLIENT_STATUSES },
          { name: 'plan', label: 'Plan', placeholder: 'e.g. Business 20GB' },
        ]}
      />
      <DataTable
        id="clients"
        caption="Clients"
        columns={columns}
        {...queryTableProps(clients)}
        getRowId={(row) => row.id}
        {...sortProps}
        initiallyHidden={['clientPhone', 'monthlyLimit']}
        empty={
          filtered ? (
            <EmptyState title="No client matches">Try fewer filters or another search.</EmptyState>
          ) : (
            <EmptyState title="No clients yet">Clients appear here when resellers add them, through the partner API or an admin.</EmptyState>
          )
        }
      />
      {page && <Pagination {...paginationProps(page)} />}
    </div>
  );
}
