'use client';
import { useTranslations } from 'next-intl';
import { useOfflineQueue } from '@/lib/offline/queue';

/** A calm line under the header while there is no connection, and what is waiting to go. */
export function OfflineBanner() {
  const t = useTranslations('offline');
  const { online, pending } = useOfflineQueue();
  const show = !online || pending > 0;
  return (
    <div role="status" aria-live="polite" data-testid="offline-banner" data-online={online ? 'true' : 'false'}>
      {show && (
        <p className="border-b border-sand-200 bg-sand-100 px-4 py-2 text-center text-sm font-semibold text-ink">
          {online ? null : t('banner')}
          {pending > 0 && <span className="block font-normal text-muted">{t('pending', { count: pending })}</span>}
        </p>
      )}
    </div>
  );
}
