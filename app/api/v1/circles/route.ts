import { createCircleInput } from '@/lib/circles/input';
import { createCircle, listCircles } from '@/lib/circles/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) => ok({ items: await listCircles(db, viewer) }));

export const POST = authedRoute({ body: createCircleInput, idempotent: true }, async ({ db, viewer, body }) =>
  ok(await createCircle(db, viewer, body), 201),
);
