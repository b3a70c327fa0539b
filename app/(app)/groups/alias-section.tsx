import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { getPeerProfile } from '@/lib/groups/service';
import { AliasForm } from './alias-form';

/** The account page's word on her group name: what it is and a way to change it, or where she'll choose it. */
export async function AliasSection({ viewer }: { viewer: Viewer }) {
  const t = await getTranslations('groups.alias');
  const profile = await getPeerProfile(await getDb(), viewer.id);
  return (
    <section aria-labelledby="peer-alias-title" className="card space-y-3">
      <h2 id="peer-alias-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-muted">{t('private')}</p>
      {profile ? (
        <AliasForm alias={profile.alias} />
      ) : (
        <p>
          {t('none')}{' '}
          <Link href="/groups" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
            {t('toGroups')}
          </Link>
        </p>
      )}
    </section>
  );
}
