import { groupParams } from '@/lib/groups/input';
import { leaveGroup } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: groupParams }, async ({ db, viewer, params }) => ok(await leaveGroup(db, viewer, params.id)));
