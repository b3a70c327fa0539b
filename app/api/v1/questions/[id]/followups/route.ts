import { authedRoute, ok } from '@/lib/http/route';
import { followupInput, idParams } from '@/lib/questions/input';
import { addFollowup } from '@/lib/questions/service';

export const POST = authedRoute({ params: idParams, body: followupInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await addFollowup(db, viewer, params.id, body), 201),
);
