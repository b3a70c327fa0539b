import { choreParams } from '@/lib/chores/input';
import { unclaimChore } from '@/lib/chores/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: choreParams }, async ({ db, viewer, params }) => ok(await unclaimChore(db, viewer, params.id)));
