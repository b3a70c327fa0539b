import { peerProfileInput } from '@/lib/groups/input';
import { getPeerProfile, serializeProfile, setPeerProfile } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) => ok({ profile: serializeProfile(await getPeerProfile(db, viewer.id)) }));
export const PUT = authedRoute({ body: peerProfileInput }, async ({ db, viewer, body }) => ok({ profile: await setPeerProfile(db, viewer, body) }));
