import { useEffect, useRef } from 'react';
import type { DataIssue } from '../data/issues.ts';
import { DataError } from '../data/issues.ts';
import { isMessageKey, type MessageKey, type Translate } from '../i18n/index.ts';
import type { Manifest } from '../data/schema.ts';
import { LastValidVersionOffer } from './LastValidVersionOffer.tsx';
import { useT } from './useT.ts';

/** Translates a parameter that is itself a message key (a format, a reference kind); else shows it as is. */
function param(t: Translate, prefix: string, value: string | number | undefined) {
  if (value === undefined) return '';
  const key = `${prefix}${value}`;
  return isMessageKey(key) ? t(key) : String(value);
}

export function describeIssue(t: Translate, issue: DataIssue): { where: string; what: string } {
  const p = issue.params ?? {};
  const where = issue.record
    ? issue.field
      ? t('error.whereField', { file: issue.file, record: issue.record, field: issue.field })
      : t('error.whereRecord', { file: issue.file, record: issue.record })
    : issue.field
      ? t('error.whereFileField', { file: issue.file, field: issue.field })
      : t('error.where', { file: issue.file });
  const params = { ...p, format: param(t, '', p.format), kind: param(t, 'ref.', p.kind) };
  return { where, what: t(`issue.${issue.code}` as MessageKey, params) };
}

/** Seconds between a presentation's or kiosk's own retries after a failure (the network may come back). */
export const AUTO_RETRY_S = 60;
/** Seconds a presentation or kiosk shows a data error before it opens the last version that validates. */
export const FALLBACK_AUTO_OPEN_S = 10;

interface Props {
  error: unknown;
  manifest?: Manifest;
  failedVersion?: string;
  onRetry?: () => void;
  /** Open the last version that validates by itself after this many seconds (rooms nobody clicks in). */
  autoOpenSeconds?: number;
  /** Retry by itself this often (rooms nobody clicks in: a kiosk that booted while the network was down). */
  autoRetrySeconds?: number;
}

/** What went wrong, where, and what the reader can do: in their language, never a stack trace. */
export function ErrorPanel({
  error,
  manifest,
  failedVersion,
  onRetry,
  autoOpenSeconds,
  autoRetrySeconds,
}: Props) {
  const t = useT();
  const autoRetry = onRetry !== undefined && autoRetrySeconds !== undefined;
  // The latest callback, so the timer is not restarted (and never fires) when the parent re-renders.
  const retry = useRef(onRetry);
  useEffect(() => {
    retry.current = onRetry;
  }, [onRetry]);
  useEffect(() => {
    if (!autoRetry) return;
    const timer = setInterval(() => retry.current?.(), autoRetrySeconds * 1000);
    return () => clearInterval(timer);
  }, [autoRetry, autoRetrySeconds]);
  const issues = error instanceof DataError ? error.issues : [];
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{t('error.title')}</h2>
      <p>{t('error.meaning')}</p>
      {issues.length > 0 ? (
        <ul className="error-list">
          {issues.slice(0, 50).map((issue, i) => {
            const { where, what } = describeIssue(t, issue);
            return (
              <li key={i}>
                <code>{where}</code>: {what}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('error.unexpected')}</p>
      )}
      <p>{t('error.action')}</p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            {t('error.retry')}
          </button>
        )}
        {autoRetry && <span>{t('error.autoRetry', { seconds: autoRetrySeconds })}</span>}
      </div>
      {manifest && (
        <LastValidVersionOffer
          manifest={manifest}
          failedVersion={failedVersion}
          autoOpenSeconds={autoOpenSeconds}
        />
      )}
    </section>
  );
}
