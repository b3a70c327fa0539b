'use client';
/**
 * What she writes with no signal is kept on the phone and sent when the connection returns.
 *
 * Usage (a client component; the JSON API must honour Idempotency-Key on that POST):
 *
 *   import { submitOrQueue, onQueueSent, useOfflineQueue } from '@/lib/offline/queue';
 *
 *   const result = await submitOrQueue({ url: '/api/v1/checkins', body: { mood: 4, sleepHours: 3 }, kind: 'checkin' });
 *   if (result.status === 'queued') setNotice(t('offline.queued'));     // role="status"
 *   else if (result.response.ok) showSaved(await result.response.json());
 *   else showErrors(await result.response.json());                     // { error: { code, message, fields } }
 *
 *   // When a queued one goes out later (on 'online', or on the next page load):
 *   useEffect(() => onQueueSent('checkin', ({ ok, data }) => ok && showSaved(data)), []);
 *   const { online, pending } = useOfflineQueue();
 *
 * Each entry gets its Idempotency-Key when it is queued, so a resend after a lost response never
 * creates twice. Entries go out in order, one at a time, and are dropped after any answer but a
 * network error, 408, 429 or 5xx (a 400 would fail the same way every time). They belong to the
 * person signed in when they were written: another person signing in on the phone drops them.
 */
import { useSyncExternalStore } from 'react';

export interface QueuedRequest {
  id: string;
  url: string;
  body: unknown;
  kind: string;
  owner: string | null;
  queuedAt: string;
}

export type SubmitResult = { status: 'sent'; response: Response } | { status: 'queued'; id: string };

export interface SentEvent {
  id: string;
  kind: string;
  url: string;
  ok: boolean;
  status: number;
  data: unknown;
}

const STORE_KEY = 'village:offline-queue';
const OWNER_KEY = 'village:viewer';
const RETRY_MS = 30_000;

const listeners = new Set<() => void>();
const sentListeners = new Set<(e: SentEvent) => void>();
let networkDown = false;
let flushing: Promise<void> | null = null;

const isBrowser = () => typeof window !== 'undefined';

function readAll(): QueuedRequest[] {
  if (!isBrowser()) return [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedRequest[]) : [];
  } catch {
    return [];
  }
}

function writeAll(items: QueuedRequest[]) {
  localStorage.setItem(STORE_KEY, JSON.stringify(items));
  notify();
}

function notify() {
  snapshot = computeSnapshot();
  for (const l of listeners) l();
}

function currentOwner(): string | null {
  return isBrowser() ? localStorage.getItem(OWNER_KEY) : null;
}

function isOnline() {
  return isBrowser() && navigator.onLine && !networkDown;
}

/** A fetch that failed before any answer came back: offline, DNS, connection reset. */
function isNetworkError(err: unknown) {
  return err instanceof TypeError;
}

function newKey() {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function post(item: Pick<QueuedRequest, 'url' | 'body' | 'id'>) {
  return fetch(item.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': item.id },
    body: JSON.stringify(item.body ?? {}),
    credentials: 'same-origin',
  });
}

function enqueue(item: QueuedRequest) {
  writeAll([...readAll(), item]);
}

/**
 * POSTs `body` as JSON to `url`, or keeps it for later when there is no connection. A 4xx or
 * 5xx answer is `sent` too: the caller reads `response` and shows what went wrong.
 */
export async function submitOrQueue({ url, body, kind }: { url: string; body: unknown; kind: string }): Promise<SubmitResult> {
  const item: QueuedRequest = { id: newKey(), url, body, kind, owner: currentOwner(), queuedAt: new Date().toISOString() };
  // Earlier entries go first, so a new one never overtakes them.
  const waiting = () => readAll().some((q) => q.owner === item.owner);
  if (isOnline() && waiting()) await flushQueue();
  if (!isOnline() || waiting()) {
    enqueue(item);
    return { status: 'queued', id: item.id };
  }
  try {
    const response = await post(item);
    return { status: 'sent', response };
  } catch (err) {
    if (!isNetworkError(err)) throw err;
    setNetworkDown(true);
    enqueue(item);
    return { status: 'queued', id: item.id };
  }
}

