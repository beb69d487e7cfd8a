/** What a bar chart shows, apart from Recharts so the dashboard can size a chart before loading it. */
export interface BarSeries {
  /** The key of each row's value. */
  key: string;
  /** Thai label in the legend and tooltip. */
  label: string;
  color: string;
}

export interface BarChartFigureProps {
  rows: Record<string, string | number | null>[];
  categoryKey: string;
  series: BarSeries[];
  height?: number;
  stacked?: boolean;
  horizontal?: boolean;
}

/** The height the chart takes: a horizontal chart grows with its rows. */
export const chartHeightOf = ({ height = 260, horizontal = false, rows }: BarChartFigureProps) =>
  horizontal ? Math.max(height, rows.length * 28 + 60) : height;
