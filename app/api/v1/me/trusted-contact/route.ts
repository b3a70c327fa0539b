import { trustedContactInput } from '@/lib/checkins/input';
import { getTrustedContact, setTrustedContact } from '@/lib/checkins/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await getTrustedContact(db, viewer)));

export const PUT = authedRoute({ body: trustedContactInput }, async ({ db, viewer, body }) => ok(await setTrustedContact(db, viewer, body.contactUserId)));
