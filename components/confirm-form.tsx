'use client';
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionState } from '@/lib/http/action';
import { PendingButton } from './pending-button';
import { useFormSubmit } from './use-form-submit';

interface Props<D> {
  action: (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;
  /** The form's fields (ids), sent as hidden inputs. */
  hidden: Record<string, string>;
  /** The button's text, and its accessible name when the text alone is ambiguous in a list. */
  trigger: string;
  triggerLabel?: string;
  question: string;
  confirm: string;
  pending: string;
  cancel: string;
  onDone?: (data: D | undefined) => void;
}

/**
 * A button that asks before it acts: a second, explicit "yes" for things that are hard to undo
 * (removing, revoking). Focus moves to the question, and back to the button on "cancel".
 */
export function ConfirmForm<D>({ action, hidden, trigger, triggerLabel, question, confirm, pending, cancel, onDone }: Props<D>) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const questionId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);

  useEffect(() => {
    if (open) boxRef.current?.focus();
    else if (restoreFocus.current) {
      restoreFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  const submit = useFormSubmit(async (formData) => {
    const res = await action({ status: 'idle' }, formData);
    if (res.status === 'success') {
      setOpen(false);
      onDone?.(res.data);
      return;
    }
    setError(res.message);
  });

  if (!open) {
    return (
      <button
        ref={triggerRef}
        type="button"
        onClick={() => {
          setError(undefined);
          setOpen(true);
        }}
        aria-label={triggerLabel}
        className="btn-secondary text-sm"
      >
        {trigger}
      </button>
    );
  }
  return (
    <div ref={boxRef} tabIndex={-1} role="group" aria-labelledby={questionId} className="basis-full space-y-3 rounded-xl bg-sand-50 p-3">
      <p id={questionId} className="font-semibold break-words">
        {question}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <form onSubmit={submit.onSubmit} className="grid grid-cols-2 gap-2">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <PendingButton pending={submit.pending} pendingLabel={pending} className="btn-danger min-h-12">
          {confirm}
        </PendingButton>
        <button
          type="button"
          onClick={() => {
            restoreFocus.current = true;
            setOpen(false);
          }}
          className="btn-secondary min-h-12"
        >
          {cancel}
        </button>
      </form>
    </div>
  );
}
