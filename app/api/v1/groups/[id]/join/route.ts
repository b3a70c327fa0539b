import { groupParams, joinGroupInput } from '@/lib/groups/input';
import { joinGroup } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: groupParams, body: joinGroupInput }, async ({ db, viewer, params, body }) =>
  ok(await joinGroup(db, viewer, params.id, body)),
);
