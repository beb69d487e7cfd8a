import { lazy, Suspense } from 'react';
import { chartHeightOf, type BarChartFigureProps } from './chart-height';

// Recharts is most of the province dashboard's code: loaded after the figures, not before them (bench:web's
// "figures within 1 s of navigation"). The space is kept while it loads, so nothing below moves.
const loadChart = () => import('./BarChartFigure').then((m) => ({ default: m.BarChartFigure }));
const BarChartFigure = lazy(loadChart);

/**
 * Starts loading the charts now, while the page waits for its data, so they are ready to draw when the
 * figures come instead of being fetched and compiled only then (the 330-LAO dashboard's charts came ~100 ms
 * after its figures). The figures still never wait for them.
 */
export function preloadBarChartFigure(): void {
  void loadChart();
}

/** BarChartFigure, loaded on demand; its tables beside it carry the same figures meanwhile. */
export function LazyBarChartFigure(props: BarChartFigureProps) {
  return (
    <Suspense fallback={<div aria-hidden="true" style={{ width: '100%', height: chartHeightOf(props) }} />}>
      <BarChartFigure {...props} />
    </Suspense>
  );
}
