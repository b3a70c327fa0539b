import { checkinInput, listCheckinsQuery } from '@/lib/checkins/input';
import { listCheckins, saveCheckin } from '@/lib/checkins/service';
import { authedRoute, ok } from '@/lib/http/route';

/** Only ever her own check-ins. */
export const GET = authedRoute({ query: listCheckinsQuery }, async ({ db, viewer, query }) => ok(await listCheckins(db, viewer, query)));

/** 201 for the day's first check-in, 200 when it updates the day's; `crisis` after a yes to the safety question. */
export const POST = authedRoute({ body: checkinInput, idempotent: true }, async ({ db, viewer, body }) => {
  const { created, ...result } = await saveCheckin(db, viewer, body);
  return ok(result, created ? 201 : 200);
});
