import { useEffect, useRef, useState } from 'react';
import { useT } from '../useT.ts';

/** The iframe snippet for the current view: the same URL contract, plus `embed=1`. */
export function embedSnippet(href: string, title: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  for (const k of ['present', 'kiosk', 'story', 'step']) url.searchParams.delete(k);
  const src = url.href.replace(/%2C/g, ',').replace(/%7E/g, '~');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(title)}" width="960" height="600" style="border:0;max-width:100%" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** "Embed this view": a dialog with the snippet to copy. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState(false);
  const code = embedSnippet(window.location.href, t('app.title'));
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby="embed-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="embed-title">{t('embed.title')}</h2>
      <label htmlFor="embed-code">{t('embed.snippet')}</label>
      <textarea id="embed-code" readOnly value={code} rows={5} onFocus={(e) => e.currentTarget.select()} />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(code).then(
              () => setCopied(true),
              () => undefined,
            )
          }
        >
          {copied ? t('cite.copied') : t('embed.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('embed.close')}
        </button>
      </div>
    </dialog>
  );
}
