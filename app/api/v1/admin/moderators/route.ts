import { authedRoute, ok } from '@/lib/http/route';
import { moderatorInput } from '@/lib/moderation/input';
import { listModerators, setModerator } from '@/lib/moderation/service';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await listModerators(db, viewer)));
/** `{email, moderator: true}` appoints; `false` revokes. */
export const POST = authedRoute({ body: moderatorInput }, async ({ db, viewer, body }) => ok(await setModerator(db, viewer, body)));
