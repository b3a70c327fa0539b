'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { AnswerView, QuestionView } from '@/lib/questions/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { acceptAnswerAction } from '../actions';
import { call } from '../call';
import { isSign } from '../options';
import { StatusBadge, TagList, UrgentBadge, useAskerText } from '../question-card';
import { AnswerCard } from './answer-card';
import { AnswerForm } from './answer-form';
import { FollowupForm } from './followup-form';

export interface FamilyCircle {
  id: string;
  name: string;
}

const HIGHLIGHT_MS = 4000;

/** The helpful answer first, then the rest in the order they came. */
const ordered = (thread: AnswerView[]) => [...thread].sort((a, b) => Number(b.accepted) - Number(a.accepted));

interface Props {
  initialQuestion: QuestionView;
  initialThread: AnswerView[];
  isExpert: boolean;
  circles: FamilyCircle[];
  /** "Get care now", for her own urgent question: right under the title. */
  careNow?: React.ReactNode;
}

/**
 * The question and its thread, live for the asker: an expert's answer appears by itself with a
 * gentle notice. She marks what helped (it moves to the top) and sends steps to her family; an
 * expert answers from here.
 */
export function QuestionThread({ initialQuestion, initialThread, isExpert, circles, careNow }: Props) {
  const t = useTranslations('questions');
  const format = useFormatter();
  const asker = useAskerText();
  const live = useLiveConnection();
  const [question, setQuestion] = useState(initialQuestion);
  const [thread, setThread] = useState(() => ordered(initialThread));
  const [fromServer, setFromServer] = useState(initialThread);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [acceptError, setAcceptError] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const isAsker = question.mine;

  // A refresh from the server (after a reconnect or an action) brings the whole thread again.
  if (fromServer !== initialThread) {
    setFromServer(initialThread);
    setThread(ordered(initialThread));
    setQuestion(initialQuestion);
  }

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (focusId) document.getElementById(`answer-${focusId}`)?.focus();
  }, [focusId]);

  const highlight = useCallback((id: string) => {
    setHighlighted(id);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
  }, []);

  const add = useCallback((a: AnswerView) => setThread((list) => (list.some((x) => x.id === a.id) ? list : [...list, a])), []);

  useRealtimeEvent('question:answered', ({ question: q, answer }) => {
    if (q.id !== question.id) return;
    add(answer);
    setQuestion((prev) => ({ ...prev, status: q.status, answerCount: q.answerCount }));
    highlight(answer.id);
    setNotice(t('question.liveArrived', { name: answer.author?.name ?? t('question.anExpert') }));
  });

  async function accept(answer: AnswerView) {
    setAcceptError('');
    const res = await call(acceptAnswerAction, { answerId: answer.id });
    const data = res?.status === 'success' ? res.data : undefined;
    if (!data) {
      setAcceptError(res?.message ?? t('errors.network'));
      return;
    }
    setQuestion((prev) => ({ ...prev, acceptedAnswerId: data.question.acceptedAnswerId }));
    setThread(ordered(data.thread));
    setAnnouncement(t('question.markedNotice'));
    setFocusId(answer.id);
  }

  const signs = (question.triageSigns ?? []).filter(isSign);
  const answers = thread.filter((a) => a.kind === 'answer').length;

  return (
    <div className="space-y-6">
      <article aria-labelledby="question-title" data-testid="question" data-status={question.status} data-live={live ? 'connected' : 'offline'} className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          {question.urgent && <UrgentBadge />}
          <StatusBadge status={question.status} />
        </div>
        <h1 id="question-title" className="text-2xl font-bold break-words">
          {question.title}
        </h1>
        <p className="flex flex-wrap gap-x-3 text-sm text-muted">
          <span>{asker(question)}</span>
          <time dateTime={question.createdAt}>{format.dateTime(new Date(question.createdAt), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}</time>
        </p>
        {question.anonymous && (isAsker || question.askedBy) && (
          <p className="rounded-xl bg-sand-50 px-3 py-2 text-sm">{isAsker ? t('question.anonymousMine') : t('question.anonymousStaff')}</p>
        )}
        {signs.length > 0 && (
          <p className="text-sm font-semibold text-danger">
            {t('question.signsLabel')} {signs.map((s) => t(`signs.${s}`)).join(', ')}
          </p>
        )}
        {careNow}
        <p className="whitespace-pre-line break-words text-lg leading-relaxed">{question.body}</p>
        <TagList tags={question.tags} />
      </article>

      <div aria-live="polite" data-testid="live-notice">
        {notice && (
          <p className="flex items-start justify-between gap-3 rounded-2xl border border-ok bg-ok-soft px-4 py-3 font-semibold text-ok">
            <span>{notice}</span>
            <button type="button" className="btn -my-2 -mr-2 shrink-0 px-3 text-sm text-ok" onClick={() => setNotice('')} aria-label={t('question.dismiss')}>
              ✕
            </button>
          </p>
        )}
      </div>

      <section aria-labelledby="thread-title" className="space-y-3">
        <h2 id="thread-title" className="text-lg font-semibold">
          {t('question.threadTitle', { count: answers })}
        </h2>
        {thread.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{isAsker ? t('question.noAnswersMine') : t('question.noAnswers')}</p>
        ) : (
          <ul data-testid="thread" className="space-y-3">
            {thread.map((a) => (
              <AnswerCard key={a.id} answer={a} isAsker={isAsker} circles={circles} highlighted={highlighted === a.id} onAccept={accept} />
            ))}
          </ul>
        )}
        {acceptError && (
          <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm font-semibold text-danger">
            {acceptError}
          </p>
        )}
      </section>
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {isAsker && (
        <FollowupForm
          questionId={question.id}
          answered={answers > 0}
          onSent={(f) => {
            add(f);
            setQuestion((prev) => ({ ...prev, status: 'open' }));
          }}
        />
      )}
      {isExpert && !isAsker && (
        <AnswerForm
          questionId={question.id}
          onAnswered={(a) => {
            add(a);
            highlight(a.id);
            setQuestion((prev) => ({ ...prev, status: 'answered' }));
          }}
        />
      )}
    </div>
  );
}
