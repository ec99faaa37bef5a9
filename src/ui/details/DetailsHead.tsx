import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../useT.ts';

/**
 * The heading of a node's or edge's details, with "Cite" and "Close". Focus moves to the heading when
 * something new is picked, so a keyboard or screen-reader user lands on what they chose rather than at
 * the top of the page (and the panel scrolls to its start).
 */
export function DetailsHead({
  title,
  selection,
  onClose,
}: {
  title: string;
  /** The picked node or edge id: focus moves when it changes, not when the language changes the title. */
  selection: string;
  onClose: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const setShareOpen = useAppStore((s) => s.setShareOpen);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);
  return (
    <div className="drawer-head">
      <h2 id="details-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <div className="drawer-actions">
        <button type="button" onClick={() => setShareOpen(true)}>
          {t('cite.open')}
        </button>
        <button type="button" onClick={onClose}>
          {t('details.close')}
        </button>
      </div>
    </div>
  );
}
