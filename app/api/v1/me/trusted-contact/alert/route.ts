import { alertTrustedContact } from '@/lib/checkins/service';
import { authedRoute, ok } from '@/lib/http/route';

/** Only when she taps it: her trusted person is asked to check on her now. */
export const POST = authedRoute({}, async ({ db, viewer }) => ok(await alertTrustedContact(db, viewer)));
