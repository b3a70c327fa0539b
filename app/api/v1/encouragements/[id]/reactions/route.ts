import { idParams, reactInput } from '@/lib/encouragement/input';
import { reactToEncouragement } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

/** Toggles the mother's reaction on a note. */
export const POST = authedRoute({ params: idParams, body: reactInput }, async ({ db, viewer, params, body }) =>
  ok(await reactToEncouragement(db, viewer, params.id, body.reaction)),
);
