import { scaleBand, scaleLinear } from 'd3-scale';
import { FLOW_TYPES } from '../../data/schema.ts';
import type { Histogram } from '../../domain/timeline.ts';
import { periodOrdinal } from '../../data/period.ts';
import { useT } from '../useT.ts';

interface Props {
  histogram: Histogram;
  width: number;
  height: number;
  /** Indices of the selected periods on the axis, inclusive. */
  selected: [number, number] | null;
}

/** Stacked bars of activity per period, coloured by flow type; year-only records as a band over their year. */
export function ActivityHistogram({ histogram, width, height, selected }: Props) {
  const t = useT();
  const { periods, values, undatedByYear, max } = histogram;
  const x = scaleBand<number>()
    .domain(periods.map((_, i) => i))
    .range([0, width])
    .paddingInner(0.15);
  // A year-only total is spread over the periods of its year, so it reads on the same scale as the bars.
  const perPeriod = (year: number, total: number) =>
    total / Math.max(1, periods.filter((p) => p.year === year).length);
  const undatedMax = Math.max(
    0,
    ...[...undatedByYear.entries()].map(([year, r]) =>
      perPeriod(
        year,
        r.reduce((s, v) => s + v, 0),
      ),
    ),
  );
  const y = scaleLinear()
    .domain([0, Math.max(max, undatedMax)])
    .range([height, 2]);
  const first = periods[0] ? periodOrdinal(periods[0]) : 0;
  return (
    <svg className="histogram" width={width} height={height} role="img" aria-label={t('timeline.histogram')}>
      {[...undatedByYear.entries()].map(([year, row]) => {
        const inYear = periods.map((p, i) => (p.year === year ? i : -1)).filter((i) => i >= 0);
        if (!inYear.length) return null;
        const x0 = x(inYear[0]!)!;
        const x1 = x(inYear.at(-1)!)! + x.bandwidth();
        const total = perPeriod(
          year,
          row.reduce((s, v) => s + v, 0),
        );
        return (
          <rect
            key={`u${year}`}
            className="undated"
            x={x0}
            width={x1 - x0}
            y={y(total)}
            height={height - y(total)}
          >
            <title>{t('timeline.undated')}</title>
          </rect>
        );
      })}
      {values.map((row, i) => {
        let top = height;
        const inSelection = selected && i >= selected[0] && i <= selected[1];
        return (
          <g key={periodOrdinal(periods[i]!) - first} opacity={selected && !inSelection ? 0.45 : 1}>
            {row.map((v, type) => {
              if (v === 0) return null;
              const h = height - y(v);
              top -= h;
              return (
                <rect
                  key={type}
                  className={`bar bar-${FLOW_TYPES[type]}`}
                  x={x(i)}
                  width={x.bandwidth()}
                  y={top}
                  height={h}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
