import { authedRoute, ok } from '@/lib/http/route';
import { questionStats } from '@/lib/questions/service';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await questionStats(db, viewer)));
