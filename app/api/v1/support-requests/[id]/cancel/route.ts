import { idParams } from '@/lib/encouragement/input';
import { cancelSupportRequest } from '@/lib/encouragement/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: idParams }, async ({ db, viewer, params }) => ok(await cancelSupportRequest(db, viewer, params.id)));
