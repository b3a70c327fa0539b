import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { invitationCodeSchema } from '@/lib/circles/input';

export async function generateMetadata() {
  const t = await getTranslations('join');
  return { title: t('enterTitle') };
}

/**
 * Typing a code works without JavaScript: the form is a plain GET to this page, which tidies
 * the code (any case, dash optional) and moves on to /join/CODE.
 */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const typed = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const parsed = typed ? invitationCodeSchema.safeParse(typed) : null;
  if (parsed?.success) redirect(`/join/${parsed.data}`);
  const t = await getTranslations('join');
  const error = parsed && !parsed.success ? t('codeInvalid') : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('enterTitle')}</h1>
        <p className="mt-1 text-muted">{t('enterLead')}</p>
      </div>
      <form action="/join" method="get" className="card space-y-4" noValidate>
        <div>
          <label htmlFor="field-code" className="field-label">
            {t('codeLabel')}
          </label>
          <input
            id="field-code"
            name="code"
            className="field-input font-mono text-xl uppercase tracking-widest"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="ABCD-2345"
            defaultValue={typed.slice(0, 20)}
            maxLength={20}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'field-code-error field-code-hint' : 'field-code-hint'}
          />
          <p id="field-code-hint" className="field-hint">
            {t('codeHint')}
          </p>
          {error && (
            <p id="field-code-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="btn-primary w-full">
          {t('continue')}
        </button>
      </form>
    </div>
  );
}
