import { authedRoute, ok } from '@/lib/http/route';
import { forbidden } from '@/lib/http/errors';
import { safetySettingsInput } from '@/lib/settings/input';
import { getSafetySettings, updateSafetySettings } from '@/lib/settings/service';

export const GET = authedRoute({}, async ({ db, viewer }) => {
  if (viewer.role !== 'admin') throw forbidden('Only an admin can see this');
  return ok(await getSafetySettings(db));
});

export const PUT = authedRoute({ body: safetySettingsInput }, async ({ db, viewer, body }) => ok(await updateSafetySettings(db, viewer, body)));
