import { circleParams } from '@/lib/circles/input';
import { createChoreInput, listChoresQuery } from '@/lib/chores/input';
import { createChore, listChores } from '@/lib/chores/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams, query: listChoresQuery }, async ({ db, viewer, params, query }) =>
  ok(await listChores(db, viewer, params.id, query)),
);

export const POST = authedRoute({ params: circleParams, body: createChoreInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await createChore(db, viewer, params.id, body), 201),
);
