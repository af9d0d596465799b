import { useMemo } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { User } from '@/api/types';
import { usePagination } from '@/hooks/usePagination';
import { formatDate } from '@/utils/format';
import { PageHeader } from '@/components/common/PageHeader';
import { DataTable, linkColumn, queryTableProps } from '@/components/common/DataTable';
import { Pagination } from '@/components/common/Pagination';
import { SearchFilter } from '@/components/common/SearchFilter';
import { StatusBadge } from '@/components/common/StatusBadge';
import { EmptyState } from '@/components/common/EmptyState';
import { useUsers, USER_STATUSES } from './api';

const FILTERS = ['status', 'city', 'plan', 'country'] as const;

/** /users: the app's SIM buyers, with the seed's filters (city, status, package) plus country. */
export default function UsersList() {
  const { apiQuery, filtered, searchFilterProps, sortProps, paginationProps } = usePagination(FILTERS);
  const users = useUsers(apiQuery);

  const columns = useMemo<ColumnDef<User, unknown>[]>(
    () => [
      linkColumn<User>('fullName', 'Name', (r) => `/users/${r.id}`, (r) => r.fullName),
      { id: 'email', header: 'Email', accessorKey: 'email' },
      { id: 'phone', header: 'Phone', accessorKey: 'phone', enableSorting: false },
      { id: 'city', header: 'City', accessorKey: 'city' },
      { id: 'country', header: 'Country', accessorKey: 'country' },
      { id: 'currentPlan', header: 'Package', cell: ({ row }) => row.original.currentPlan ?? '—' },
      { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
      { id: 'createdAt', header: 'Registered', cell: ({ row }) => formatDate(row.original.createdAt) },
    ],
    [],
  );

  const page = users.data?.page;

  return (
    <div className="space-y-4">
      <PageHeader title="Users" description="People who bought SIM cards in the app." />
      <SearchFilter
        {...searchFilterProps}
        searchLabel="Search name, email or phone"
        filters={[
          { name: 'status', label: 'Status', options: USER_STATUSES },
          { name: 'city', label: 'City', placeholder: 'e.g. Manchester' },
          { name: 'plan', label: 'Package', placeholder: 'e.g. Unlimited 5G' },
          { name: 'country', label: 'Country', placeholder: 'e.g. GB' },
        ]}
      />
      <DataTable
        id="users"
        caption="Users"
        columns={columns}
        {...queryTableProps(users)}
        getRowId={(row) => row.id}
        {...sortProps}
        initiallyHidden={['phone', 'country']}
        empty={
          filtered ? (
            <EmptyState title="No user matches">Try fewer filters or another search; the phone search matches digits however they were typed.</EmptyState>
          ) : (
            <EmptyState title="No users yet">Users appear here when they register in the app.</EmptyState>
          )
        }
      />
      {page && <Pagination {...paginationProps(page)} />}
    </div>
  );
}
