import { signOutEverywhere } from '@/lib/accounts/service';
import { authedRoute, noContent } from '@/lib/http/route';

export const POST = authedRoute({}, async ({ db, viewer }) => {
  await signOutEverywhere(db, viewer);
  return noContent();
});
