import { Bar, BarChart as RBarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText } from './legend';
import { ChartFrame, axisProps, tooltipStyle, type Series } from './ChartFrame';

export function BarChart<T extends Record<string, unknown>>({ label, data, xKey, series, height, layout = 'horizontal', stacked = false }: {
  label: string;
  data: T[];
  xKey: string;
  series: Series[];
  height?: number;
  /** "vertical" lays bars sideways: long names (resellers) stay readable. */
  layout?: 'horizontal' | 'vertical';
  stacked?: boolean;
}) {
  const vertical = layout === 'vertical';
  return (
    <ChartFrame label={label} data={data} xKey={xKey} series={series} height={height}>
      <ResponsiveContainer width="100%" height="100%">
        <RBarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 12, bottom: 0, left: vertical ? 8 : -12 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} {...axisProps} />
              <YAxis type="category" dataKey={xKey} width={120} {...axisProps} />
            </>
          ) : (
            <>
              <XAxis dataKey={xKey} {...axisProps} />
              <YAxis allowDecimals={false} {...axisProps} />
            </>
          )}
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--chart-grid)' }} />
          {series.length > 1 && <Legend formatter={legendText} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} radius={2} />
          ))}
        </RBarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
