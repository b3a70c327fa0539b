import { circleParams } from '@/lib/circles/input';
import { getCircle } from '@/lib/circles/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: circleParams }, async ({ db, viewer, params }) => ok(await getCircle(db, viewer, params.id)));
