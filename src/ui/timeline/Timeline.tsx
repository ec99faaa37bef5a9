import { useMemo, useRef, useState, useLayoutEffect, type KeyboardEvent } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { networkIndex } from '../../domain/networkIndex.ts';
import { periodOrdinal, type Granularity } from '../../data/period.ts';
import { axisPeriods, histogram, regranulate } from '../../domain/timeline.ts';
import { formatPeriodLabel } from '../../i18n/index.ts';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../useT.ts';
import { windowLabel } from '../windowLabel.ts';
import { ActivityHistogram } from './ActivityHistogram.tsx';
import { usePlayback } from './usePlayback.ts';
import { MoreToggle } from '../MoreToggle.tsx';

const SPEEDS = [0.5, 1, 2, 4];

/** The time window: granularity, period or range, per-period or cumulative, and playback. */
export function Timeline({ dataset, compact = false }: { dataset: Dataset; compact?: boolean }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const loop = useAppStore((s) => s.loop);
  const compare = useAppStore((s) => s.compare);
  const { setTime, setMode, setPlaying, setSpeed, setLoop, setCompare } = useAppStore.getState();
  const index = networkIndex(dataset);
  const granularity: Granularity = time?.to.granularity ?? 'year';
  const axis = useMemo(() => axisPeriods(index, granularity), [index, granularity]);
  const bars = useMemo(() => histogram(index, granularity), [index, granularity]);
  usePlayback(axis);
  // On a phone the controls beyond Play fold behind "Options", so the bar is never wider than the screen.
  const [moreOpen, setMoreOpen] = useState(false);

  const first = axis[0] ? periodOrdinal(axis[0]) : 0;
  const last = Math.max(0, axis.length - 1);
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  const toIndex = time ? clamp(periodOrdinal(time.to) - first) : last;
  const fromIndex = time ? clamp(periodOrdinal(time.from) - first) : 0;
  const isRange = Boolean(time && fromIndex !== toIndex);

  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = track.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  const setTo = (i: number) => {
    const to = axis[clamp(i)]!;
    const from = isRange ? axis[Math.min(fromIndex, clamp(i))]! : to;
    setTime({ from, to });
  };
  const setFrom = (i: number) => setTime({ from: axis[Math.min(clamp(i), toIndex)]!, to: axis[toIndex]! });
  const onKeyDown = (e: KeyboardEvent) => {
    const tag = (e.target as HTMLElement).tagName;
    if (e.key === ' ' && tag !== 'BUTTON' && tag !== 'SELECT') {
      e.preventDefault();
      setPlaying(!playing);
    }
  };

  const label = windowLabel(t, lang, time, mode);

  return (
    <section
      className={compact ? 'timeline compact' : 'timeline'}
      aria-label={t('timeline.label')}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-controls">
        <button type="button" className="play" aria-pressed={playing} onClick={() => setPlaying(!playing)}>
          {playing ? `❚❚ ${t('timeline.pause')}` : `▶ ${t('timeline.play')}`}
        </button>
        {!compact && (
          <MoreToggle controls="timeline-more" open={moreOpen} onToggle={setMoreOpen}>
            {t('timeline.options')}
          </MoreToggle>
        )}
        {!compact && (
          <div className="timeline-more" id="timeline-more" data-expanded={moreOpen}>
            <label>
              <span className="label-text">{t('timeline.speed')}</span>
              <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />{' '}
              {t('timeline.loop')}
            </label>
            <label>
              <span className="label-text">{t('timeline.granularity')}</span>
              <select
                value={granularity}
                onChange={(e) => setTime(regranulate(time, e.target.value as Granularity, index.extent[1]))}
              >
                {(['year', 'quarter', 'month'] as const).map((g) => (
                  <option key={g} value={g}>
                    {t(`granularity.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="label-text">{t('timeline.mode')}</span>
              <select value={mode} onChange={(e) => setMode(e.target.value as 'period' | 'cumulative')}>
                <option value="period">{t('mode.period')}</option>
                <option value="cumulative">{t('mode.cumulative')}</option>
              </select>
            </label>
            <label title={mode === 'cumulative' ? t('timeline.rangeNeedsPeriod') : undefined}>
              <input
                type="checkbox"
                checked={isRange}
                disabled={mode === 'cumulative'}
                aria-describedby={mode === 'cumulative' ? 'range-why' : undefined}
                onChange={(e) => {
                  const to = axis[toIndex]!;
                  setTime({ from: e.target.checked ? axis[Math.max(0, toIndex - 1)]! : to, to });
                }}
              />{' '}
              {t('timeline.range')}
              {mode === 'cumulative' && (
                <span id="range-why" className="visually-hidden">
                  {t('timeline.rangeNeedsPeriod')}
                </span>
              )}
            </label>
            <label>
              <span className="label-text">{t('compare.period')}</span>
              <select
                value={
                  compare && compare.to.granularity === granularity ? String(periodOrdinal(compare.to)) : ''
                }
                onChange={(e) => {
                  const p = axis.find((x) => String(periodOrdinal(x)) === e.target.value);
                  setCompare(p ? { from: p, to: p } : null);
                }}
              >
                <option value="">{t('compare.none')}</option>
                {axis.map((p) => (
                  <option key={periodOrdinal(p)} value={String(periodOrdinal(p))}>
                    {formatPeriodLabel(lang, p)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => setTime(null)} disabled={!time}>
              {t('timeline.reset')}
            </button>
          </div>
        )}
        <output className="timeline-label" aria-live="polite">
          {label}
        </output>
      </div>
      <div className="timeline-track" ref={track}>
        <ActivityHistogram
          histogram={bars}
          width={width}
          height={44}
          selected={time ? [mode === 'cumulative' ? 0 : fromIndex, toIndex] : null}
        />
        {isRange && (
          <input
            type="range"
            className="slider slider-from"
            min={0}
            max={last}
            value={fromIndex}
            aria-label={t('timeline.from')}
            aria-valuetext={axis[fromIndex] ? formatPeriodLabel(lang, axis[fromIndex]) : ''}
            onChange={(e) => setFrom(Number(e.target.value))}
          />
        )}
        <input
          type="range"
          className="slider slider-to"
          min={0}
          max={last}
          value={toIndex}
          aria-label={isRange ? t('timeline.to') : t('timeline.label')}
          aria-valuetext={axis[toIndex] ? formatPeriodLabel(lang, axis[toIndex]) : ''}
          onChange={(e) => setTo(Number(e.target.value))}
        />
        <div className="axis-labels" aria-hidden="true">
          <span>{axis[0] ? formatPeriodLabel(lang, axis[0]) : ''}</span>
          <span>{axis[last] ? formatPeriodLabel(lang, axis[last]) : ''}</span>
        </div>
      </div>
    </section>
  );
}
