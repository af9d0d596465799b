import { PageHeader, Card } from '@/components/common/PageHeader';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { BarChart } from '@/components/charts';
import { CHART_COLORS } from '@/components/charts/ChartFrame';
import { formatCount, formatMoney } from '@/utils/format';
import { MetricsCard } from './MetricsCard';
import { SalesChart } from './SalesChart';
import { TopPerformers } from './TopPerformers';
import { RevenueDistributionChart } from './RevenueDistribution';
import { ActivityFeed } from './ActivityFeed';
import { useDashboardMetrics, useRecentActivities } from './api';

/** The first screen after sign-in: key figures, trends and what just happened, refreshing on its own. */
export default function DashboardOverview() {
  const metrics = useDashboardMetrics();
  const activities = useRecentActivities();
  const m = metrics.data;
  const loading = metrics.isPending;

  const byStatus = m
    ? [
        { group: 'Resellers', active: m.resellersByStatus.active, waiting: m.resellersByStatus.pending, stopped: m.resellersByStatus.suspended },
        { group: 'Clients', active: m.clientsByStatus.active, waiting: m.clientsByStatus.inactive, stopped: m.clientsByStatus.suspended },
        { group: 'Users', active: m.usersByStatus.active, waiting: m.usersByStatus.pendingVerification, stopped: m.usersByStatus.blocked },
      ]
    : [];

  return (
    <div className="space-y-6">
      <PageHeader title="Dashboard" description="Updated every 30 seconds from the activity of the whole business." />
      {metrics.isError && <ErrorState error={metrics.error} onRetry={() => metrics.refetch()} title="The figures could not be loaded" />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
        <MetricsCard
          label="Total users"
          icon="☺"
          to="/users"
          loading={loading}
          value={formatCount(m?.totalUsers)}
          detail={m && `${formatCount(m.usersByStatus.active)} active · ${formatCount(m.usersByStatus.pendingVerification)} to verify`}
        />
        <MetricsCard
          label="Total resellers"
          icon="⌂"
          to="/resellers"
          loading={loading}
          value={formatCount(m?.totalResellers)}
          detail={m && `${formatCount(m.resellersByStatus.active)} active · ${formatCount(m.resellersByStatus.pending)} pending`}
        />
        <MetricsCard
          label="Total clients"
          icon="☷"
          to="/clients"
          loading={loading}
          value={formatCount(m?.totalClients)}
          detail={m && `${formatCount(m.clientsByStatus.active)} active`}
        />
        <MetricsCard
          label="SIM orders today"
          icon="▤"
          loading={loading}
          value={formatCount(m?.ordersToday)}
          detail={m && `${formatCount(m.ordersThisMonth)} this month`}
        />
        <MetricsCard
          label="Revenue this month"
          icon="$"
          loading={loading}
          value={formatMoney(m?.revenueThisMonth)}
          detail={m && `${formatMoney(m.revenueToday)} today · app ${formatMoney(m.revenueThisMonthBySource.app)} · resellers ${formatMoney(m.revenueThisMonthBySource.reseller)}`}
        />
      </div>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <SalesChart />
        </div>
        <RevenueDistributionChart />
      </div>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <TopPerformers />
        <Card title="Accounts by status">
          {loading ? (
            <Skeleton className="h-64 w-full" />
          ) : (
            <BarChart
              label="Resellers, clients and users by status"
              data={byStatus}
              xKey="group"
              stacked
              series={[
                { key: 'active', label: 'Active', color: CHART_COLORS[1] },
                { key: 'waiting', label: 'Pending / inactive / to verify', color: CHART_COLORS[2] },
                { key: 'stopped', label: 'Suspended / blocked', color: CHART_COLORS[3] },
              ]}
            />
          )}
        </Card>
        <ActivityFeed query={activities} />
      </div>
    </div>
  );
}
