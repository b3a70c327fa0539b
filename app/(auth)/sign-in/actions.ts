'use server';
import { z } from 'zod';
import { signInInput } from '@/lib/accounts/input';
import { safeNextPath } from '@/lib/auth/viewer';
import { publicAction } from '@/lib/http/action';
import { signInAndGo } from '../complete-sign-in';

export const signInAction = publicAction(signInInput.extend({ next: z.string().max(500).optional() }), async ({ input }) => {
  await signInAndGo(input.email, input.password, safeNextPath(input.next));
});
