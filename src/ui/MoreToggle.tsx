import type { ReactNode } from 'react';

/**
 * The button that folds a bar's secondary controls out on a phone (hidden on wider screens by CSS, where
 * they always show).
 */
export function MoreToggle({
  controls,
  open,
  onToggle,
  children,
}: {
  /** The id of the folded region. */
  controls: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="more-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {children}
    </button>
  );
}
