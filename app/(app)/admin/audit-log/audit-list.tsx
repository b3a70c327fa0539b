'use client';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { listAuditLog } from '@/lib/moderation/service';
import { AUDIT_PAGE } from './page-size';

type Entry = Awaited<ReturnType<typeof listAuditLog>>['items'][number];

const KNOWN = [
  'moderation.approve',
  'moderation.reject',
  'moderation.watched_word.add',
  'moderation.watched_word.remove',
  'moderation.slow_mode',
  'moderation.silence',
  'moderation.unsilence',
  'admin.moderator.appoint',
  'admin.moderator.revoke',
  'settings.safety.update',
];

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

/** The log, newest first; older pages load below on demand. */
export function AuditList({ initialItems, groupNames }: { initialItems: Entry[]; groupNames: Record<string, string> }) {
  const t = useTranslations('admin');
  const format = useFormatter();
  const [items, setItems] = useState(initialItems);
  const [more, setMore] = useState(initialItems.length >= AUDIT_PAGE);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState(false);
  const [loading, startLoading] = useTransition();
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);

  // Keyboard and screen-reader users continue from the first entry that arrived.
  useEffect(() => {
    if (focusAt === null) return;
    (listRef.current?.children[focusAt] as HTMLElement | undefined)?.focus();
  }, [focusAt, items.length]);

  function loadOlder() {
    const last = items[items.length - 1];
    if (!last) return;
    startLoading(async () => {
      const res = await fetch(`/api/v1/admin/audit-log?limit=${AUDIT_PAGE}&cursor=${encodeURIComponent(last.cursor)}`, { credentials: 'same-origin' });
      if (!res.ok) {
        setError(true);
        return;
      }
      setError(false);
      const older = ((await res.json()) as { items: Entry[] }).items.filter((e) => !items.some((x) => x.id === e.id));
      const firstNew = items.length;
      setItems((list) => [...list, ...older]);
      setMore(older.length >= AUDIT_PAGE);
      setAnnouncement(t('auditLoaded', { count: older.length }));
      if (older.length) setFocusAt(firstNew);
    });
  }

  function group(id: unknown) {
    const key = str(id);
    return key ? (groupNames[key] ?? t('auditSomeGroup')) : t('auditAllGroups');
  }

  function describe(e: Entry): { title: string; detail?: string } {
    const d = (e.data ?? {}) as Record<string, unknown>;
    const key = e.action.replaceAll('.', '_');
    if (!KNOWN.includes(e.action)) return { title: e.action };
    switch (e.action) {
      case 'moderation.approve':
        return {
          title: t(`auditActions.${key}`, { group: group(d.groupId), edited: d.edited ? 'yes' : 'no' }),
          detail: d.reason ? t('auditHeldFor', { why: t.has(`auditWhy.${str(d.reason)}`) ? t(`auditWhy.${str(d.reason)}`) : str(d.reason) }) : undefined,
        };
      case 'moderation.reject':
        return { title: t(`auditActions.${key}`, { group: group(d.groupId) }), detail: d.decisionReason ? t('auditReason', { reason: str(d.decisionReason) }) : undefined };
      case 'moderation.watched_word.add':
      case 'moderation.watched_word.remove':
        return {
          title: t(`auditActions.${key}`, { word: str(d.word), scope: group(d.groupId) }),
          detail: t.has(`auditWordActions.${str(d.action)}`) ? t(`auditWordActions.${str(d.action)}`) : undefined,
        };
      case 'moderation.slow_mode':
        return { title: t(`auditActions.${key}`, { group: group(e.subject), minutes: num(d.minutes) }) };
      case 'moderation.silence':
        return { title: t(`auditActions.${key}`, { alias: str(d.alias), days: num(d.days) }), detail: d.reason ? t('auditReason', { reason: str(d.reason) }) : undefined };
      case 'moderation.unsilence':
        return { title: t(`auditActions.${key}`, { alias: str(d.alias) }) };
      case 'admin.moderator.appoint':
      case 'admin.moderator.revoke':
        return { title: t(`auditActions.${key}`, { email: str(d.email) }) };
      default:
        return { title: t(`auditActions.${key}`) };
    }
  }

  if (items.length === 0) return <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('auditEmpty')}</p>;
  return (
    <div className="space-y-4">
      <ol ref={listRef} data-testid="audit-log" className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
        {items.map((e) => {
          const { title, detail } = describe(e);
          return (
            <li key={e.id} tabIndex={-1} data-testid="audit-entry" data-action={e.action} className="space-y-0.5 px-4 py-3">
              <p className="font-semibold break-words">{title}</p>
              {detail && <p className="text-sm break-words">{detail}</p>}
              <p className="text-sm text-muted">
                {e.actor ? (e.actor.name ?? t('auditFormer')) : t('auditSystem')} ·{' '}
                <time dateTime={e.createdAt}>{format.dateTime(new Date(e.createdAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </p>
            </li>
          );
        })}
      </ol>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {t('auditFailed')}
        </p>
      )}
      {more ? (
        <button type="button" onClick={loadOlder} disabled={loading} className="btn-secondary w-full">
          {loading ? t('auditLoading') : t('auditLoadOlder')}
        </button>
      ) : (
        <p className="text-center text-sm text-muted">{t('auditEnd')}</p>
      )}
    </div>
  );
}
