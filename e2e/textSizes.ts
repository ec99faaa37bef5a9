import type { Page } from 'playwright-core';

export interface VisibleText {
  text: string;
  /** The element's class list, to say where the text is. */
  where: string;
  /** Font size in device pixels: the computed CSS size times the device pixel ratio. */
  px: number;
}

/**
 * Every piece of text on screen with the size it is drawn at, in device pixels: text nodes whose element is
 * rendered, not hidden, not visually clipped away (the `sr-only` pattern) and not fully transparent.
 */
export function visibleTexts(page: Page): Promise<VisibleText[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rect = range.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      if (rect.right < 0 || rect.bottom < 0 || rect.left > innerWidth || rect.top > innerHeight) continue;
      let hidden = false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') hidden = true;
        if (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') hidden = true;
      }
      if (hidden) continue;
      out.push({
        text: text.slice(0, 60),
        where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} < ${el.parentElement?.className ?? ''}`,
        px: parseFloat(getComputedStyle(el).fontSize) * devicePixelRatio,
      });
    }
    return out;
  });
}
