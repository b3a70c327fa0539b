import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { myExpertProfile } from '@/lib/questions/service';
import { ApplyForm } from './apply-form';
import { ApplicationStatus } from './application-status';

export async function generateMetadata() {
  const t = await getTranslations('experts');
  return { title: t('apply.title') };
}

/** A health worker applies to answer; she sees where her application stands and why. */
export default async function ApplyPage() {
  const viewer = await requireViewer('/experts/apply');
  const t = await getTranslations('experts');
  const { application } = await myExpertProfile(await getDb(), viewer);
  const canApply = !application || application.status === 'pending' || application.status === 'declined';
  return (
    <div className="space-y-6">
      <div>
        <Link href="/questions" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
          <span aria-hidden="true">‹&nbsp;</span>
          {t('apply.back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('apply.title')}</h1>
        <p className="mt-1 text-muted">{t('apply.lead')}</p>
      </div>
      {application && <ApplicationStatus application={application} />}
      {canApply && (
        <section aria-labelledby="apply-form-title" className="card space-y-4">
          <h2 id="apply-form-title" className="text-lg font-semibold">
            {application?.status === 'pending' ? t('apply.formTitleUpdate') : application?.status === 'declined' ? t('apply.formTitleAgain') : t('apply.formTitle')}
          </h2>
          <ApplyForm current={application} />
        </section>
      )}
    </div>
  );
}
