import { useLayoutEffect, type RefObject } from 'react';

/** The least of the title kept beside the controls before they fold ("China–SCO…" / "Сеть…"). */
const TITLE_MIN_PX = 80;

/**
 * Folds the top bar's controls beyond the language behind "More" (`data-folded` on the bar) whenever they
 * do not fit beside the title in one row: on a phone always, and on a tablet or a small window in the
 * longer languages (Russian's controls need about 1,020 px, English's 940, Chinese's 870). Measured, not
 * set by a screen width, because the words' widths change with the language and the fonts. Before, a
 * width rule folded them on phones only, and a 768 px tablet lost "Present", "Share" and the theme button
 * past the screen's edge.
 *
 * The attribute is set on the element, not through React state, in a layout effect: the map's first
 * picture measures the map's box in its own layout effect, after this one, and must see the bar's final
 * height.
 */
export function useFoldWhenCrowded(bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const measure = () => {
      // Laid out unfolded for the measure; the answer is set before the browser paints either.
      el.setAttribute('data-folded', 'false');
      const controls = el.querySelector<HTMLElement>('.top-bar-controls');
      const style = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const gap = parseFloat(style.columnGap) || 0;
      const needed = (controls?.scrollWidth ?? 0) + gap + TITLE_MIN_PX;
      el.setAttribute('data-folded', String(needed > room));
    };
    measure();
    window.addEventListener('resize', measure);
    // The app's faces are wider or narrower than the fallback the first measure used.
    document.fonts?.addEventListener('loadingdone', measure);
    // The controls' words change with the language, and the version's selects appear once the manifest is in.
    const content = new MutationObserver(measure);
    content.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      window.removeEventListener('resize', measure);
      document.fonts?.removeEventListener('loadingdone', measure);
      content.disconnect();
    };
  }, [bar]);
}
