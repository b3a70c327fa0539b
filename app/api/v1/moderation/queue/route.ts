import { authedRoute, ok } from '@/lib/http/route';
import { queueQuery } from '@/lib/moderation/input';
import { listQueue } from '@/lib/moderation/service';

export const GET = authedRoute({ query: queueQuery }, async ({ db, viewer, query }) => ok(await listQueue(db, viewer, query)));
