'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { registerInput } from '@/lib/accounts/input';
import { registerUser } from '@/lib/accounts/service';
import { safeNextPath } from '@/lib/auth/viewer';
import { publicAction } from '@/lib/http/action';
import { clientIp } from '@/lib/http/client-ip';
import { rememberLocale } from '@/app/locale-cookie';
import { signInAndGo } from '../complete-sign-in';

const signUpForm = z.intersection(registerInput, z.object({ next: z.string().max(500).optional() }));

/** Creates the account (joining the circle when she came with an invitation), then signs in. */
export const signUpAction = publicAction(signUpForm, async ({ db, input }) => {
  const { next, ...register } = input;
  const { circleId } = await registerUser(db, register, { ip: clientIp(await headers()) });
  if (register.locale) await rememberLocale(register.locale);
  await signInAndGo(register.email, register.password, circleId ? `/circles/${circleId}` : safeNextPath(next));
});
