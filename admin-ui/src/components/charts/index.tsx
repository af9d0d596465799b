import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from '@/components/common/LoadingSpinner';

// Recharts is most of the dashboard's JavaScript. Loading it beside the screen's own code lets the figures and texts
// paint first (they are what the Largest Contentful Paint measures) and the charts follow a moment later.
const LineChartImpl = lazy(() => import('./LineChart').then((m) => ({ default: m.LineChart })));
const BarChartImpl = lazy(() => import('./BarChart').then((m) => ({ default: m.BarChart })));
const PieChartImpl = lazy(() => import('./PieChart').then((m) => ({ default: m.PieChart })));
const AreaChartImpl = lazy(() => import('./AreaChart').then((m) => ({ default: m.AreaChart })));

type LineProps = ComponentProps<typeof import('./LineChart').LineChart>;
type BarProps = ComponentProps<typeof import('./BarChart').BarChart>;
type PieProps = ComponentProps<typeof import('./PieChart').PieChart>;
type AreaProps = ComponentProps<typeof import('./AreaChart').AreaChart>;

const fallback = (height = 260) => <Skeleton className="w-full" style={{ height }} />;

export function LineChart(props: LineProps) {
  return (
    <Suspense fallback={fallback(props.height)}>
      <LineChartImpl {...props} />
    </Suspense>
  );
}

export function BarChart(props: BarProps) {
  return (
    <Suspense fallback={fallback(props.height)}>
      <BarChartImpl {...props} />
    </Suspense>
  );
}

export function PieChart(props: PieProps) {
  return (
    <Suspense fallback={fallback(props.height)}>
      <PieChartImpl {...props} />
    </Suspense>
  );
}

export function AreaChart(props: AreaProps) {
  return (
    <Suspense fallback={fallback(props.height)}>
      <AreaChartImpl {...props} />
    </Suspense>
  );
}
