import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DropdownMenu } from 'radix-ui';
import type { ColumnDef } from '@tanstack/react-table';
import type { Reseller, ResellerStatus } from '@/api/types';
import { errorMessage } from '@/api/problem';
import { useAuth } from '@/context/AuthContext';
import { useNotify } from '@/context/NotificationContext';
import { usePagination } from '@/hooks/usePagination';
import { canWrite } from '@/utils/roles';
import { formatDate, formatMoney, formatPercent } from '@/utils/format';
import { PageHeader } from '@/components/common/PageHeader';
import { DataTable, linkColumn, queryTableProps } from '@/components/common/DataTable';
import { Pagination } from '@/components/common/Pagination';
import { SearchFilter } from '@/components/common/SearchFilter';
import { StatusBadge } from '@/components/common/StatusBadge';
import { ActionButton } from '@/components/common/ActionButton';
import { EmptyState } from '@/components/common/EmptyState';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useChangeResellerStatus, useResellers, RESELLER_MOVES, RESELLER_STATUSES } from './api';
import { actionLabel, statusActions, useResellerActions } from './ResellerActions';

const FILTERS = ['status', 'city', 'country'] as const;

export default function ResellersList() {
  const { admin } = useAuth();
  const writer = canWrite(admin?.role);
  const { apiQuery, filtered, searchFilterProps, sortProps, paginationProps } = usePagination(FILTERS);
  const resellers = useResellers(apiQuery);
  const actions = useResellerActions();
  const [bulk, setBulk] = useState<{ to: ResellerStatus; rows: Reseller[]; clear: () => void } | null>(null);
  const changeStatus = useChangeResellerStatus();
  const notify = useNotify();

  const columns = useMemo<ColumnDef<Reseller, unknown>[]>(
    () => [
      linkColumn<Reseller>('businessName', 'Business', (r) => `/resellers/${r.id}`, (r) => r.businessName),
      { id: 'contactPerson', header: 'Contact', accessorKey: 'contactPerson' },
      { id: 'email', header: 'Email', accessorKey: 'email' },
      { id: 'phone', header: 'Phone', accessorKey: 'phone', enableSorting: false },
      { id: 'city', header: 'City', accessorKey: 'city' },
      { id: 'country', header: 'Country', accessorKey: 'country' },
      { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
      { id: 'creditLimit', header: 'Credit limit', cell: ({ row }) => <span className="tabular-nums">{formatMoney(row.original.creditLimit)}</span> },
      { id: 'currentBalance', header: 'Balance', cell: ({ row }) => <span className="tabular-nums">{formatMoney(row.original.currentBalance)}</span> },
      { id: 'commissionRate', header: 'Commission', cell: ({ row }) => formatPercent(row.original.commissionRate) },
      { id: 'createdAt', header: 'Registered', cell: ({ row }) => formatDate(row.original.createdAt) },
      {
        id: 'actions',
        header: () => <span className="sr-only">Actions</span>,
        enableHiding: false,
        enableSorting: false,
        cell: ({ row }) => <RowMenu reseller={row.original} writer={writer} onAction={actions.open} />,
      },
    ],
    [writer, actions.open],
  );

  const runBulk = async (reason: string) => {
    if (!bulk) return;
    const done: string[] = [];
    const failed: string[] = [];
    // One request per reseller, each reported: a refused move (already suspended) does not stop the others.
    for (const reseller of bulk.rows) {
      try {
        await changeStatus.mutateAsync({ reseller, status: bulk.to, reason });
        done.push(reseller.businessName);
      } catch (error) {
        failed.push(`${reseller.businessName}: ${errorMessage(error)}`);
      }
    }
    notify({
      tone: failed.length ? 'error' : 'success',
      title: `${done.length} of ${bulk.rows.length} reseller(s) now ${bulk.to}`,
      description: failed.length ? failed.join(' ') : undefined,
    });
    bulk.clear();
    setBulk(null);
  };

  const page = resellers.data?.page;

  return (
    <div className="space-y-4">
      <PageHeader
        title="Resellers"
        description="Businesses that sell SIM cards to their own clients on credit."
        actions={
          writer && (
            <Link to="/resellers/add" className="inline-flex min-h-10 items-center rounded-md bg-indigo-700 px-4 text-sm font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300">
              Add reseller
            </Link>
          )
        }
      />
      <SearchFilter
        {...searchFilterProps}
        searchLabel="Search name, contact, email or phone"
        filters={[
          { name: 'status', label: 'Status', options: RESELLER_STATUSES },
          { name: 'city', label: 'City', placeholder: 'e.g. London' },
          { name: 'country', label: 'Country', placeholder: 'e.g. GB' },
        ]}
      />
      <DataTable
        id="resellers"
        caption="Resellers"
        columns={columns}
        {...queryTableProps(resellers)}
        getRowId={(row) => row.id}
        {...sortProps}
        initiallyHidden={['phone', 'commissionRate', 'contactPerson']}
        bulkActions={
          writer
            ? (rows, clear) => (
                <>
                  <ActionButton size="sm" onClick={() => setBulk({ to: 'active', rows, clear })}>
                    Activate
                  </ActionButton>
                  <ActionButton size="sm" variant="danger" onClick={() => setBulk({ to: 'suspended', rows, clear })}>
                    Suspend
                  </ActionButton>
                </>
              )
            : undefined
        }
        empty={
          filtered ? (
            <EmptyState title="No reseller matches">Try fewer filters or another search.</EmptyState>
          ) : (
            <EmptyState
              title="No resellers yet"
              action={
                writer && (
                  <Link to="/resellers/add" className="font-medium text-indigo-800 underline dark:text-indigo-300">
                    Add the first reseller
                  </Link>
                )
              }
            >
              Resellers you add start as pending until you activate them.
            </EmptyState>
          )
        }
      />
      {page && <Pagination {...paginationProps(page)} />}
      {actions.dialog}
      <ConfirmDialog
        open={bulk !== null}
        onOpenChange={(open) => !open && setBulk(null)}
        title={bulk ? `${bulk.to === 'active' ? 'Activate' : 'Suspend'} ${bulk.rows.length} reseller(s)?` : ''}
        description={
          bulk
            ? `${bulk.rows.map((r) => r.businessName).join(', ')}. Resellers that cannot make this move (${bulk.to === 'active' ? 'already active' : 'already suspended'}) are reported and left as they are.`
            : ''
        }
        confirmLabel={bulk?.to === 'active' ? 'Activate' : 'Suspend'}
        tone={bulk?.to === 'suspended' ? 'danger' : 'primary'}
        reason={{ label: 'Reason', hint: 'Kept in the activity log of each reseller.' }}
        onConfirm={runBulk}
      />
    </div>
  );
}

function RowMenu({ reseller, writer, onAction }: { reseller: Reseller; writer: boolean; onAction: ReturnType<typeof useResellerActions>['open'] }) {
  const item = 'block w-full cursor-pointer rounded px-2 py-2 text-left text-sm text-slate-800 outline-none data-[highlighted]:bg-slate-100 dark:text-slate-100 dark:data-[highlighted]:bg-slate-700';
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="min-h-9 min-w-9 rounded-md text-lg text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-700" aria-label={`Actions for ${reseller.businessName}`}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" className="z-30 min-w-40 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800">
          <DropdownMenu.Item asChild className={item}>
            <Link to={`/resellers/${reseller.id}`}>View</Link>
          </DropdownMenu.Item>
          {writer && (
            <>
              <DropdownMenu.Item asChild className={item}>
                <Link to={`/resellers/${reseller.id}/edit`}>Edit</Link>
              </DropdownMenu.Item>
              {RESELLER_MOVES[reseller.status].length > 0 &&
                statusActions(reseller).map((action) => (
                  <DropdownMenu.Item key={actionLabel(action)} className={item} onSelect={() => onAction(reseller, action)}>
                    {actionLabel(action)}
                  </DropdownMenu.Item>
                ))}
              <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
              <DropdownMenu.Item className={`${item} text-red-800 dark:text-red-300`} onSelect={() => onAction(reseller, { kind: 'delete' })}>
                Delete
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
