'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ConfirmForm } from '@/components/confirm-form';
import type { listWatchedWords } from '@/lib/moderation/service';
import { removeWatchedWordAction } from './actions';

type Word = Awaited<ReturnType<typeof listWatchedWords>>['items'][number];

/** Every watched word with what it does and where; removing one asks first. */
export function WatchedWordList({ words, groupNames }: { words: Word[]; groupNames: Record<string, string> }) {
  const t = useTranslations('moderation.settings');
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {words.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-sand-300 px-4 py-3 text-muted">{t('wordsNone')}</p>
      ) : (
        <ul data-testid="watched-words" className="divide-y divide-sand-200 rounded-2xl border border-sand-200 bg-white">
          {words.map((w) => (
            <li key={w.id} data-testid="watched-word" className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
              <div className="min-w-0">
                <p className="font-semibold break-words">{w.word}</p>
                <p className="text-sm text-muted">
                  {t(`actions.${w.action}`)} · {w.groupId ? (groupNames[w.groupId] ?? t('scopeUnknown')) : t('scopeAll')}
                </p>
              </div>
              <ConfirmForm
                action={removeWatchedWordAction}
                hidden={{ id: w.id }}
                trigger={t('remove')}
                triggerLabel={t('removeNamed', { word: w.word })}
                question={t('removeConfirm', { word: w.word })}
                confirm={t('removeYes')}
                pending={t('removing')}
                cancel={t('cancel')}
                onDone={() => {
                  setAnnouncement(t('removed', { word: w.word }));
                  // The row is gone with its buttons: continue from the list's heading.
                  document.getElementById('watched-words')?.focus();
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
