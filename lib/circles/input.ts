import { z } from 'zod';
import { INVITABLE_RELATIONSHIPS } from '@/db/schema/circles';

export const circleIdSchema = z.uuid({ message: 'Not a valid id' });

export const createCircleInput = z.object({
  name: z.string().trim().min(1, 'Give your circle a name').max(60, 'Use at most 60 characters'),
});

export const createInvitationInput = z.object({
  relationship: z.enum(INVITABLE_RELATIONSHIPS),
});

/** Codes are shown as ABCD-2345; people type them in any case, with or without the dash. */
export const invitationCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z2-9]{8}$/, 'That code does not look right: it has 8 letters and digits'));

export const acceptInvitationInput = z.object({ code: invitationCodeSchema });

export type CreateCircleInput = z.infer<typeof createCircleInput>;
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const circleParams = z.object({ id: circleIdSchema });
export const circleMemberParams = z.object({ id: circleIdSchema, userId: circleIdSchema });
export const circleInvitationParams = z.object({ id: circleIdSchema, invitationId: circleIdSchema });
export const invitationCodeParams = z.object({ code: invitationCodeSchema });
