/*
 * Village's service worker: the app shell from cache, pages from the network with the last
 * copy as a fallback, so a board she loaded at home still opens on a bus with no signal.
 *
 * Never cached: anything but GET, /api/**, /socket.io/**, other origins, and React Server
 * Component fetches (client-side navigations; when they fail offline, Next falls back to a
 * full navigation, which this worker answers). Bump VERSION to drop every old cache.
 * components/pwa-client.tsx empties the pages cache when the person signed in changes.
 */
const VERSION = 'v1';
const SHELL = `village-shell-${VERSION}`;
const PAGES = `village-pages-${VERSION}`;
const OFFLINE_URL = '/offline.html';
const PRECACHE = [OFFLINE_URL, '/icons/icon-192.png', '/icons/icon-512.png', '/manifest.webmanifest'];
// Enough for her circles, boards and weeks; the oldest copies go first.
const MAX_PAGES = 40;
const MAX_SHELL = 200;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('village-') && n !== SHELL && n !== PAGES).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// Most moves inside the app are client-side (no navigation reaches this worker), so the page
// tells it which screens she opened; those worth having offline are fetched and kept.
const KEEP_OFFLINE = [/^\/$/, /^\/circles\/[^/]+(\/(chores|week))?$/, /^\/checkins$/, /^\/guides(\/[^/]+)?$/];

async function keepPage(href) {
  const url = new URL(href, self.location.origin);
  if (url.origin !== self.location.origin || !KEEP_OFFLINE.some((re) => re.test(url.pathname))) return;
  const request = new Request(url.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
  const response = await fetch(request);
  const type = response.headers.get('content-type') || '';
  if (response.ok && !response.redirected && type.includes('text/html')) {
    await (await caches.open(PAGES)).put(request, response);
    void trim(PAGES, MAX_PAGES);
  }
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'keep-page' && typeof data.url === 'string') event.waitUntil(keepPage(data.url).catch(() => {}));
});

function isShellAsset(url) {
  return (
    url.pathname.startsWith('/_next/static/') ||
    url.pathname.startsWith('/icons/') ||
    url.pathname === '/icon.svg' ||
    url.pathname === '/apple-icon.png' ||
    url.pathname === '/manifest.webmanifest'
  );
}

async function trim(cacheName, max) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((k) => cache.delete(k)));
}

// Hashed files under /_next/static never change: the first copy is the right one.
async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    await cache.put(request, response.clone());
    void trim(SHELL, MAX_SHELL);
  }
  return response;
}

async function networkFirstPage(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    const type = response.headers.get('content-type') || '';
    // A redirect (e.g. to sign-in when the session ended) is not the page she asked for.
    if (response.ok && !response.redirected && type.includes('text/html')) {
      await cache.put(request, response.clone());
      void trim(PAGES, MAX_PAGES);
    }
    return response;
  } catch (err) {
    const copy = await cache.match(request, { ignoreVary: true });
    if (copy) return copy;
    const offline = await caches.match(OFFLINE_URL);
    if (offline) return offline;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/') || url.pathname === '/sw.js') return;
  if (request.headers.get('RSC') === '1' || url.searchParams.has('_rsc')) return;

  if (request.mode === 'navigate') {
    event.respondWith(networkFirstPage(request));
    return;
  }
  if (isShellAsset(url)) event.respondWith(cacheFirst(request));
});
