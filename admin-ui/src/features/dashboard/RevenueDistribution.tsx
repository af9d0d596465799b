import { Card } from '@/components/common/PageHeader';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { PieChart } from '@/components/charts';
import { formatMoney, humanize } from '@/utils/format';
import { useRevenueDistribution } from './api';

/** Where the last 30 days' net revenue came from: app or resellers, and which plans. */
export function RevenueDistributionChart() {
  const distribution = useRevenueDistribution('30d');
  const d = distribution.data;
  const hasRevenue = d ? Number(d.total) > 0 : false;
  return (
    <Card title="Revenue distribution, last 30 days">
      {distribution.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : distribution.isError ? (
        <ErrorState error={distribution.error} onRetry={() => distribution.refetch()} />
      ) : !d ? (
        <EmptyState title="No distribution available">Analytics does not report revenue right now.</EmptyState>
      ) : !hasRevenue ? (
        <EmptyState title="No revenue in the last 30 days">The split by source and plan appears with the first paid order.</EmptyState>
      ) : (
        <>
          <PieChart label="Net revenue by source, last 30 days" data={d.bySource.map((s) => ({ name: s.source === 'app' ? 'App' : humanize(s.source), value: Number(s.revenue) }))} height={220} />
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Total <span className="font-medium tabular-nums">{formatMoney(d.total)}</span>
          </p>
          {d.byPlan.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm">
              {d.byPlan.slice(0, 5).map((plan) => (
                <li key={plan.planName ?? 'unknown'} className="flex justify-between gap-2">
                  <span className="truncate">{plan.planName ?? 'Unknown plan'}</span>
                  <span className="whitespace-nowrap tabular-nums text-slate-700 dark:text-slate-300">
                    {formatMoney(plan.revenue)}
                    {plan.share !== null && ` · ${plan.share} %`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Card>
  );
}
