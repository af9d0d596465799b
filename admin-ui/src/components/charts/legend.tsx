/** Legend labels in the text colour (Recharts paints them in the series colour, too faint to read on white). */
export function legendText(value: string) {
  return <span className="text-slate-800 dark:text-slate-200">{value}</span>;
}
