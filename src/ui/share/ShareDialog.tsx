import { useEffect, useRef } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { useT } from '../useT.ts';
import { CitationBlock } from './CitationBlock.tsx';
import { CopyButton } from './CopyButton.tsx';
import { embedSnippet } from './embedSnippet.ts';
import { useViewLink } from './useViewLink.ts';

/**
 * "Share & cite": the link to exactly this view, its citation in the reader's style and the embed code,
 * all pinned to the version on screen. Opened from the top bar, a node's or edge's details, or the table.
 */
export function ShareDialog({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = () => useAppStore.getState().setShareOpen(false);
  const scene = useScene(dataset, baseline);
  const link = useViewLink(dataset, scene);
  const code = embedSnippet(link, t('app.title'));
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal?.();
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby="share-title" onClose={close} onCancel={close}>
      <h2 id="share-title">{t('share.title')}</h2>
      <section aria-labelledby="share-link-title">
        <h3 id="share-link-title">{t('share.link', { version: dataset.version.id })}</h3>
        <input
          className="share-link"
          readOnly
          value={link}
          aria-labelledby="share-link-title"
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={link} label="share.copyLink" />
      </section>
      <CitationBlock dataset={dataset} scene={scene} />
      <section aria-labelledby="embed-title">
        <h3 id="embed-title">{t('embed.title')}</h3>
        <label htmlFor="embed-code">{t('embed.snippet')}</label>
        <textarea id="embed-code" readOnly value={code} rows={4} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton text={code} label="embed.copy" />
      </section>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('embed.close')}
        </button>
      </div>
    </dialog>
  );
}
