import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { listCheckins } from '@/lib/checkins/service';
import { InsightDoctor } from './insight-doctor';

/** On her home page: the way into today's check-in, and the doctor prompt when two weeks call for it. */
export async function CheckinHomeCard({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations('home');
  const { items, insight, today } = await listCheckins(await getDb(), viewer, { days: 14 });
  const done = items.some((c) => c.date === today);
  return (
    <>
      {insight.seeDoctor && insight.help && <InsightDoctor help={insight.help} />}
      <section aria-labelledby="home-checkin" data-testid="home-checkin" className="card space-y-3 border-2 border-accent-soft">
        <h2 id="home-checkin" className="text-lg font-semibold">
          {t('checkinTitle')}
        </h2>
        <p className="text-muted">{done ? t('checkinDone') : t('checkinLead')}</p>
        <Link href="/checkins" className={`${done ? 'btn-secondary' : 'btn-primary'} w-full text-lg`}>
          {done ? t('checkinAgain') : t('checkinCta')}
        </Link>
        <Link href="/guides" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('guidesLink')}
        </Link>
      </section>
    </>
  );
}
