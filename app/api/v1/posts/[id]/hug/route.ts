import { postParams } from '@/lib/groups/input';
import { hugPost } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

/** "I hear you". Only the author sees how many. */
export const POST = authedRoute({ params: postParams }, async ({ db, viewer, params }) => ok(await hugPost(db, viewer, params.id, true)));
export const DELETE = authedRoute({ params: postParams }, async ({ db, viewer, params }) => ok(await hugPost(db, viewer, params.id, false)));
