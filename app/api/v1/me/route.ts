import { deleteAccountInput, updateProfileInput } from '@/lib/accounts/input';
import { deleteAccount, getMe, updateProfile } from '@/lib/accounts/service';
import { authedRoute, noContent, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await getMe(db, viewer)));

export const PATCH = authedRoute({ body: updateProfileInput }, async ({ db, viewer, body }) => ok(await updateProfile(db, viewer, body)));

export const DELETE = authedRoute({ body: deleteAccountInput }, async ({ db, viewer, body }) => {
  await deleteAccount(db, viewer, body);
  return noContent();
});
