import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { getCircle, listCircles } from '@/lib/circles/service';
import { CreateCircleForm } from './circles/create-circle-form';

/** "Your circle today": each of her circles with its people, and the next useful step. */
export async function Home({ viewer }: { viewer: Viewer }) {
  const db = await getDb();
  const t = await getTranslations('home');
  const tr = await getTranslations('relationships');
  const list = await listCircles(db, viewer);
  const circles = await Promise.all(list.map((c) => getCircle(db, viewer, c.id)));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('greeting', { name: viewer.name })}</h1>
        <p className="mt-1 text-muted">{circles.length ? t('lead') : t('leadEmpty')}</p>
      </div>

      {circles.length === 0 && (
        <section aria-labelledby="start" className="card space-y-3">
          <h2 id="start" className="text-lg font-semibold">
            {t('startTitle')}
          </h2>
          <p className="text-muted">{t('startLead')}</p>
          <CreateCircleForm suggestedName={t('namePlaceholder', { name: viewer.name })} />
          <p className="border-t border-sand-200 pt-3 text-sm text-muted">
            {t('invitedInstead')}{' '}
            <Link href="/join" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {t('enterCode')}
            </Link>
          </p>
        </section>
      )}

      {circles.map((circle) => (
        <section key={circle.id} aria-labelledby={`circle-${circle.id}`} className="card space-y-4">
          <div className="flex items-baseline justify-between gap-3">
            <h2 id={`circle-${circle.id}`} className="text-lg font-semibold">
              <Link href={`/circles/${circle.id}`} className="underline-offset-4 hover:underline">
                {circle.name}
              </Link>
            </h2>
            <span className="shrink-0 text-sm text-muted">{t('memberCount', { count: circle.members.length })}</span>
          </div>
          <ul className="space-y-2">
            {[...circle.members].sort((a, b) => (a.role === b.role ? 0 : a.role === 'owner' ? -1 : 1)).map((m) => (
              <li key={m.userId} className="flex items-center gap-3">
                <span aria-hidden="true" className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-sand-100 font-semibold text-accent-strong">
                  {m.name.trim().charAt(0).toUpperCase()}
                </span>
                <span>
                  <span className="font-semibold">{m.name}</span>
                  {m.userId === viewer.id && <span className="text-muted"> {t('you')}</span>}
                  <span className="block text-sm text-muted">{tr(m.relationship)}</span>
                </span>
              </li>
            ))}
          </ul>
          <div className="flex flex-col gap-2 sm:flex-row">
            {circle.myRole === 'owner' && (
              <Link href={`/circles/${circle.id}/invitations`} className="btn-primary w-full sm:w-auto">
                {circle.members.length === 1 ? t('inviteFirst') : t('invite')}
              </Link>
            )}
            <Link href={`/circles/${circle.id}`} className="btn-secondary w-full sm:w-auto">
              {t('open')}
            </Link>
          </div>
        </section>
      ))}
    </div>
  );
}
