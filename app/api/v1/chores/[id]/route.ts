import { choreParams } from '@/lib/chores/input';
import { deleteChore, getChore } from '@/lib/chores/service';
import { authedRoute, noContent, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: choreParams }, async ({ db, viewer, params }) => ok(await getChore(db, viewer, params.id)));

export const DELETE = authedRoute({ params: choreParams }, async ({ db, viewer, params }) => {
  await deleteChore(db, viewer, params.id);
  return noContent();
});
