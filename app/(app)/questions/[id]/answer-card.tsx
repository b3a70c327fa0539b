'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { AnswerView } from '@/lib/questions/serialize';
import { suggestionChoreAction } from '../actions';
import { call } from '../call';
import { isProfession } from '../options';
import type { FamilyCircle } from './question-thread';

interface Props {
  answer: AnswerView;
  isAsker: boolean;
  circles: FamilyCircle[];
  highlighted: boolean;
  onAccept: (a: AnswerView) => Promise<void>;
}

/** An expert's answer (with her badge and steps for the family) or the asker's follow-up. */
export function AnswerCard({ answer, isAsker, circles, highlighted, onAccept }: Props) {
  const t = useTranslations('questions');
  const format = useFormatter();
  const [marking, setMarking] = useState(false);
  const expert = answer.kind === 'answer';
  const profession = answer.author?.badge?.profession;
  const who = expert
    ? (answer.author?.name ?? t('question.anExpert'))
    : isAsker
      ? t('question.yourFollowup')
      : t('question.followupFrom', { name: answer.author?.name ?? t('aMother') });
  const headingId = `answer-${answer.id}-by`;
  return (
    <li>
      <article
        id={`answer-${answer.id}`}
        tabIndex={-1}
        aria-labelledby={headingId}
        data-testid={expert ? 'answer' : 'followup'}
        data-accepted={answer.accepted ? 'true' : 'false'}
        className={`space-y-3 rounded-2xl border p-4 outline-none transition-colors duration-1000 focus-visible:outline-3 focus-visible:outline-accent motion-reduce:transition-none ${
          highlighted ? 'border-accent bg-accent-soft' : answer.accepted ? 'border-2 border-ok bg-white' : expert ? 'border-sand-200 bg-white' : 'border-sand-200 bg-sand-50'
        }`}
      >
        {answer.accepted && (
          <p data-testid="helped-mark" className="inline-flex items-center gap-1.5 rounded-full bg-ok-soft px-3 py-1 text-sm font-bold text-ok">
            <span aria-hidden="true">✓</span>
            {isAsker ? t('question.helpedYou') : t('question.helpedHer')}
          </p>
        )}
        <header className="space-y-1">
          <h3 id={headingId} className="font-semibold break-words">
            {who}
          </h3>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {profession && isProfession(profession) && (
              <span data-testid="expert-badge" className="rounded-full bg-accent-soft px-2.5 py-0.5 font-semibold text-accent-strong">
                {t('badge', { profession: t(`professions.${profession}`) })}
              </span>
            )}
            <time dateTime={answer.createdAt} className="text-muted">
              {format.dateTime(new Date(answer.createdAt), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
            </time>
          </div>
        </header>
        <p className="whitespace-pre-line break-words text-lg leading-relaxed">{answer.body}</p>
        {answer.suggestions.length > 0 && <Steps answer={answer} isAsker={isAsker} circles={circles} />}
        {isAsker && expert && !answer.accepted && (
          <button
            type="button"
            className="btn-secondary w-full sm:w-auto"
            disabled={marking}
            aria-disabled={marking}
            aria-label={t('question.helpedNamed', { name: answer.author?.name ?? t('question.anExpert') })}
            onClick={async () => {
              setMarking(true);
              await onAccept(answer);
              setMarking(false);
            }}
          >
            {marking ? t('question.marking') : t('question.helped')}
          </button>
        )}
      </article>
    </li>
  );
}

/** The expert's practical steps; for the asker, each one becomes a chore for her family in a tap. */
function Steps({ answer, isAsker, circles }: { answer: AnswerView; isAsker: boolean; circles: FamilyCircle[] }) {
  const t = useTranslations('questions');
  const tc = useTranslations('chores');
  const id = `steps-${answer.id}`;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-xl bg-sand-50 p-3">
      <h4 id={id} className="font-semibold">
        {isAsker ? t('family.titleMine') : t('family.title')}
      </h4>
      <ol className="space-y-3">
        {answer.suggestions.map((s, i) => (
          <li key={i} data-testid="step" className="space-y-1.5">
            <p className="font-semibold break-words">{s.title}</p>
            <p className="text-sm text-muted">
              {tc.has(`categories.${s.category}`) ? tc(`categories.${s.category}`) : tc('categories.other')}
              {s.at ? ` · ${t('family.at', { time: s.at })}` : ''}
            </p>
            {isAsker && circles.length > 0 && <AskFamily answerId={answer.id} index={i} title={s.title} circles={circles} />}
          </li>
        ))}
      </ol>
      {isAsker && circles.length === 0 && (
        <p className="text-sm">
          {t('family.noCircle')}{' '}
          <Link href="/circles" className="inline-flex min-h-11 items-center font-semibold text-accent-strong underline underline-offset-4">
            {t('family.noCircleLink')}
          </Link>
        </p>
      )}
    </section>
  );
}

type Added = { circle: FamilyCircle };

function AskFamily({ answerId, index, title, circles }: { answerId: string; index: number; title: string; circles: FamilyCircle[] }) {
  const t = useTranslations('questions');
  const [choosing, setChoosing] = useState(false);
  const [choice, setChoice] = useState(circles[0]?.id ?? '');
  const [pending, setPending] = useState(false);
  const [added, setAdded] = useState<Added | null>(null);
  const [error, setError] = useState('');

  async function add(circleId: string) {
    const circle = circles.find((c) => c.id === circleId);
    if (!circle) return;
    setPending(true);
    setError('');
    const res = await call(suggestionChoreAction, { answerId, index: String(index), circleId });
    setPending(false);
    if (res?.status === 'success') {
      setAdded({ circle });
      setChoosing(false);
    } else setError(res?.message ?? t('errors.network'));
  }

  if (added) {
    return (
      <p role="status" data-testid="step-added" className="rounded-xl bg-ok-soft px-3 py-2 text-sm font-semibold text-ok">
        {t('family.added', { circle: added.circle.name })}{' '}
        <Link href={`/circles/${added.circle.id}/chores`} className="inline-flex min-h-11 items-center underline underline-offset-4">
          {t('family.board')}
        </Link>
      </p>
    );
  }
  const groupName = `family-${answerId}-${index}`;
  return (
    <div className="space-y-2">
      {choosing ? (
        <fieldset className="space-y-2 rounded-xl border border-sand-300 bg-white p-3">
          <legend className="px-1 font-semibold">{t('family.choose')}</legend>
          {circles.map((c) => (
            <label key={c.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl px-2 has-checked:bg-accent-soft">
              <input type="radio" name={groupName} value={c.id} checked={choice === c.id} onChange={() => setChoice(c.id)} className="size-5 accent-accent" />
              <span className="break-words">{c.name}</span>
            </label>
          ))}
          <div className="grid grid-cols-2 gap-2">
            <button type="button" className="btn-primary" disabled={pending || !choice} onClick={() => add(choice)}>
              {pending ? t('family.adding') : t('family.add')}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setChoosing(false)}>
              {t('family.cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="btn w-full border-2 border-accent bg-white text-accent-strong hover:bg-accent-soft sm:w-auto"
          disabled={pending}
          aria-disabled={pending}
          aria-label={t('family.askNamed', { title })}
          onClick={() => (circles.length === 1 ? add(circles[0].id) : setChoosing(true))}
        >
          {pending ? t('family.adding') : t('family.ask')}
        </button>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
