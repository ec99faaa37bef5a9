import { useState } from 'react';
import type { MessageKey } from '../../i18n/index.ts';
import { useT } from '../useT.ts';

/** Copies `text` and says so; a refused clipboard (an embed without permission) leaves the label alone. */
export function CopyButton({ text, label }: { text: string; label: MessageKey }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(text),
          () => setCopied(null),
        )
      }
    >
      {copied === text ? t('cite.copied') : t(label)}
    </button>
  );
}
