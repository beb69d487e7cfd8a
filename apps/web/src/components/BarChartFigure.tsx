import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { chartHeightOf, type BarChartFigureProps } from './chart-height';

export type { BarChartFigureProps, BarSeries } from './chart-height';

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
}: BarChartFigureProps) {
  const chartHeight = chartHeightOf({ rows, categoryKey, series, height, horizontal });
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
