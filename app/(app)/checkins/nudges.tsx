import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** Water and meal nudges, from the article's numbers, when her last week fell short. */
export function Nudges({ nudges }: { nudges: ('water' | 'meals')[] }) {
  const t = useTranslations('checkins');
  const tg = useTranslations('guides');
  if (nudges.length === 0) return null;
  return (
    <section data-testid="checkin-nudges" aria-labelledby="nudges-title" className="card space-y-2 bg-sand-50">
      <h2 id="nudges-title" className="text-lg font-semibold">
        {t('nudgeTitle')}
      </h2>
      {nudges.includes('water') && <p>{t('nudgeWater')}</p>}
      {nudges.includes('meals') && <p>{t('nudgeMeals')}</p>}
      <Link href="/guides/food-and-water" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
        {tg('items.food-and-water.title')}
      </Link>
    </section>
  );
}
