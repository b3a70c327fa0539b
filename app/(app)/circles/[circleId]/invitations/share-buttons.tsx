'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';

/** Copies a value; says so for two seconds (and to screen readers). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations('invitations');
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setFailed(false);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setFailed(true);
    }
  }
  return (
    <span className="inline-flex flex-col">
      <button type="button" className="btn-secondary" onClick={copy}>
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-ok">
        {copied ? t('copied') : ''}
      </span>
      {failed && <span className="text-sm text-danger">{t('copyFailed')}</span>}
    </span>
  );
}

/** The phone's own share sheet (Zalo, Messenger…), shown only where the browser has one. */
export function ShareButton({ title, text, url }: { title: string; text: string; url: string }) {
  const t = useTranslations('invitations');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    // navigator exists only in the browser: decide after hydration so server and client agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCanShare(typeof navigator !== 'undefined' && typeof navigator.share === 'function');
  }, []);
  if (!canShare) return null;
  return (
    <button
      type="button"
      className="btn-primary"
      onClick={() => {
        navigator.share({ title, text, url }).catch(() => {
          // Closing the share sheet rejects; nothing to tell her.
        });
      }}
    >
      {t('share')}
    </button>
  );
}
