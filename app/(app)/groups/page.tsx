import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { listGroups } from '@/lib/groups/service';
import { AliasForm } from './alias-form';
import { GroupCard } from './group-card';

export async function generateMetadata() {
  const t = await getTranslations('groups');
  return { title: t('title') };
}

/** The topic groups, joined or not, and the name she goes by in them. */
export default async function GroupsPage() {
  const viewer = await requireViewer('/groups');
  const t = await getTranslations('groups');
  const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
  const { items, profile } = await listGroups(await getDb(), viewer);
  const card = (g: (typeof items)[number]) => (
    <GroupCard
      key={g.id}
      group={{ id: g.id, name: g.name[locale], description: g.description[locale], memberCount: g.memberCount, joined: g.joined }}
      hasAlias={profile !== null}
    />
  );
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      {profile && (
        <section aria-labelledby="my-alias-title" className="card space-y-2">
          <h2 id="my-alias-title" className="text-lg font-semibold">
            {t('alias.title')}
          </h2>
          <AliasForm alias={profile.alias} />
        </section>
      )}
      <section aria-labelledby="groups-list-title">
        <h2 id="groups-list-title" className="mb-1 text-lg font-semibold">
          {t('allGroups')}
        </h2>
        <p className="mb-3 text-sm text-muted">{t('privacy')}</p>
        <ul className="space-y-3">{items.map(card)}</ul>
      </section>
    </div>
  );
}
