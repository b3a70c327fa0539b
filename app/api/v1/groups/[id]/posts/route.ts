import { createPostInput, groupParams, listPostsQuery } from '@/lib/groups/input';
import { createPost, listPosts } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: groupParams, query: listPostsQuery }, async ({ db, viewer, params, query }) =>
  ok(await listPosts(db, viewer, params.id, query)),
);

/** 201 published; 202 `{status:"held"}` waiting for a moderator; 422 `comparison_nudge` before confirm. */
export const POST = authedRoute({ params: groupParams, body: createPostInput, idempotent: true }, async ({ db, viewer, params, body }) => {
  const result = await createPost(db, viewer, params.id, body);
  return ok(result, result.status === 'held' ? 202 : 201);
});
