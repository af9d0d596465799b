import { Link } from 'react-router';
import { Card } from '@/components/common/PageHeader';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { BarChart } from '@/components/charts';
import { CHART_COLORS } from '@/components/charts/ChartFrame';
import { formatCount, formatMoney } from '@/utils/format';
import { useTopResellers } from './api';

/** The five resellers with the highest net revenue in the last 30 days. */
export function TopPerformers() {
  const top = useTopResellers('30d');
  const resellers = top.data?.resellers ?? [];
  return (
    <Card title="Top resellers, last 30 days">
      {top.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : top.isError ? (
        <ErrorState error={top.error} onRetry={() => top.refetch()} />
      ) : !top.data ? (
        <EmptyState title="No ranking available">Analytics does not rank resellers right now; the top five appear here when it does.</EmptyState>
      ) : resellers.length === 0 ? (
        <EmptyState title="No reseller sales yet">Resellers appear here once they sell in the period.</EmptyState>
      ) : (
        <>
          <BarChart
            label="Net revenue of the top resellers, last 30 days"
            data={resellers.map((r) => ({ name: r.businessName ?? 'Unknown reseller', revenue: Number(r.revenue) }))}
            xKey="name"
            series={[{ key: 'revenue', label: 'Net revenue', color: CHART_COLORS[0] }]}
            layout="vertical"
            height={220}
          />
          <ol className="mt-3 space-y-1 text-sm">
            {resellers.map((r) => (
              <li key={r.resellerId} className="flex justify-between gap-2">
                <Link to={`/resellers/${r.resellerId}`} className="truncate text-indigo-800 hover:underline dark:text-indigo-300">
                  {r.rank}. {r.businessName ?? 'Unknown reseller'}
                </Link>
                <span className="whitespace-nowrap tabular-nums text-slate-700 dark:text-slate-300">
                  {formatMoney(r.revenue)} · {formatCount(r.orders)} orders
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
