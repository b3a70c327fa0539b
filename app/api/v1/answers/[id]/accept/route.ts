import { authedRoute, ok } from '@/lib/http/route';
import { idParams } from '@/lib/questions/input';
import { acceptAnswer } from '@/lib/questions/service';

export const POST = authedRoute({ params: idParams }, async ({ db, viewer, params }) => ok(await acceptAnswer(db, viewer, params.id)));
