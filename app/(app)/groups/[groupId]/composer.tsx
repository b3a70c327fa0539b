'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { createPostAction } from '../actions';
import { call } from '../refusal';
import { useWriter, WriterFields, WriterNotice, type WriteResult } from '../writer';

const WANTS = ['listen', 'advice'] as const;

/** Her post: the text, what she wants back (listening or advice), and the guard's kind word as she types. */
export function Composer({ groupId, alias, max, onPosted }: { groupId: string; alias: string; max: number; onPosted: (r: WriteResult) => void }) {
  const t = useTranslations('groups');
  const [wants, setWants] = useState<(typeof WANTS)[number]>('listen');
  const writer = useWriter({
    id: 'post-body',
    groupId,
    send: (body, confirm) => call(createPostAction, { groupId, body, wants, ...(confirm ? { confirm: '1' } : {}) }),
    onDone: onPosted,
  });
  return (
    <section aria-labelledby="composer-title" className="card space-y-4">
      <h2 id="composer-title" className="text-lg font-semibold">
        {t('write.title')}
      </h2>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void writer.submit(false);
        }}
      >
        <WriterFields writer={writer} label={t('write.label')} hint={t('write.hint', { alias })} max={max} />
        <fieldset>
          <legend className="field-label">{t('write.wantsLegend')}</legend>
          <div className="grid grid-cols-2 gap-2">
            {WANTS.map((w) => (
              <label
                key={w}
                className="relative flex min-h-16 cursor-pointer flex-col justify-center rounded-2xl border-2 border-sand-300 bg-paper px-3 py-2 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
              >
                <input type="radio" name="wants" value={w} checked={wants === w} onChange={() => setWants(w)} className="absolute inset-0 cursor-pointer opacity-0" />
                <span className="font-semibold">{t(`post.wants.${w}`)}</span>
                <span className="text-sm text-muted">{t(`write.wantsHint.${w}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <WriterNotice writer={writer} />
        {!writer.deciding && (
          <button type="submit" className="btn-primary w-full text-lg" disabled={writer.pending}>
            {writer.pending ? t('write.posting') : t('write.post')}
          </button>
        )}
      </form>
    </section>
  );
}
