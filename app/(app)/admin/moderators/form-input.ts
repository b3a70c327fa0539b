import { z } from 'zod';
import { moderatorInput } from '@/lib/moderation/input';

/** Appoint and revoke are one input in the API; each form sends only the e-mail. */
export const appointForm = z
  .object({ email: z.string().optional() })
  .transform((f) => ({ email: (f.email ?? '').trim(), moderator: true }))
  .pipe(moderatorInput);

export const revokeForm = z
  .object({ email: z.string().optional() })
  .transform((f) => ({ email: f.email ?? '', moderator: false }))
  .pipe(moderatorInput);
