import { authedRoute, ok } from '@/lib/http/route';
import { idParams, slowModeInput } from '@/lib/moderation/input';
import { setSlowMode } from '@/lib/moderation/service';

export const PUT = authedRoute({ params: idParams, body: slowModeInput }, async ({ db, viewer, params, body }) => ok(await setSlowMode(db, viewer, params.id, body)));
