'use client';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { QuestionView } from '@/lib/questions/serialize';
import { QuestionCard } from './question-card';

const PAGE = 20;

/** The questions, twenty at a time: "show more" asks for those asked before the last one shown. */
export function QuestionList({ initial, params, emptyText }: { initial: QuestionView[]; params: Record<string, string>; emptyText: string }) {
  const t = useTranslations('questions');
  const [items, setItems] = useState(initial);
  const [fromServer, setFromServer] = useState(initial);
  const [more, setMore] = useState(initial.length >= PAGE);
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // New filters (a new server render) start the list again.
  if (fromServer !== initial) {
    setFromServer(initial);
    setItems(initial);
    setMore(initial.length >= PAGE);
    setStatus('');
  }

  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLAnchorElement>(`[data-question-id="${focusId}"] a`)?.focus();
  }, [focusId]);

  async function loadMore() {
    const last = items[items.length - 1];
    if (!last) return;
    setLoading(true);
    setFailed(false);
    try {
      const qs = new URLSearchParams({ ...params, limit: String(PAGE), before: last.createdAt });
      const res = await fetch(`/api/v1/questions?${qs}`, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as { items: QuestionView[] };
      const fresh = data.items.filter((q) => !items.some((x) => x.id === q.id));
      setItems((list) => [...list, ...fresh]);
      setMore(data.items.length >= PAGE && fresh.length > 0);
      setStatus(t('loaded', { count: fresh.length }));
      if (fresh[0]) setFocusId(fresh[0].id);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  if (items.length === 0) return <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{emptyText}</p>;
  return (
    <div className="space-y-4">
      <ul ref={listRef} data-testid="question-list" className="space-y-3">
        {items.map((q) => (
          <QuestionCard key={q.id} q={q} />
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
      {failed && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
          {t('loadFailed')}
        </p>
      )}
      {more ? (
        <button type="button" className="btn-secondary w-full" onClick={loadMore} disabled={loading} aria-disabled={loading}>
          {loading ? t('loading') : t('loadMore')}
        </button>
      ) : (
        items.length >= PAGE && <p className="text-center text-sm text-muted">{t('end')}</p>
      )}
    </div>
  );
}
