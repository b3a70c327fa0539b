import { circleParams } from '@/lib/circles/input';
import { createEncouragementInput, listEncouragementsQuery } from '@/lib/encouragement/input';
import { listEncouragements, sendEncouragement } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams, query: listEncouragementsQuery }, async ({ db, viewer, params, query }) =>
  ok(await listEncouragements(db, viewer, params.id, query)),
);

export const POST = authedRoute({ params: circleParams, body: createEncouragementInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await sendEncouragement(db, viewer, params.id, body), 201),
);
