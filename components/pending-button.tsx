'use client';

/** A submit button for `useFormSubmit` forms: says it is working while the request is on its way. */
export function PendingButton({
  children,
  pending,
  pendingLabel,
  className = 'btn-primary w-full',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { pending: boolean; pendingLabel: string }) {
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
