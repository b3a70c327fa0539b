import { circleMemberParams } from '@/lib/circles/input';
import { removeMember } from '@/lib/circles/service';
import { authedRoute, noContent } from '@/lib/http/route';

export const DELETE = authedRoute({ params: circleMemberParams }, async ({ db, viewer, params }) => {
  await removeMember(db, viewer, params.id, params.userId);
  return noContent();
});
