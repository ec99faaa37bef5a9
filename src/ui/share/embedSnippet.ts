/**
 * The iframe snippet for a view: the same URL contract plus `embed=1`, without the presentation
 * parameters, sandboxed to scripts and popups (the full-view link opens a new tab).
 */
export function embedSnippet(pinnedHref: string, title: string): string {
  const url = new URL(pinnedHref);
  url.searchParams.set('embed', '1');
  for (const k of ['present', 'kiosk', 'story', 'step']) url.searchParams.delete(k);
  const src = url.href.replace(/%2C/g, ',').replace(/%7E/g, '~');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="960" height="600" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
