'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { EncouragementView } from '@/lib/encouragement/serialize';
import { useLiveConnection, useRealtimeEvent } from '@/lib/realtime/client';
import { Composer } from './composer';
import { reactAction } from './actions';

const REACTIONS = [
  { key: 'heart', emoji: '❤️' },
  { key: 'hug', emoji: '🤗' },
  { key: 'thanks', emoji: '🙏' },
  { key: 'strong', emoji: '💪' },
] as const;

interface Props {
  circleId: string;
  isOwner: boolean;
  motherName: string;
  initialNotes: EncouragementView[];
}

/** The notes to the mother, newest first, live. She answers with a reaction; family can write. */
export function EncouragementWall({ circleId, isOwner, motherName, initialNotes }: Props) {
  const t = useTranslations('encouragement');
  const live = useLiveConnection();
  const [notes, setNotes] = useState(initialNotes);
  const [fromServer, setFromServer] = useState(initialNotes);
  if (fromServer !== initialNotes) {
    setFromServer(initialNotes);
    setNotes(initialNotes);
  }
  const upsert = (e: EncouragementView) =>
    setNotes((list) => (list.some((x) => x.id === e.id) ? list.map((x) => (x.id === e.id ? { ...e, reactions: isOwner ? e.reactions : e.reactions.map((r) => ({ ...r, mine: false })) } : x)) : [e, ...list]));
  useRealtimeEvent('encouragement:created', (e) => {
    if (e.circleId === circleId) upsert(e);
  });
  useRealtimeEvent('encouragement:reacted', (e) => {
    if (e.circleId === circleId) upsert(e);
  });

  return (
    <div className="space-y-6">
      {!isOwner && <Composer circleId={circleId} motherName={motherName} onSent={upsert} />}
      <section aria-labelledby="wall-title" data-testid="encouragement-wall" data-live={live ? 'connected' : 'offline'}>
        <h2 id="wall-title" className="mb-3 text-lg font-semibold">
          {isOwner ? t('wallTitleOwner') : t('wallTitle')}
        </h2>
        {notes.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{isOwner ? t('wallEmptyOwner') : t('wallEmpty', { name: motherName })}</p>
        ) : (
          <ul className="space-y-3">
            {notes.map((n) => (
              <Note key={n.id} note={n} isOwner={isOwner} circleId={circleId} onChange={upsert} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Note({ note, isOwner, circleId, onChange }: { note: EncouragementView; isOwner: boolean; circleId: string; onChange: (e: EncouragementView) => void }) {
  const t = useTranslations('encouragement');
  const format = useFormatter();
  async function react(formData: FormData) {
    const res = await reactAction({ status: 'idle' }, formData);
    if (res.status === 'success' && res.data) onChange(res.data);
  }
  const count = (key: string) => note.reactions.find((r) => r.reaction === key);
  return (
    <li data-testid="encouragement-note" className="card space-y-2">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-semibold text-accent-strong">{note.author?.name ?? t('formerMember')}</span>
        <time dateTime={note.createdAt} className="text-muted">
          {format.dateTime(new Date(note.createdAt), { weekday: 'short', hour: '2-digit', minute: '2-digit' })}
        </time>
      </p>
      <p className="whitespace-pre-line break-words text-lg">{note.message}</p>
      {note.pledgeChoreId && (
        <p className="text-sm">
          <Link href={`/circles/${circleId}/chores`} className="inline-flex min-h-11 items-center font-semibold text-ok underline underline-offset-4">
            {t('withPledge')}
          </Link>
        </p>
      )}
      {isOwner ? (
        <form action={react} className="flex flex-wrap gap-2">
          <input type="hidden" name="id" value={note.id} />
          {REACTIONS.map((r) => (
            <button
              key={r.key}
              type="submit"
              name="reaction"
              value={r.key}
              aria-pressed={Boolean(count(r.key)?.mine)}
              className="btn rounded-full border border-sand-300 bg-white px-3 text-sm font-normal aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:font-semibold"
            >
              <span aria-hidden="true">{r.emoji}</span>
              {t(`reactions.${r.key}`)}
            </button>
          ))}
        </form>
      ) : (
        note.reactions.length > 0 && (
          <p className="text-sm text-muted">
            {t('reactedWith', { list: note.reactions.map((r) => t(`reactions.${r.reaction}`)).join(', ') })}
          </p>
        )
      )}
    </li>
  );
}
