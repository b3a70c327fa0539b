import { circleParams } from '@/lib/circles/input';
import { leaveCircle } from '@/lib/circles/service';
import { authedRoute, noContent } from '@/lib/http/route';

export const POST = authedRoute({ params: circleParams }, async ({ db, viewer, params }) => {
  await leaveCircle(db, viewer, params.id);
  return noContent();
});
