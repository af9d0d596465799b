import { Link, useParams } from 'react-router';
import { useAuth } from '@/context/AuthContext';
import { canWrite } from '@/utils/roles';
import { formatDateTime, formatMoney } from '@/utils/format';
import { PageHeader, Card, DetailList } from '@/components/common/PageHeader';
import { StatusBadge } from '@/components/common/StatusBadge';
import { ErrorState } from '@/components/common/ErrorState';
import { PageLoader } from '@/components/common/LoadingSpinner';
import { ActivityLog } from '@/components/common/ActivityLog';
import { useBreadcrumbLabel } from '@/components/common/Breadcrumb';
import { useReseller } from '@/features/resellers/api';
import { useClient } from './api';
import { ClientActions } from './ClientActions';

/** /clients/:id: the client, its plan and usage, the admin's controls and its activity. */
export default function ClientDetails() {
  const { id = '' } = useParams();
  const { admin } = useAuth();
  const client = useClient(id);
  const reseller = useReseller(client.data?.resellerId);
  useBreadcrumbLabel(client.data?.clientName);

  if (client.isPending) return <PageLoader />;
  if (client.isError) return <ErrorState error={client.error} onRetry={() => client.refetch()} title="This client could not be loaded" />;
  const c = client.data;
  const limited = c.monthlyLimit !== '0.00';
  const share = limited ? Math.min(100, (Number(c.currentUsage) / Number(c.monthlyLimit)) * 100) : 0;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {c.clientName} <StatusBadge status={c.status} />
          </span>
        }
        description={
          <>
            Client of{' '}
            <Link to={`/resellers/${c.resellerId}`} className="font-medium text-indigo-800 underline dark:text-indigo-300">
              {reseller.data?.businessName ?? 'its reseller'}
            </Link>{' '}
            since {formatDateTime(c.createdAt)}
          </>
        }
        actions={canWrite(admin?.role) && <ClientActions client={c} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Client information">
          <DetailList
            items={[
              { label: 'Email', value: c.clientEmail },
              { label: 'Phone', value: c.clientPhone },
              { label: 'Added by', value: c.createdBy ?? '—' },
              { label: 'Last changed', value: formatDateTime(c.updatedAt) },
            ]}
          />
        </Card>
        <Card title="Plan and usage">
          <DetailList
            items={[
              { label: 'Plan', value: c.planType },
              { label: 'Monthly limit', value: limited ? formatMoney(c.monthlyLimit) : 'No limit of its own' },
              { label: `Usage in ${c.usageMonth}`, value: formatMoney(c.currentUsage) },
              { label: 'Limit used', value: limited ? `${share.toFixed(0)} %` : '—' },
            ]}
          />
          {limited && (
            <div className="mt-4 h-2 w-full rounded-full bg-slate-200 dark:bg-slate-700" role="meter" aria-label="Monthly limit used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share)}>
              <div className={`h-2 rounded-full ${share > 90 ? 'bg-red-600' : 'bg-emerald-600'}`} style={{ width: `${share}%` }} />
            </div>
          )}
        </Card>
      </div>
      <Card title="Activity">
        <ActivityLog subjectType="client" subjectId={c.id} />
      </Card>
    </div>
  );
}
