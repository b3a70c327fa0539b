import { circleParams, createInvitationInput } from '@/lib/circles/input';
import { createInvitation, listInvitations } from '@/lib/circles/service';
import { baseUrlFrom } from '@/lib/http/base-url';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams }, async ({ db, viewer, params, req }) =>
  ok({ items: await listInvitations(db, viewer, params.id, baseUrlFrom(req.headers, req.url)) }),
);

export const POST = authedRoute(
  { params: circleParams, body: createInvitationInput, idempotent: true },
  async ({ db, viewer, params, body, req }) => ok(await createInvitation(db, viewer, params.id, body, baseUrlFrom(req.headers, req.url)), 201),
);
