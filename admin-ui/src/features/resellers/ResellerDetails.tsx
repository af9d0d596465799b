import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Reseller } from '@/api/types';
import { useAuth } from '@/context/AuthContext';
import { useOptionalApi } from '@/hooks/useApi';
import { canWrite } from '@/utils/roles';
import { formatDateTime, formatMoney, formatPercent, formatCount, formatRelative, humanize } from '@/utils/format';
import { PageHeader, Card, DetailList } from '@/components/common/PageHeader';
import { StatusBadge } from '@/components/common/StatusBadge';
import { ActionButton } from '@/components/common/ActionButton';
import { ErrorState } from '@/components/common/ErrorState';
import { EmptyState } from '@/components/common/EmptyState';
import { PageLoader, Skeleton } from '@/components/common/LoadingSpinner';
import { Tabs } from '@/components/common/Tabs';
import { ActivityLog } from '@/components/common/ActivityLog';
import { Pagination } from '@/components/common/Pagination';
import { useBreadcrumbLabel } from '@/components/common/Breadcrumb';
import { useLedger, useReseller, useResellerSummary } from './api';
import { actionLabel, statusActions, useResellerActions } from './ResellerActions';
import { ResellerClients } from './ResellerClients';
import { OrderHistory } from '@/features/users/UserOrderHistory';

/** /resellers/:id: who the reseller is, its limits and figures, its clients, credit ledger and activity. */
export default function ResellerDetails() {
  const { id = '' } = useParams();
  const { admin } = useAuth();
  const writer = canWrite(admin?.role);
  const reseller = useReseller(id);
  const summary = useResellerSummary(id);
  // Orders belong to order-service: the tab exists only once that service answers (never invented rows).
  const orders = useOptionalApi<{ content: unknown[] }>(`/api/resellers/${id}/orders`, { size: 1 });
  const actions = useResellerActions({ afterDelete: '/resellers' });
  useBreadcrumbLabel(reseller.data?.businessName);

  if (reseller.isPending) return <PageLoader />;
  if (reseller.isError) return <ErrorState error={reseller.error} onRetry={() => reseller.refetch()} title="This reseller could not be loaded" />;
  const r = reseller.data;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {r.businessName} <StatusBadge status={r.status} />
          </span>
        }
        description={`Registered ${formatDateTime(r.createdAt)} · last changed ${formatRelative(r.updatedAt)}`}
        actions={
          writer && (
            <>
              <Link
                to={`/resellers/${r.id}/edit`}
                className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
              >
                Edit
              </Link>
              {statusActions(r).map((action) => (
                <ActionButton key={actionLabel(action)} variant={action.kind === 'status' && action.to === 'suspended' ? 'danger' : 'primary'} onClick={() => actions.open(r, action)}>
                  {actionLabel(action)}
                </ActionButton>
              ))}
              <ActionButton variant="ghost" onClick={() => actions.open(r, { kind: 'delete' })}>
                Delete
              </ActionButton>
            </>
          )
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card title="Contact" className="lg:col-span-2">
          <DetailList
            items={[
              { label: 'Contact person', value: r.contactPerson },
              { label: 'Email', value: <a href={`mailto:${r.email}`} className="text-indigo-800 underline dark:text-indigo-300">{r.email}</a> },
              { label: 'Phone', value: r.phone },
              { label: 'Address', value: r.address },
              { label: 'City', value: [r.city, r.state].filter(Boolean).join(', ') },
              { label: 'Country', value: r.country },
            ]}
          />
        </Card>
        <CreditCard reseller={r} />
      </div>
      <Card title="Figures">
        {summary.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : summary.isError ? (
          <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
        ) : !summary.data ? (
          <EmptyState title="No figures yet">Analytics has not recorded anything about this reseller yet; figures appear a moment after its first change.</EmptyState>
        ) : (
          <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
            <Figure label="Clients" value={formatCount(summary.data.clientsCount)} />
            <Figure label="Active clients" value={formatCount(summary.data.activeClients)} />
            <Figure label="Orders" value={formatCount(summary.data.ordersCount)} />
            <Figure label="Revenue" value={formatMoney(summary.data.revenue)} />
            <Figure label="Last activity" value={formatRelative(summary.data.lastActivityAt)} />
          </dl>
        )}
      </Card>
      <Tabs
        label="Reseller records"
        tabs={[
          { value: 'clients', label: 'Clients', content: <ResellerClients resellerId={r.id} /> },
          { value: 'ledger', label: 'Credit ledger', content: <Ledger resellerId={r.id} /> },
          ...(orders.available ? [{ value: 'orders', label: 'Orders', content: <OrderHistory path={`/api/resellers/${r.id}/orders`} /> }] : []),
          { value: 'activity', label: 'Activity', content: <ActivityLog subjectType="reseller" subjectId={r.id} /> },
        ]}
      />
      {actions.dialog}
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900 dark:text-slate-50">{value}</dd>
    </div>
  );
}

/** How much of its credit the reseller uses; money stays decimal text, the bar only needs an approximate share. */
function CreditCard({ reseller }: { reseller: Reseller }) {
  const limit = Number(reseller.creditLimit);
  const used = Number(reseller.currentBalance);
  const share = limit > 0 ? Math.min(100, Math.max(0, (used / limit) * 100)) : 0;
  return (
    <Card title="Account limits">
      <DetailList
        items={[
          { label: 'Credit limit', value: formatMoney(reseller.creditLimit) },
          { label: 'Current balance', value: formatMoney(reseller.currentBalance) },
          { label: 'Commission', value: formatPercent(reseller.commissionRate) },
          { label: 'Credit used', value: limit > 0 ? `${share.toFixed(0)} %` : 'No credit limit set' },
        ]}
      />
      {limit > 0 && (
        <div className="mt-4 h-2 w-full rounded-full bg-slate-200 dark:bg-slate-700" role="meter" aria-label="Credit used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share)}>
          <div className={`h-2 rounded-full ${share > 90 ? 'bg-red-600' : share > 70 ? 'bg-amber-500' : 'bg-emerald-600'}`} style={{ width: `${share}%` }} />
        </div>
      )}
    </Card>
  );
}

function Ledger({ resellerId }: { resellerId: string }) {
  const [page, setPage] = useState(0);
  const ledger = useLedger(resellerId, page);
  if (ledger.isPending) return <Skeleton className="h-32 w-full" />;
  if (ledger.isError) return <ErrorState error={ledger.error} onRetry={() => ledger.refetch()} />;
  if (ledger.data.content.length === 0) return <EmptyState title="No credit movements yet">Reservations for orders, releases, commissions and adjustments appear here.</EmptyState>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
        <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-700">
          <caption className="sr-only">Credit ledger, newest first</caption>
          <thead className="bg-slate-50 text-left dark:bg-slate-800">
            <tr>
              {['When', 'Kind', 'Amount', 'Balance after', 'Reason'].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {ledger.data.content.map((entry) => (
              <tr key={entry.id}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(entry.createdAt)}</td>
                <td className="px-3 py-2">{humanize(entry.kind)}</td>
                <td className="px-3 py-2 tabular-nums">{formatMoney(entry.amount)}</td>
                <td className="px-3 py-2 tabular-nums">{formatMoney(entry.balanceAfter)}</td>
                <td className="px-3 py-2">{entry.reason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={ledger.data.page.number}
        size={ledger.data.page.size}
        totalElements={ledger.data.page.totalElements}
        totalPages={ledger.data.page.totalPages}
        onPageChange={setPage}
      />
    </div>
  );
}
