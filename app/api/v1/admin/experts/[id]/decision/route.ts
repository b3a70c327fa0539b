import { authedRoute, ok } from '@/lib/http/route';
import { expertDecisionInput, idParams } from '@/lib/questions/input';
import { decideApplication } from '@/lib/questions/service';

/** `id` is the applicant's user id. */
export const POST = authedRoute({ params: idParams, body: expertDecisionInput }, async ({ db, viewer, params, body }) =>
  ok(await decideApplication(db, viewer, params.id, body)),
);
