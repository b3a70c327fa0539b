import { authedRoute, ok } from '@/lib/http/route';
import { idParams, silenceInput } from '@/lib/moderation/input';
import { silenceMember } from '@/lib/moderation/service';

/** `id` is the member's group identity (a post's `author.id`), never a user id. `days: 0` lifts it. */
export const PUT = authedRoute({ params: idParams, body: silenceInput }, async ({ db, viewer, params, body }) => ok(await silenceMember(db, viewer, params.id, body)));
