import { circleParams } from '@/lib/circles/input';
import { createSupportRequestInput } from '@/lib/encouragement/input';
import { listSupportRequests, requestSupport } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams }, async ({ db, viewer, params }) => ok(await listSupportRequests(db, viewer, params.id)));

export const POST = authedRoute({ params: circleParams, body: createSupportRequestInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await requestSupport(db, viewer, params.id, body), 201),
);
