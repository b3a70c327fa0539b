'use client';
import { useEffect } from 'react';
import { setQueueOwner, startOfflineQueue } from '@/lib/offline/queue';

const PAGES_CACHE_PREFIX = 'village-pages-';

/**
 * Registers the service worker (production only: in development it would serve stale bundles)
 * and starts the offline queue. When the person signed in on this phone changes — signing out
 * included — the pages kept for offline use and anything left unsent are hers, not the next
 * person's: both go.
 */
export function PwaClient({ viewerId }: { viewerId: string | null }) {
  useEffect(() => {
    const changed = setQueueOwner(viewerId);
    if (changed && 'caches' in window) {
      void caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith(PAGES_CACHE_PREFIX)).map((n) => caches.delete(n))));
    }
    startOfflineQueue();
  }, [viewerId]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // After the page has loaded, so the worker's own downloads never compete with the first paint.
    const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);

  return null;
}
