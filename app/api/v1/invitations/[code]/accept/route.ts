import { invitationCodeParams } from '@/lib/circles/input';
import { acceptInvitation } from '@/lib/circles/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: invitationCodeParams }, async ({ db, viewer, params }) =>
  ok(await acceptInvitation(db, viewer, params.code)),
);
