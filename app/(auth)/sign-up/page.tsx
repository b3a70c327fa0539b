import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { invitationCodeSchema } from '@/lib/circles/input';
import { previewInvitation } from '@/lib/circles/service';
import { formatInvitationCode } from '@/lib/circles/invitation-code';
import { getViewer, safeNextPath } from '@/lib/auth/viewer';
import { isLocale } from '@/lib/i18n/config';
import { SignUpForm } from './sign-up-form';

export async function generateMetadata() {
  const t = await getTranslations('signUp');
  return { title: t('title') };
}

type Search = { next?: string | string[]; invitation?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** An invitation code worth carrying: it parses and still opens the door. */
async function usableInvitation(raw: string | undefined) {
  const parsed = invitationCodeSchema.safeParse(raw ?? '');
  if (!parsed.success) return null;
  try {
    const preview = await previewInvitation(await getDb(), parsed.data);
    return preview.status === 'pending' ? { code: parsed.data, ...preview } : null;
  } catch {
    return null;
  }
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const invitation = await usableInvitation(first(params.invitation));
  const next = invitation ? `/join/${invitation.code}` : safeNextPath(first(params.next));
  if (await getViewer()) redirect(next);
  const t = await getTranslations('signUp');
  const tr = await getTranslations('relationships');
  const locale = await getLocale();
  const signInHref = next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      {invitation && (
        <p className="rounded-2xl bg-accent-soft px-4 py-3" role="note">
          {t('joining', { inviter: invitation.inviterName, circle: invitation.circleName, relationship: tr(invitation.relationship) })}
          <span className="sr-only"> {formatInvitationCode(invitation.code)}</span>
        </p>
      )}
      <div className="card">
        <SignUpForm next={next} invitationCode={invitation?.code} defaultLocale={isLocale(locale) ? locale : 'vi'} />
      </div>
      <p className="text-center">
        {t('haveAccount')}{' '}
        <Link href={signInHref} className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('signInLink')}
        </Link>
      </p>
    </div>
  );
}
