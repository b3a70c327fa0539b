import { authedRoute, ok } from '@/lib/http/route';
import { idParams } from '@/lib/questions/input';
import { getQuestion } from '@/lib/questions/service';

export const GET = authedRoute({ params: idParams }, async ({ db, viewer, params }) => ok(await getQuestion(db, viewer, params.id)));
