'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { circleIdSchema, circleMemberParams } from '@/lib/circles/input';
import { leaveCircle, removeMember } from '@/lib/circles/service';
import { authedAction } from '@/lib/http/action';

export const removeMemberAction = authedAction(
  circleMemberParams,
  async ({ db, viewer, input }) => {
    await removeMember(db, viewer, input.id, input.userId);
    revalidatePath(`/circles/${input.id}`);
  },
  { success: 'circle.removed' },
);

export const leaveCircleAction = authedAction(z.object({ id: circleIdSchema }), async ({ db, viewer, input }) => {
  await leaveCircle(db, viewer, input.id);
  redirect('/?notice=left');
});
