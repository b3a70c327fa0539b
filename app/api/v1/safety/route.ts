import { authedRoute, ok } from '@/lib/http/route';
import { getSafetySettings } from '@/lib/settings/service';

/** Where to get help now: the emergency number and the crisis line an admin set. */
export const GET = authedRoute({}, async ({ db }) => ok(await getSafetySettings(db)));
