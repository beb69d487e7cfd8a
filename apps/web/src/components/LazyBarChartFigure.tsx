import { lazy, Suspense } from 'react';
import { chartHeightOf, type BarChartFigureProps } from './chart-height';

// Recharts is most of the province dashboard's code: loaded after the figures, not before them (bench:web's
// "figures within 1 s of navigation"). The space is kept while it loads, so nothing below moves.
const BarChartFigure = lazy(() => import('./BarChartFigure').then((m) => ({ default: m.BarChartFigure })));

/** BarChartFigure, loaded on demand; its tables beside it carry the same figures meanwhile. */
export function LazyBarChartFigure(props: BarChartFigureProps) {
  return (
    <Suspense fallback={<div aria-hidden="true" style={{ width: '100%', height: chartHeightOf(props) }} />}>
      <BarChartFigure {...props} />
    </Suspense>
  );
}
