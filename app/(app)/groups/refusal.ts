'use client';
import { useFormatter, useTranslations } from 'next-intl';
import type { ActionState } from '@/lib/http/action';
import type { Outcome, Refusal } from './outcome';

/** What a group action answered: done, refused for a reason we explain, or failed (form-level message). */
export type Answer<T> = { ok: true; value: T } | { ok: false; refusal?: Refusal; message: string; fields?: Record<string, string> };

/** One sentence, in her language, for a refusal from the groups domain. */
export function useRefusalText() {
  const t = useTranslations('groups.errors');
  const format = useFormatter();
  return (r: Refusal): string => {
    switch (r.code) {
      case 'silenced': {
        const until = typeof r.details.until === 'string' ? new Date(r.details.until) : null;
        return t('silenced', { time: until ? format.dateTime(until, { weekday: 'long', hour: '2-digit', minute: '2-digit' }) : '' });
      }
      case 'slow_mode': {
        const minutes = Number(r.details.slowModeMinutes ?? 0);
        const wait = Math.max(1, Math.ceil(Number(r.details.retryAfterSeconds ?? 60) / 60));
        return t('slow_mode', { minutes, wait });
      }
      default:
        return t(r.code);
    }
  };
}

/** Folds an action's state into an {@link Answer}, with the refusal already put into words. */
export function useAnswer() {
  const explain = useRefusalText();
  const t = useTranslations('groups.errors');
  return <T>(state: ActionState<Outcome<T>> | null): Answer<T> => {
    if (!state) return { ok: false, message: t('network') };
    if (state.status === 'success' && state.data) {
      if (state.data.ok) return { ok: true, value: state.data.value };
      return { ok: false, refusal: state.data, message: explain(state.data) };
    }
    return { ok: false, message: state.message ?? t('network'), fields: state.fields };
  };
}

/** Runs a server action; a dropped connection answers `null` instead of throwing away her work. */
export async function call<T>(action: (prev: ActionState<T>, fd: FormData) => Promise<ActionState<T>>, fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  try {
    return await action({ status: 'idle' }, fd);
  } catch {
    return null;
  }
}
