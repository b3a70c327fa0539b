import { z } from 'zod';
import { decisionInput, silenceInput } from '@/lib/moderation/input';

const id = z.uuid();

/**
 * The card's three buttons share one flat form; `mode` says which was pressed. Folded into the
 * API's decision input so its rules (a reason to reject, a non-empty edit) apply unchanged.
 */
export const decisionForm = z
  .object({
    itemId: id,
    mode: z.enum(['approve', 'edit', 'reject']),
    reason: z.string().optional(),
    body: z.string().optional(),
  })
  .transform((f) => ({
    itemId: f.itemId,
    decision: (f.mode === 'reject'
      ? { action: 'reject', reason: f.reason ?? '' }
      : f.mode === 'edit'
        ? { action: 'approve', body: f.body ?? '' }
        : { action: 'approve' }) as z.input<typeof decisionInput>,
  }))
  .pipe(z.object({ itemId: id, decision: decisionInput }));

export const silenceForm = z
  .object({ memberId: id, days: z.string().optional(), reason: z.string().optional() })
  .transform((f) => ({ memberId: f.memberId, silence: { days: f.days ?? '', reason: f.reason } as z.input<typeof silenceInput> }))
  .pipe(z.object({ memberId: id, silence: silenceInput }));
