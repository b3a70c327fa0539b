import { registerInput } from '@/lib/accounts/input';
import { registerUser } from '@/lib/accounts/service';
import { clientIp } from '@/lib/http/client-ip';
import { ok, publicRoute } from '@/lib/http/route';

export const POST = publicRoute({ body: registerInput, idempotent: true }, async ({ db, body, req }) => {
  const { user, circleId } = await registerUser(db, body, { ip: clientIp(req.headers) });
  return ok({ ...user, circleId }, 201);
});
