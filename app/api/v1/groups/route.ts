import { listGroups } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await listGroups(db, viewer)));
