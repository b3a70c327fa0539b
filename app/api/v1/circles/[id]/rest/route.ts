import { circleParams } from '@/lib/circles/input';
import { restInput } from '@/lib/encouragement/input';
import { endRest, startRest } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

/** Rest mode on, until a time (the mother only). */
export const PUT = authedRoute({ params: circleParams, body: restInput }, async ({ db, viewer, params, body }) =>
  ok(await startRest(db, viewer, params.id, body.until)),
);

/** Awake: rest mode off, held notifications arrive. */
export const DELETE = authedRoute({ params: circleParams }, async ({ db, viewer, params }) => ok(await endRest(db, viewer, params.id)));
