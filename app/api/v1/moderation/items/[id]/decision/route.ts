import { authedRoute, ok } from '@/lib/http/route';
import { decisionInput, idParams } from '@/lib/moderation/input';
import { decide } from '@/lib/moderation/service';

export const POST = authedRoute({ params: idParams, body: decisionInput }, async ({ db, viewer, params, body }) => ok(await decide(db, viewer, params.id, body)));
