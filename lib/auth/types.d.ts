import 'next-auth/jwt';

declare module 'next-auth/jwt' {
  interface JWT {
    /** Session version of the user row when the token was issued. */
    sv?: number;
  }
}

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
}
