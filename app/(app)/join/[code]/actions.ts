'use server';
import { redirect } from 'next/navigation';
import { acceptInvitationInput } from '@/lib/circles/input';
import { acceptInvitation } from '@/lib/circles/service';
import { authedAction } from '@/lib/http/action';

export const acceptInvitationAction = authedAction(acceptInvitationInput, async ({ db, viewer, input }) => {
  const circle = await acceptInvitation(db, viewer, input.code);
  redirect(`/circles/${circle.id}?joined=1`);
});