function setNetworkDown(down: boolean) {
  if (networkDown === down) return;
  networkDown = down;
  notify();
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

const retryLater = (status: number) => status === 408 || status === 429 || status >= 500;

async function flushOnce() {
  const owner = currentOwner();
  for (;;) {
    const next = readAll().find((q) => q.owner === owner);
    if (!next || !navigator.onLine) return;
    let response: Response;
    try {
      response = await post(next);
    } catch (err) {
      if (isNetworkError(err)) setNetworkDown(true);
      return;
    }
    setNetworkDown(false);
    if (retryLater(response.status)) return;
    writeAll(readAll().filter((q) => q.id !== next.id));
    const event: SentEvent = { id: next.id, kind: next.kind, url: next.url, ok: response.ok, status: response.status, data: await readBody(response) };
    for (const l of sentListeners) l(event);
  }
}

/** Sends what is waiting, in order, once each. Safe to call at any time and from any tab. */
export function flushQueue(): Promise<void> {
  if (!isBrowser()) return Promise.resolve();
  flushing ??= (async () => {
    try {
      // Two tabs flushing together would only be saved by the idempotency keys; a lock avoids it.
      if (navigator.locks) await navigator.locks.request('village:offline-queue', flushOnce);
      else await flushOnce();
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Calls `handler` when a queued request of this kind has been answered. Returns the unsubscribe. */
export function onQueueSent(kind: string, handler: (e: SentEvent) => void): () => void {
  const l = (e: SentEvent) => {
    if (e.kind === kind) handler(e);
  };
  sentListeners.add(l);
  return () => sentListeners.delete(l);
}

/**
 * Who is signed in on this phone (null when nobody). Entries written by someone else are
 * dropped: they can no longer be sent on their behalf. Returns whether the person changed.
 */
export function setQueueOwner(owner: string | null): boolean {
  if (!isBrowser()) return false;
  const before = currentOwner();
  if (owner) localStorage.setItem(OWNER_KEY, owner);
  else localStorage.removeItem(OWNER_KEY);
  const items = readAll();
  const mine = items.filter((q) => q.owner === owner);
  if (mine.length !== items.length) writeAll(mine);
  else notify();
  return before !== owner;
}

let started = false;
/** Starts listening for the connection (once per tab) and sends what an earlier visit left. */
export function startOfflineQueue() {
  if (!isBrowser() || started) return;
  started = true;
  const wake = () => {
    setNetworkDown(false);
    void flushQueue();
  };
  window.addEventListener('online', wake);
  window.addEventListener('offline', notify);
  window.addEventListener('storage', (e) => {
    if (e.key === STORE_KEY || e.key === OWNER_KEY) notify();
  });
  // navigator.onLine can say "online" behind a dead connection: try again now and then.
  setInterval(() => {
    if (navigator.onLine && readAll().some((q) => q.owner === currentOwner())) wake();
  }, RETRY_MS);
  void flushQueue();
}

interface QueueState {
  online: boolean;
  pending: number;
}

function computeSnapshot(): QueueState {
  if (!isBrowser()) return SERVER_STATE;
  const owner = currentOwner();
  return { online: isOnline(), pending: readAll().filter((q) => q.owner === owner).length };
}

const SERVER_STATE: QueueState = { online: true, pending: 0 };
let snapshot: QueueState = SERVER_STATE;

function subscribe(l: () => void) {
  listeners.add(l);
  window.addEventListener('online', l);
  window.addEventListener('offline', l);
  return () => {
    listeners.delete(l);
    window.removeEventListener('online', l);
    window.removeEventListener('offline', l);
  };
}

function getSnapshot() {
  const fresh = computeSnapshot();
  if (fresh.online !== snapshot.online || fresh.pending !== snapshot.pending) snapshot = fresh;
  return snapshot;
}

/** Whether the phone is online, and how many of her requests are waiting to be sent. */
export function useOfflineQueue(): QueueState {
  return useSyncExternalStore(subscribe, getSnapshot, () => SERVER_STATE);
}
