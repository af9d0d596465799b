import { useState } from 'react';
import { Card } from '@/components/common/PageHeader';
import { EmptyState } from '@/components/common/EmptyState';
import { ErrorState } from '@/components/common/ErrorState';
import { Skeleton } from '@/components/common/LoadingSpinner';
import { LineChart, BarChart } from '@/components/charts';
import { CHART_COLORS } from '@/components/charts/ChartFrame';
import { cn } from '@/utils/cn';
import { formatMoney } from '@/utils/format';
import { useSalesTrend, type TrendRange } from './api';

export const RANGES: { value: TrendRange; label: string }[] = [
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '12m', label: '12 months' },
];

type Measure = 'orders' | 'revenue';

/** Orders or net revenue over time, app and reseller apart, as a line or bars, for the chosen range. */
export function SalesChart() {
  const [range, setRange] = useState<TrendRange>('30d');
  const [kind, setKind] = useState<'line' | 'bar'>('line');
  const [measure, setMeasure] = useState<Measure>('orders');
  const trend = useSalesTrend(range);
  const series = [
    { key: 'app', label: 'App', color: CHART_COLORS[0] },
    { key: 'reseller', label: 'Resellers', color: CHART_COLORS[1] },
  ];
  // Money stays a decimal string everywhere else; a chart only needs its approximate height.
  const rows = (trend.data?.buckets ?? []).map((bucket) => ({
    period: bucket.period,
    app: measure === 'orders' ? bucket.bySource.app.orders : Number(bucket.bySource.app.revenue),
    reseller: measure === 'orders' ? bucket.bySource.reseller.orders : Number(bucket.bySource.reseller.revenue),
  }));
  const empty = rows.every((row) => row.app === 0 && row.reseller === 0);
  const per = trend.data?.granularity === 'month' ? 'month' : 'day';
  const label = `${measure === 'orders' ? 'SIM orders' : 'Net revenue'} per ${per}, last ${RANGES.find((r) => r.value === range)?.label}`;

  return (
    <Card
      title="Sales trend"
      actions={
        <div className="flex flex-wrap gap-2">
          <Segmented label="Range" value={range} options={RANGES} onChange={setRange} />
          <Segmented
            label="Measure"
            value={measure}
            options={[
              { value: 'orders', label: 'Orders' },
              { value: 'revenue', label: 'Revenue' },
            ]}
            onChange={setMeasure}
          />
          <Segmented
            label="Chart type"
            value={kind}
            options={[
              { value: 'line', label: 'Line' },
              { value: 'bar', label: 'Bars' },
            ]}
            onChange={setKind}
          />
        </div>
      }
    >
      {trend.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : trend.isError ? (
        <ErrorState error={trend.error} onRetry={() => trend.refetch()} />
      ) : !trend.data ? (
        <EmptyState title="No sales trend available">Analytics does not report sales over time right now; the trend appears here when it does.</EmptyState>
      ) : empty ? (
        <EmptyState title={measure === 'orders' ? 'No orders in this period' : 'No revenue in this period'}>Choose a longer range, or come back once orders are placed and paid.</EmptyState>
      ) : (
        <>
          {kind === 'line' ? (
            <LineChart label={label} data={rows} xKey="period" series={series} />
          ) : (
            <BarChart label={label} data={rows} xKey="period" series={series} stacked />
          )}
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Net revenue in the period: <span className="font-medium tabular-nums">{formatMoney(trend.data.totals.revenue)}</span>
          </p>
        </>
      )}
    </Card>
  );
}

export function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: { value: T; label: string }[]; onChange: (value: T) => void }) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-md border border-slate-300 p-0.5 dark:border-slate-600">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={value === option.value}
          onClick={() => onChange(option.value)}
          className={cn(
            'min-h-8 rounded px-2.5 text-xs font-medium',
            value === option.value ? 'bg-indigo-700 text-white dark:bg-indigo-400 dark:text-slate-950' : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-700',
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
