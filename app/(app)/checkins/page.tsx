import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { listCheckins } from '@/lib/checkins/service';
import { listCircles } from '@/lib/circles/service';
import { getSafetySettings } from '@/lib/settings/service';
import { CheckinChart } from './checkin-chart';
import { CheckinForm } from './checkin-form';
import { InsightDoctor } from './insight-doctor';
import { Nudges } from './nudges';

export async function generateMetadata() {
  const t = await getTranslations('checkins');
  return { title: t('title') };
}

/** Her private check-in: the form, her last weeks at a glance, and a kind word when it's time to see a doctor. */
export default async function CheckinsPage() {
  const viewer = await requireViewer('/checkins');
  const db = await getDb();
  const t = await getTranslations('checkins');
  const [list, safety, circles] = await Promise.all([listCheckins(db, viewer, { days: 30 }), getSafetySettings(db), listCircles(db, viewer)]);
  // She tells the circles she started (her family); if she only belongs to others, those.
  const owned = circles.filter((c) => c.myRole === 'owner');
  const shareTo = (owned.length ? owned : circles).map((c) => ({ id: c.id, name: c.name }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      {list.insight.seeDoctor && list.insight.help && <InsightDoctor help={list.insight.help} />}
      <CheckinForm today={list.today} items={list.items} safety={safety} shareTo={shareTo} viewerName={viewer.name} />
      <CheckinChart items={list.items} today={list.today} />
      <Nudges nudges={list.insight.nudges} />
      <nav aria-labelledby="checkin-guides" className="card space-y-2">
        <h2 id="checkin-guides" className="text-lg font-semibold">
          {t('guidesTitle')}
        </h2>
        <ul className="space-y-1">
          <li>
            <Link href="/guides/seek-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {t('seekHelpLink')}
            </Link>
          </li>
          <li>
            <Link href="/guides/rest-and-calm" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {(await getTranslations('guides'))('items.rest-and-calm.title')}
            </Link>
          </li>
          <li>
            <Link href="/guides/food-and-water" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
              {(await getTranslations('guides'))('items.food-and-water.title')}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
