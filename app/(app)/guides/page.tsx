import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GUIDE_SLUGS } from './slugs';

export async function generateMetadata() {
  const t = await getTranslations('guides');
  return { title: t('title') };
}

/** Open to everyone, signed in or not: a partner can read them before accepting an invitation. */
export default async function GuidesPage() {
  const t = await getTranslations('guides');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      <ul className="space-y-3">
        {GUIDE_SLUGS.map((slug) => (
          <li key={slug}>
            <Link href={`/guides/${slug}`} className="card block space-y-1 hover:border-accent">
              <span className="block text-lg font-semibold text-accent-strong underline-offset-4">{t(`items.${slug}.title`)}</span>
              <span className="block text-muted">{t(`items.${slug}.summary`)}</span>
              <span className="block text-sm text-muted">{t('readTime')}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{t('disclaimer')}</p>
    </div>
  );
}
