import { invitationCodeParams } from '@/lib/circles/input';
import { previewInvitation } from '@/lib/circles/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: invitationCodeParams }, async ({ db, params }) => ok(await previewInvitation(db, params.code)));
