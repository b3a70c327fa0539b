import { postParams } from '@/lib/groups/input';
import { getPost } from '@/lib/groups/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({ params: postParams }, async ({ db, viewer, params }) => ok(await getPost(db, viewer, params.id)));
