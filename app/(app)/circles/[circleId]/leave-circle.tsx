'use client';
import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/field';
import { SubmitButton } from '@/components/submit-button';
import { leaveCircleAction } from './actions';

export function LeaveCircle({ circleId, circleName }: { circleId: string; circleName: string }) {
  const t = useTranslations('circle');
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(leaveCircleAction, { status: 'idle' });
  if (!confirming) {
    return (
      <button type="button" className="btn-secondary w-full sm:w-auto" onClick={() => setConfirming(true)}>
        {t('leave')}
      </button>
    );
  }
  return (
    <form action={action} className="card space-y-3 border-danger/40">
      <input type="hidden" name="id" value={circleId} />
      <p>{t('leaveConfirm', { circle: circleName })}</p>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton className="btn-danger" pendingLabel={t('leaving')}>
          {t('leaveYes')}
        </SubmitButton>
        <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
