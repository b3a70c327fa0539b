'use server';
import { redirect } from 'next/navigation';
import { createCircleInput } from '@/lib/circles/input';
import { createCircle } from '@/lib/circles/service';
import { authedAction } from '@/lib/http/action';

/** A new circle, then straight to it, where she can invite her people. */
export const createCircleAction = authedAction(createCircleInput, async ({ db, viewer, input }) => {
  const circle = await createCircle(db, viewer, input);
  redirect(`/circles/${circle.id}?created=1`);
});
