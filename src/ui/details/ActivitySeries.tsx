import { scaleLinear } from 'd3-scale';
import { area } from 'd3-shape';
import type { Histogram } from '../../domain/timeline.ts';
import { useT } from '../useT.ts';

/** A node's activity across the whole timeline as a small area chart, with the current window marked. */
export function ActivitySeries({ series, window }: { series: Histogram; window: [number, number] | null }) {
  const t = useT();
  const width = 300;
  const height = 64;
  const totals = series.values.map((row) => row.reduce((s, v) => s + v, 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, totals.length - 1)])
    .range([2, width - 2]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .range([height - 2, 4]);
  const path = area<number>()
    .x((_, i) => x(i))
    .y0(height - 2)
    .y1((v) => y(v))(totals);
  return (
    <svg
      className="activity-series"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('details.activity')}
    >
      {window && (
        <rect
          className="series-window"
          x={x(window[0]) - 2}
          width={Math.max(4, x(window[1]) - x(window[0]) + 4)}
          y={0}
          height={height}
        />
      )}
      <path d={path ?? ''} className="series-area" />
    </svg>
  );
}
