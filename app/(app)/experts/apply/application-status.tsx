import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ExpertProfileView } from '@/lib/questions/serialize';
import { isProfession } from '../../questions/options';

const TONE = {
  pending: 'border-sand-300 bg-sand-50',
  verified: 'border-ok bg-ok-soft',
  declined: 'border-danger bg-danger-soft',
  revoked: 'border-danger bg-danger-soft',
} as const;

/** Where her application stands: being checked, verified, declined (with the reason), or withdrawn. */
export function ApplicationStatus({ application: a }: { application: ExpertProfileView }) {
  const t = useTranslations('experts');
  const tq = useTranslations('questions');
  const format = useFormatter();
  return (
    <section aria-labelledby="application-status" data-testid="application-status" data-status={a.status} className={`space-y-2 rounded-2xl border-2 p-4 ${TONE[a.status]}`}>
      <h2 id="application-status" className="text-lg font-semibold">
        {t(`apply.status.${a.status}`)}
      </h2>
      <p>{t(`apply.statusLead.${a.status}`)}</p>
      {a.decisionReason && (a.status === 'declined' || a.status === 'revoked') && (
        <p className="font-semibold">{t('apply.reason', { reason: a.decisionReason })}</p>
      )}
      <p className="text-sm text-muted">
        {isProfession(a.profession) ? tq(`professions.${a.profession}`) : a.profession} · {a.licenceNumber} · {a.workplace}
      </p>
      {a.decidedAt && <p className="text-sm text-muted">{t('apply.decidedOn', { date: format.dateTime(new Date(a.decidedAt), { day: 'numeric', month: 'long', year: 'numeric' }) })}</p>}
      {a.status === 'verified' && (
        <Link href="/experts/queue" className="btn-primary w-full">
          {t('apply.toQueue')}
        </Link>
      )}
    </section>
  );
}
