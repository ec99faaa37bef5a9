import { cssVariables, type Palette } from '../map/palette.ts';

/**
 * The page's colours, as CSS custom properties on <html>, from one palette: the theme's, or the light one
 * while a page prints (paper is light, and the dark theme's pale text on it was grey).
 */
export function setPagePalette(palette: Palette): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(cssVariables(palette))) root.style.setProperty(name, value);
}
