import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer, requireViewer } from '@/lib/auth/viewer';
import { listCircles } from '@/lib/circles/service';
import { isVerifiedExpert } from '@/lib/questions/service';
import { CareNowBox } from '../care-now';
import { loadQuestion } from './load-question';
import { QuestionThread } from './question-thread';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const viewer = await getViewer();
  if (!viewer) return {};
  const { question } = await loadQuestion(viewer, (await params).id);
  return { title: question.title };
}

/** One question: her help first if it is urgent and hers, then the thread, and what each person can do. */
export default async function QuestionPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/questions/${id}`);
  const t = await getTranslations('questions');
  const { question, thread, getCareNow } = await loadQuestion(viewer, id);
  const db = await getDb();
  const [expert, circles] = await Promise.all([isVerifiedExpert(db, viewer.id), question.mine ? listCircles(db, viewer) : Promise.resolve([])]);
  // Steps go to the family circles she started; if she only belongs to others, those.
  const owned = circles.filter((c) => c.myRole === 'owner');
  const family = (owned.length ? owned : circles).map((c) => ({ id: c.id, name: c.name }));
  const care =
    question.mine && question.urgent && getCareNow
      ? { ...getCareNow, selfHarm: getCareNow.signs.some((s) => s === 'self_harm' || s === 'harm_baby') }
      : null;
  return (
    <div className="space-y-6">
      <Link href="/questions" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-strong underline-offset-4 hover:underline">
        <span aria-hidden="true">‹&nbsp;</span>
        {t('question.back')}
      </Link>
      <QuestionThread initialQuestion={question} initialThread={thread} isExpert={expert} circles={family} careNow={care && <CareNowBox info={care} />} />
    </div>
  );
}
