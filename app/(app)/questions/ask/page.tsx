import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { getSafetySettings } from '@/lib/settings/service';
import { AskForm } from './ask-form';

export async function generateMetadata() {
  const t = await getTranslations('questions');
  return { title: t('form.title') };
}

/** She asks: a few words, a little more, topics, anonymous if she likes; help at once for a red flag. */
export default async function AskPage() {
  const viewer = await requireViewer('/questions/ask');
  const t = await getTranslations('questions');
  const safety = await getSafetySettings(await getDb());
  return (
    <div className="space-y-6">
      <div>
        <Link href="/questions" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('question.back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('form.title')}</h1>
        <p className="mt-1 text-muted">{t('form.lead')}</p>
      </div>
      <AskForm safety={safety} draftKey={`village:ask-draft:${viewer.id}`} />
    </div>
  );
}
