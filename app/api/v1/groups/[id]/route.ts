import { groupParams } from '@/lib/groups/input';
import { getGroup } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: groupParams }, async ({ db, viewer, params }) => ok(await getGroup(db, viewer, params.id)));
