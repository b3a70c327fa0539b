import { authedRoute, ok } from '@/lib/http/route';
import { suggestionChoreInput, suggestionParams } from '@/lib/questions/input';
import { suggestionToChore } from '@/lib/questions/service';

export const POST = authedRoute({ params: suggestionParams, body: suggestionChoreInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await suggestionToChore(db, viewer, params.id, params.index, body), 201),
);
