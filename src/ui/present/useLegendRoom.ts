import { useLayoutEffect, type RefObject } from 'react';

/**
 * Where the wall's legend may stand, measured, since CSS cannot read an element's box: under the time
 * window (`--head-bottom`, from the overlay's top, where the title, the time window and on a phone the
 * provenance line end) and above the QR-and-status corner (`--legend-floor`,
 * from the overlay's bottom); and how wide that corner is (`--wall-corner-w`), for the caption to keep clear
 * of it. They depend on the language and the screen: reserved as fixed shares of the room's height, a
 * 1000 × 500 window had the QR code over the legend's last lines, the legend over a two-line Russian time
 * window, and the status over the caption's end; on a phone a step with four figures covered the time window.
 */
export function useLegendRoom(overlay: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = overlay.current;
    if (!el) return;
    const find = (selector: string) => el.querySelector<HTMLElement>(selector);
    // Found afresh each time: the provenance line comes and goes with the view.
    const parts = () => ({
      head: [find('.present-window'), find('.present-provenance')],
      corner: find('.wall-corner'),
    });
    const measure = () => {
      const { head, corner } = parts();
      const box = el.getBoundingClientRect();
      const cornerTop = corner?.getBoundingClientRect().top ?? box.bottom;
      const bottoms = head.map((e) => (e?.offsetHeight ? e.getBoundingClientRect().bottom - box.top : 0));
      el.style.setProperty('--head-bottom', `${Math.round(Math.max(...bottoms))}px`);
      el.style.setProperty('--legend-floor', `${Math.round(box.bottom - cornerTop)}px`);
      el.style.setProperty('--wall-corner-w', `${Math.round(corner?.offsetWidth ?? 0)}px`);
    };
    const sizes = new ResizeObserver(measure);
    const observeAll = () => {
      sizes.disconnect();
      const { head, corner } = parts();
      for (const part of [el, ...head, corner]) if (part) sizes.observe(part);
    };
    const children = new MutationObserver(() => {
      observeAll();
      measure();
    });
    children.observe(el, { childList: true });
    observeAll();
    measure();
    return () => {
      sizes.disconnect();
      children.disconnect();
    };
  }, [overlay]);
}
