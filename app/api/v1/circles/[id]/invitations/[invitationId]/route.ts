import { circleInvitationParams } from '@/lib/circles/input';
import { revokeInvitation } from '@/lib/circles/service';
import { authedRoute, noContent } from '@/lib/http/route';

export const DELETE = authedRoute({ params: circleInvitationParams }, async ({ db, viewer, params }) => {
  await revokeInvitation(db, viewer, params.id, params.invitationId);
  return noContent();
});
