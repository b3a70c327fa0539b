import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { invitationCodeSchema } from '@/lib/circles/input';
import { formatInvitationCode } from '@/lib/circles/invitation-code';
import { previewInvitation } from '@/lib/circles/service';
import { AppError } from '@/lib/http/errors';
import { HeartIcon } from '@/components/icons';
import { JoinButton } from './join-button';

export async function generateMetadata() {
  const t = await getTranslations('join');
  return { title: t('title') };
}

async function preview(raw: string) {
  const code = invitationCodeSchema.safeParse(decodeURIComponent(raw));
  if (!code.success) return null;
  try {
    return { code: code.data, ...(await previewInvitation(await getDb(), code.data)) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return null;
    throw err;
  }
}

/**
 * Where an invitation link lands. Anyone holding the code may see who invites to which circle:
 * the code itself is the secret, and nothing else of the circle shows here.
 */
export default async function JoinCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const [invitation, viewer, t, tr, format] = await Promise.all([
    preview(raw),
    getViewer(),
    getTranslations('join'),
    getTranslations('relationships'),
    getFormatter(),
  ]);

  if (!invitation || invitation.status !== 'pending') {
    const state = invitation?.status ?? 'unknown';
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t(`states.${state}.title`)}</h1>
        <div className="card space-y-4">
          <p>{t(`states.${state}.body`, { inviter: invitation?.inviterName ?? '' })}</p>
          <Link href="/join" className="btn-secondary w-full">
            {t('typeAnother')}
          </Link>
        </div>
      </div>
    );
  }

  const next = `/join/${invitation.code}`;
  return (
    <div className="space-y-6">
      <div className="text-center">
        <span className="mx-auto mb-2 inline-flex size-14 items-center justify-center rounded-full bg-accent-soft text-accent-strong">
          <HeartIcon />
        </span>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
      </div>
      <div className="card space-y-4">
        <p className="text-lg">
          {t.rich('invites', {
            inviter: invitation.inviterName,
            circle: invitation.circleName,
            relationship: tr(invitation.relationship),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <p className="text-sm text-muted">{t('whatItMeans')}</p>
        <p className="text-sm text-muted">
          {t('codeIs')} <span className="font-mono font-semibold text-ink">{formatInvitationCode(invitation.code)}</span> ·{' '}
          {t('validUntil', { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: 'long', timeStyle: 'short' }) })}
        </p>
        {viewer ? (
          <JoinButton code={invitation.code} circleName={invitation.circleName} />
        ) : (
          <div className="space-y-3">
            <Link href={`/sign-up?invitation=${invitation.code}`} className="btn-primary w-full">
              {t('createAccount')}
            </Link>
            <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="btn-secondary w-full">
              {t('haveAccount')}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
