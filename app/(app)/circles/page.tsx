import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { listCircles } from '@/lib/circles/service';
import { CreateCircleForm } from './create-circle-form';

export async function generateMetadata() {
  const t = await getTranslations('circles');
  return { title: t('title') };
}

export default async function CirclesPage() {
  const viewer = await requireViewer('/circles');
  const t = await getTranslations('circles');
  const circles = await listCircles(await getDb(), viewer);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      {circles.length > 0 ? (
        <ul className="space-y-3" aria-label={t('listLabel')}>
          {circles.map((c) => (
            <li key={c.id}>
              <Link href={`/circles/${c.id}`} className="card flex min-h-11 items-center justify-between gap-3 hover:border-accent">
                <span>
                  <span className="block text-lg font-semibold">{c.name}</span>
                  <span className="block text-sm text-muted">
                    {t('memberCount', { count: c.memberCount })} · {c.myRole === 'owner' ? t('youOwn') : t('youBelong')}
                  </span>
                </span>
                <span aria-hidden="true" className="text-2xl text-accent">
                  ›
                </span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card text-muted">{t('none')}</p>
      )}
      <section aria-labelledby="create-circle" className="card">
        <h2 id="create-circle" className="mb-1 text-lg font-semibold">
          {t('createTitle')}
        </h2>
        <p className="mb-4 text-sm text-muted">{t('createLead')}</p>
        <CreateCircleForm suggestedName={t('namePlaceholder', { name: viewer.name })} />
      </section>
    </div>
  );
}
