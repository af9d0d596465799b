import { CartesianGrid, Legend, Line, LineChart as RLineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText } from './legend';
import { ChartFrame, axisProps, tooltipStyle, type Series } from './ChartFrame';

export function LineChart<T extends Record<string, unknown>>({ label, data, xKey, series, height }: { label: string; data: T[]; xKey: string; series: Series[]; height?: number }) {
  return (
    <ChartFrame label={label} data={data} xKey={xKey} series={series} height={height}>
      <ResponsiveContainer width="100%" height="100%">
        <RLineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
          <XAxis dataKey={xKey} {...axisProps} />
          <YAxis allowDecimals={false} {...axisProps} />
          <Tooltip {...tooltipStyle} />
          {series.length > 1 && <Legend formatter={legendText} />}
          {series.map((s) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
        </RLineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
