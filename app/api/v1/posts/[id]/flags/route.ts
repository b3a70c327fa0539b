import { flagInput, postParams } from '@/lib/groups/input';
import { flagPost } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: postParams, body: flagInput }, async ({ db, viewer, params, body }) => ok(await flagPost(db, viewer, params.id, body), 201));
