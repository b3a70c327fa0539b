'use client';
import { useTransition, type FormEvent } from 'react';

/**
 * Submits a form to an async handler without React's automatic form reset, so what she typed
 * stays put when the server says no (a `<form action>` clears every field after it runs).
 */
export function useFormSubmit(handler: (formData: FormData) => Promise<void>) {
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => handler(formData));
  }
  return { onSubmit, pending };
}
