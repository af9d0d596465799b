import type { ReactNode } from 'react';

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Colours that keep 3:1 contrast against both the light and the dark card background. */
export const CHART_COLORS = ['#4f46e5', '#0d9488', '#d97706', '#db2777', '#2563eb', '#65a30d'];

/**
 * A chart with its data as a table for screen readers (a picture of bars says nothing to them) and a fixed height so
 * the page does not jump when data arrives.
 */
export function ChartFrame<T extends Record<string, unknown>>({ label, data, xKey, series, children, height = 260 }: {
  label: string;
  data: T[];
  xKey: string;
  series: Series[];
  children: ReactNode;
  height?: number;
}) {
  return (
    <figure className="w-full">
      <div role="img" aria-label={label} style={{ height }} className="w-full">
        {children}
      </div>
      <table className="sr-only">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{xKey}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((row, index) => (
            <tr key={index}>
              <th scope="row">{String(row[xKey])}</th>
              {series.map((s) => (
                <td key={s.key}>{String(row[s.key] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export const axisProps = { stroke: 'currentColor', tick: { fill: 'currentColor', fontSize: 12 }, tickLine: false } as const;
export const tooltipStyle = {
  contentStyle: { background: 'var(--chart-tooltip-bg)', border: '1px solid var(--chart-tooltip-border)', borderRadius: 6, color: 'var(--chart-tooltip-fg)' },
  labelStyle: { color: 'var(--chart-tooltip-fg)' },
} as const;
