import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { signInInput } from '@/lib/accounts/input';
import { verifyCredentials } from '@/lib/accounts/service';
import { AppError } from '@/lib/http/errors';
import { clientIp } from '@/lib/http/client-ip';
import { authConfig } from './config';

class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const viewer = await verifyCredentials(await getDb(), parsed.data, { ip: clientIp(request.headers) });
          return { id: viewer.id, email: viewer.email, name: viewer.name, sessionVersion: viewer.sessionVersion };
        } catch (err) {
          if (err instanceof AppError && err.code === 'rate_limited') throw new RateLimitedSignIn();
          if (err instanceof AppError && err.code === 'invalid_credentials') return null;
          throw err;
        }
      },
    }),
  ],
});
