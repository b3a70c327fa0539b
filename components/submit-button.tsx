'use client';
import { useFormStatus } from 'react-dom';

/** A submit button that says it is working while the form is on its way (slow networks). */
export function SubmitButton({
  children,
  pendingLabel,
  className = 'btn-primary w-full',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} {...rest}>
      {pending ? pendingLabel : children}
    </button>
  );
}
