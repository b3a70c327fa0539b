import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireViewer } from '@/lib/auth/viewer';
import { isVerifiedExpert, listQuestions } from '@/lib/questions/service';
import { isTag, TAGS } from './options';
import { QuestionList } from './question-list';

export async function generateMetadata() {
  const t = await getTranslations('questions');
  return { title: t('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

const chip =
  'inline-flex min-h-11 items-center rounded-full border-2 border-sand-300 bg-white px-3 text-sm font-semibold text-ink hover:bg-sand-50 aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:text-accent-strong';

/** Questions to experts: find one like hers, filter by topic, hers only, waiting or answered; ask her own. */
export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer('/questions');
  const t = await getTranslations('questions');
  const sp = await searchParams;
  const q = one(sp.q)?.slice(0, 200);
  const tagRaw = one(sp.tag);
  const tag = tagRaw && isTag(tagRaw) ? tagRaw : undefined;
  const statusRaw = one(sp.status);
  const status = statusRaw === 'open' || statusRaw === 'answered' ? statusRaw : undefined;
  const mine = one(sp.mine) === 'true';
  const db = await getDb();
  const [list, expert] = await Promise.all([
    listQuestions(db, viewer, { q, tag, status, mine: mine ? 'true' : undefined, limit: 20 }),
    isVerifiedExpert(db, viewer.id),
  ]);

  const params: Record<string, string> = { ...(q ? { q } : {}), ...(tag ? { tag } : {}), ...(status ? { status } : {}), ...(mine ? { mine: 'true' } : {}) };
  const href = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(Object.entries({ ...params, ...change }).filter((e): e is [string, string] => Boolean(e[1])));
    const s = next.toString();
    return s ? `/questions?${s}` : '/questions';
  };
  const emptyText = mine ? t('emptyMine') : q || tag || status ? t('emptySearch') : t('empty');

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-muted">{t('lead')}</p>
      </div>
      <div className="flex flex-col gap-2">
        <Link href="/questions/ask" data-testid="ask-link" className="btn-primary w-full text-lg">
          {t('ask')}
        </Link>
        {expert && (
          <Link href="/experts/queue" data-testid="queue-link" className="btn-secondary w-full">
            {t('queueLink')}
          </Link>
        )}
        <p className="text-sm text-muted">
          {t('urgentLead')}{' '}
          <Link href="/guides/seek-help" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
            {t('guideLink')}
          </Link>
        </p>
      </div>

      <section aria-labelledby="find-title" className="space-y-3">
        <h2 id="find-title" className="sr-only">
          {t('findTitle')}
        </h2>
        <form role="search" action="/questions" className="space-y-1">
          <label htmlFor="questions-q" className="field-label">
            {t('searchLabel')}
          </label>
          <div className="flex gap-2">
            <input id="questions-q" name="q" type="search" defaultValue={q ?? ''} maxLength={200} className="field-input min-w-0 flex-1" aria-describedby="questions-q-hint" />
            {tag && <input type="hidden" name="tag" value={tag} />}
            {status && <input type="hidden" name="status" value={status} />}
            {mine && <input type="hidden" name="mine" value="true" />}
            <button type="submit" className="btn-primary shrink-0">
              {t('searchButton')}
            </button>
          </div>
          <p id="questions-q-hint" className="field-hint">
            {t('searchHint')}
          </p>
        </form>
        <details open={Boolean(tag)} className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold text-accent-strong">
            <span aria-hidden="true" className="transition-transform group-open:rotate-90">
              ›
            </span>
            {t('topicsSummary', { topic: tag ? t(`tags.${tag}`) : t('allTopics') })}
          </summary>
        <nav aria-label={t('topicsLabel')} className="pt-2">
          <ul className="flex flex-wrap gap-2">
            <li>
              <Link href={href({ tag: undefined })} aria-current={!tag ? 'true' : undefined} className={chip}>
                {t('allTopics')}
              </Link>
            </li>
            {TAGS.map((k) => (
              <li key={k}>
                <Link href={href({ tag: k })} aria-current={tag === k ? 'true' : undefined} className={chip}>
                  {t(`tags.${k}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        </details>
        <nav aria-label={t('showLabel')}>
          <ul className="flex flex-wrap gap-2">
            {([undefined, 'open', 'answered'] as const).map((s) => (
              <li key={s ?? 'all'}>
                <Link href={href({ status: s })} aria-current={status === s ? 'true' : undefined} className={chip}>
                  {s ? t(`statusFilter.${s}`) : t('statusFilter.all')}
                </Link>
              </li>
            ))}
            <li>
              <Link href={href({ mine: mine ? undefined : 'true' })} aria-current={mine ? 'true' : undefined} data-testid="mine-filter" className={chip}>
                {t('mine')}
              </Link>
            </li>
          </ul>
        </nav>
      </section>

      <section aria-labelledby="list-title" className="space-y-3">
        <h2 id="list-title" className="text-lg font-semibold">
          {q ? t('resultsFor', { q }) : mine ? t('mine') : t('listTitle')}
        </h2>
        <QuestionList initial={list.items} params={params} emptyText={emptyText} />
      </section>

      {!expert && (
      <section aria-labelledby="apply-title" className="space-y-2 border-t border-sand-200 pt-6">
        <h2 id="apply-title" className="text-lg font-semibold">
          {t('applyTitle')}
        </h2>
        <p className="text-muted">{t('applyLead')}</p>
        <Link href="/experts/apply" data-testid="apply-link" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
          {t('applyLink')}
        </Link>
      </section>
      )}
    </div>
  );
}
