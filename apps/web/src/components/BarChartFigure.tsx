import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  /** The key of each row's value. */
  key: string;
  /** Thai label in the legend and tooltip. */
  label: string;
  color: string;
}

/**
 * A labelled bar chart (Recharts, SVG: its Thai labels are real text in the page's font). It is a picture
 * for sighted readers only — hidden from screen readers, so every chart sits beside a table with the same
 * figures (the accessible equivalent), and Recharts' keyboard layer is off so nothing hidden takes focus.
 */
export function BarChartFigure({
  rows,
  categoryKey,
  series,
  height = 260,
  stacked = false,
  horizontal = false,
}: {
  rows: Record<string, string | number | null>[];
  categoryKey: string;
  series: BarSeries[];
  height?: number;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const chartHeight = horizontal ? Math.max(height, rows.length * 28 + 60) : height;
  return (
    <div aria-hidden="true" style={{ width: '100%', height: chartHeight }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout={horizontal ? 'vertical' : 'horizontal'}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey={categoryKey} width={120} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} width={40} />
            </>
          )}
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stackId={stacked ? 'stack' : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
