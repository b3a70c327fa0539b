import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listGroups } from '@/lib/groups/service';
import { listWatchedWords } from '@/lib/moderation/service';
import { requireModeratorPage, viewerIsModerator } from '../load-moderator';
import { AddWordForm } from './add-word-form';
import { SlowModeForm } from './slow-mode-form';
import { TestSentence } from './test-sentence';
import { WatchedWordList } from './watched-word-list';

export async function generateMetadata() {
  if (!(await viewerIsModerator())) return {};
  return { title: (await getTranslations('moderation'))('settings.title') };
}

/** Watched words, a sandbox to try a sentence against them and the guard, and slow mode per group. */
export default async function ModerationSettingsPage() {
  const viewer = await requireModeratorPage('/moderation/settings');
  const t = await getTranslations('moderation');
  const locale = (await getLocale()) === 'en' ? 'en' : 'vi';
  const db = await getDb();
  const [words, groups] = await Promise.all([listWatchedWords(db, viewer), listGroups(db, viewer)]);
  const groupOptions = groups.items.map((g) => ({ id: g.id, name: g.name[locale] }));
  const groupNames = Object.fromEntries(groupOptions.map((g) => [g.id, g.name]));
  return (
    <div className="space-y-8">
      <div>
        <Link href="/moderation" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('queueTitle')}
        </Link>
        <h1 className="text-2xl font-bold">{t('settings.title')}</h1>
        <p className="mt-1 text-muted">{t('settings.lead')}</p>
      </div>

      <section aria-labelledby="watched-words" className="space-y-4">
        <h2 id="watched-words" tabIndex={-1} className="text-xl font-semibold">
          {t('settings.wordsTitle')}
        </h2>
        <WatchedWordList words={words.items} groupNames={groupNames} />
        <div className="card">
          <h3 className="mb-3 text-lg font-semibold">{t('settings.addTitle')}</h3>
          <AddWordForm groups={groupOptions} />
        </div>
      </section>

      <section aria-labelledby="test-sentence" className="card space-y-3">
        <h2 id="test-sentence" className="text-xl font-semibold">
          {t('settings.testTitle')}
        </h2>
        <p className="text-muted">{t('settings.testLead')}</p>
        <TestSentence groups={groupOptions} />
      </section>

      <section aria-labelledby="slow-mode" className="space-y-3">
        <h2 id="slow-mode" className="text-xl font-semibold">
          {t('settings.slowTitle')}
        </h2>
        <p className="text-muted">{t('settings.slowLead')}</p>
        <ul className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
          {groups.items.map((g) => (
            <li key={g.id} className="px-4 py-3">
              <SlowModeForm groupId={g.id} groupName={g.name[locale]} minutes={g.slowModeMinutes} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
