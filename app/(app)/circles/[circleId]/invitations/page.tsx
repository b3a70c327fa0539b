import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listInvitations } from '@/lib/circles/service';
import { baseUrlFrom } from '@/lib/http/base-url';
import { loadCircle } from '../../load-circle';
import { InviteForm } from './invite-form';
import { RevokeButton } from './revoke-button';

type Props = { params: Promise<{ circleId: string }> };

export async function generateMetadata() {
  if (!(await getViewer())) return {};
  const t = await getTranslations('invitations');
  return { title: t('title') };
}

export default async function InvitationsPage({ params }: Props) {
  const { circleId } = await params;
  const viewer = await requireViewer(`/circles/${circleId}/invitations`);
  const circle = await loadCircle(viewer, circleId);
  // Only the owner invites; for anyone else this page does not exist.
  if (circle.myRole !== 'owner') notFound();
  const open = await listInvitations(await getDb(), viewer, circle.id, baseUrlFrom(await headers()));
  const t = await getTranslations('invitations');
  const tr = await getTranslations('relationships');
  const format = await getFormatter();
  return (
    <div className="space-y-8">
      <div>
        <Link
          href={`/circles/${circle.id}`}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">‹&nbsp;</span>
          {circle.name}
        </Link>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      <section aria-labelledby="new-invitation" className="card">
        <h2 id="new-invitation" className="mb-3 text-lg font-semibold">
          {t('newTitle')}
        </h2>
        <InviteForm circleId={circle.id} circleName={circle.name} />
      </section>
      <section aria-labelledby="open-invitations">
        <h2 id="open-invitations" className="mb-3 text-lg font-semibold">
          {t('openTitle')}
        </h2>
        {open.length === 0 ? (
          <p className="text-muted">{t('openNone')}</p>
        ) : (
          <ul className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
            {open.map((inv) => (
              <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-mono text-lg font-semibold tracking-wider">{inv.code}</p>
                  <p className="text-sm text-muted">
                    {tr(inv.relationship)} · {t('expires', { date: format.dateTime(new Date(inv.expiresAt), { dateStyle: 'long', timeStyle: 'short' }) })}
                  </p>
                </div>
                <RevokeButton circleId={circle.id} invitationId={inv.id} code={inv.code} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>
        <Link href="/guides/family-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('guideLink')}
        </Link>
      </p>
    </div>
  );
}
