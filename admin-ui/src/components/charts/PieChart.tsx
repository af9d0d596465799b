import { Cell, Legend, Pie, PieChart as RPieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { legendText } from './legend';
import { CHART_COLORS, ChartFrame, tooltipStyle } from './ChartFrame';

export interface Slice {
  name: string;
  value: number;
  [key: string]: unknown;
}

export function PieChart({ label, data, height }: { label: string; data: Slice[]; height?: number }) {
  return (
    <ChartFrame label={label} data={data} xKey="name" series={[{ key: 'value', label: 'Value', color: CHART_COLORS[0] }]} height={height}>
      <ResponsiveContainer width="100%" height="100%">
        <RPieChart>
          <Pie data={data} dataKey="value" nameKey="name" innerRadius="45%" outerRadius="75%" paddingAngle={2} isAnimationActive={false}>
            {data.map((slice, index) => (
              <Cell key={slice.name} fill={CHART_COLORS[index % CHART_COLORS.length]} />
            ))}
          </Pie>
          <Tooltip {...tooltipStyle} />
          <Legend formatter={legendText} />
        </RPieChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
