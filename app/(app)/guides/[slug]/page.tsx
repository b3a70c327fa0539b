import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getSafetySettings } from '@/lib/settings/service';
import { GUIDE_SLUGS, isGuideSlug } from '../slugs';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  if (!isGuideSlug(slug)) return {};
  const t = await getTranslations('guides');
  return { title: t(`items.${slug}.title`) };
}

/** One guide: a few short sections, then one thing to try now. */
export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  const t = await getTranslations('guides');
  const ti = await getTranslations('insight');
  // The emergency number is the one an admin set, so the guides never go stale.
  const { emergencyNumber: number } = await getSafetySettings(await getDb());
  const sections = Object.keys(t.raw(`items.${slug}.sections`) as Record<string, unknown>);
  const next = GUIDE_SLUGS[(GUIDE_SLUGS.indexOf(slug) + 1) % GUIDE_SLUGS.length];
  return (
    <article data-testid="guide-page" data-guide={slug} className="space-y-6">
      <div>
        <Link href="/guides" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t(`items.${slug}.title`)}</h1>
        <p className="mt-1 text-lg text-muted">{t(`items.${slug}.summary`)}</p>
        <p className="mt-1 text-sm text-muted">{t('readTime')}</p>
      </div>
      {sections.map((key) => (
        <section key={key} aria-labelledby={`guide-${key}`} className="space-y-1">
          <h2 id={`guide-${key}`} className="text-lg font-semibold">
            {t(`items.${slug}.sections.${key}.heading`)}
          </h2>
          <p>{t(`items.${slug}.sections.${key}.body`, { number })}</p>
        </section>
      ))}
      <section aria-labelledby="guide-try" data-testid="guide-try" className="card space-y-2 border-l-4 border-l-ok bg-ok-soft">
        <h2 id="guide-try" className="text-lg font-semibold text-ok">
          {t('tryThis')}
        </h2>
        <p className="text-lg">{t(`items.${slug}.try`, { number })}</p>
      </section>
      {slug === 'seek-help' && (
        <a href={`tel:${number.replace(/[^0-9+]/g, '')}`} className="btn-danger w-full text-lg">
          {ti('emergency', { number })}
        </a>
      )}
      <p className="text-sm text-muted">{t('disclaimer')}</p>
      <Link href={`/guides/${next}`} className="btn-secondary w-full">
        {t(`items.${next}.title`)}
        <span aria-hidden="true">&nbsp;›</span>
      </Link>
    </article>
  );
}
