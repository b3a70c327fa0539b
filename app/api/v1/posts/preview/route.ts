import { previewInput } from '@/lib/groups/input';
import { previewPost } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ body: previewInput }, async ({ db, viewer, body }) => ok(await previewPost(db, viewer, body)));
