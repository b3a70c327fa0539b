import { signInInput } from '@/lib/accounts/input';
import { serializeUser, verifyCredentials } from '@/lib/accounts/service';
import { mintSessionToken, sessionCookie } from '@/lib/auth/session';
import { clientIp } from '@/lib/http/client-ip';
import { noContent, ok, publicRoute } from '@/lib/http/route';

const isSecure = (req: Request) => new URL(req.url).protocol === 'https:' || req.headers.get('x-forwarded-proto') === 'https';

/** Sign in for API clients: sets the same Auth.js session cookie the web app uses. */
export const POST = publicRoute({ body: signInInput }, async ({ db, body, req }) => {
  const viewer = await verifyCredentials(db, body, { ip: clientIp(req.headers) });
  const secure = isSecure(req);
  const token = await mintSessionToken(viewer, secure);
  return ok(serializeUser(viewer), 200, { 'Set-Cookie': sessionCookie(token, secure) });
});

/** Sign out this device. */
export const DELETE = publicRoute({}, async ({ req }) => {
  const secure = isSecure(req);
  const result = noContent();
  result.headers = { 'Set-Cookie': sessionCookie('', secure, 0) };
  return result;
});
