'use client';
import { useEffect, useRef } from 'react';
import { usePathname } from 'next/navigation';
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

  // Client-side moves never reach the worker as navigations: tell it which page she has open, so
  // the board she looked at last is there when the signal is not (it keeps only a few kinds).
  const pathname = usePathname();
  const firstPage = useRef(true);
  useEffect(() => {
    const first = firstPage.current;
    firstPage.current = false;
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !navigator.onLine) return;
    // A full page load the worker already answered is already kept.
    if (first && navigator.serviceWorker.controller) return;
    let cancelled = false;
    void navigator.serviceWorker.ready.then((reg) => {
      if (!cancelled) reg.active?.postMessage({ type: 'keep-page', url: location.pathname });
    });
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    // After the page has loaded, so the worker's own downloads never compete with the first paint.
    const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);

  return null;
}
