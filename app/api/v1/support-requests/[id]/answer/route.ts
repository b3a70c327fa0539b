import { idParams } from '@/lib/encouragement/input';
import { answerSupportRequest } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

/** "I'm on it": the first member wins; the others get 409 already_answered with who. */
export const POST = authedRoute({ params: idParams }, async ({ db, viewer, params }) => ok(await answerSupportRequest(db, viewer, params.id)));
