import { useLayoutEffect, useState, type RefObject } from 'react';

/** Which rows of a long list are in view in a scrolling container with fixed-height rows. */
export function useVirtualRows(
  container: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 10,
) {
  const [range, setRange] = useState({ start: 0, end: Math.min(count, 60) });
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const update = () => {
      const start = Math.max(0, Math.floor(el.scrollTop / rowHeight) - overscan);
      const visible = Math.ceil((el.clientHeight || 600) / rowHeight) + overscan * 2;
      setRange({ start, end: Math.min(count, start + visible) });
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, [container, count, rowHeight, overscan]);
  return range;
}
