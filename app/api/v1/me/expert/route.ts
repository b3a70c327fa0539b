import { authedRoute, ok } from '@/lib/http/route';
import { myExpertProfile } from '@/lib/questions/service';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await myExpertProfile(db, viewer)));
