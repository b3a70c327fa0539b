import { createReplyInput, postParams } from '@/lib/groups/input';
import { createReply } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: postParams, body: createReplyInput, idempotent: true }, async ({ db, viewer, params, body }) => {
  const result = await createReply(db, viewer, params.id, body);
  return ok(result, result.status === 'held' ? 202 : 201);
});
