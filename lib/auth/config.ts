import type { NextAuthConfig } from 'next-auth';
import { SESSION_MAX_AGE } from './constants';

/** The edge-safe half of the Auth.js config: no database, no providers that need one. */
export const authConfig = {
  trustHost: true,
  pages: { signIn: '/sign-in' },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion;
      }
      return token;
    },
  },
} satisfies NextAuthConfig;
