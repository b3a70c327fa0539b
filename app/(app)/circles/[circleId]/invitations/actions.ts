'use server';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { circleIdSchema, circleInvitationParams, createInvitationInput } from '@/lib/circles/input';
import { createInvitation, revokeInvitation } from '@/lib/circles/service';
import { authedAction } from '@/lib/http/action';
import { baseUrlFrom } from '@/lib/http/base-url';

export const createInvitationAction = authedAction(createInvitationInput.extend({ id: circleIdSchema }), async ({ db, viewer, input }) => {
  const invitation = await createInvitation(db, viewer, input.id, { relationship: input.relationship }, baseUrlFrom(await headers()));
  revalidatePath(`/circles/${input.id}/invitations`);
  return invitation;
});

export const revokeInvitationAction = authedAction(
  circleInvitationParams,
  async ({ db, viewer, input }) => {
    await revokeInvitation(db, viewer, input.id, input.invitationId);
    revalidatePath(`/circles/${input.id}/invitations`);
  },
  { success: 'invitations.revoked' },
);
