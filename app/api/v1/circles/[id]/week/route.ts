import { circleParams } from '@/lib/circles/input';
import { weeklySummary } from '@/lib/chores/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams }, async ({ db, viewer, params }) => ok(await weeklySummary(db, viewer, params.id)));
