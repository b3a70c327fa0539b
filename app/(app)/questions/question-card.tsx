import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { QuestionView } from '@/lib/questions/serialize';
import { isTag } from './options';

/** Who asked, as this reader may see it: "you", her name, or "a mother" when she asked anonymously. */
export function useAskerText() {
  const t = useTranslations('questions');
  return (q: Pick<QuestionView, 'mine' | 'askedBy'>) => (q.mine ? t('askedByYou') : t('askedBy', { name: q.askedBy?.name ?? t('aMother') }));
}

export function StatusBadge({ status }: { status: QuestionView['status'] }) {
  const t = useTranslations('questions');
  return (
    <span data-testid="question-status" data-status={status} className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${status === 'answered' ? 'bg-ok-soft text-ok' : 'bg-sand-100 text-ink'}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function UrgentBadge() {
  const t = useTranslations('questions');
  return (
    <span data-testid="urgent-badge" className="rounded-full bg-danger px-2.5 py-0.5 text-sm font-bold text-white">
      {t('urgent')}
    </span>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  const t = useTranslations('questions');
  const known = tags.filter(isTag);
  if (!known.length) return null;
  return (
    <ul aria-label={t('topicsLabel')} className="flex flex-wrap gap-1.5">
      {known.map((tag) => (
        <li key={tag} className="rounded-full border border-sand-300 px-2.5 py-0.5 text-sm text-muted">
          {t(`tags.${tag}`)}
        </li>
      ))}
    </ul>
  );
}

/** One question in the list: status, urgency, title (the link), a line of the text, who and when. */
export function QuestionCard({ q }: { q: QuestionView }) {
  const t = useTranslations('questions');
  const format = useFormatter();
  const asker = useAskerText();
  return (
    <li data-testid="question-card" data-question-id={q.id} className="card space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {q.urgent && <UrgentBadge />}
        <StatusBadge status={q.status} />
        {q.acceptedAnswerId && <span className="text-sm font-semibold text-ok">{t('helpedBadge')}</span>}
      </div>
      <h3 className="text-lg leading-snug font-semibold break-words">
        <Link href={`/questions/${q.id}`} className="text-accent-strong underline-offset-4 hover:underline">
          {q.title}
        </Link>
      </h3>
      <p className="line-clamp-2 break-words text-muted">{q.body}</p>
      <p className="flex flex-wrap gap-x-3 text-sm text-muted">
        <span>{asker(q)}</span>
        <time dateTime={q.createdAt}>{format.dateTime(new Date(q.createdAt), { day: 'numeric', month: 'short' })}</time>
        <span>{t('answers', { count: q.answerCount })}</span>
      </p>
      <TagList tags={q.tags} />
    </li>
  );
}
