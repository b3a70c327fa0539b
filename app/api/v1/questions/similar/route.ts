import { authedRoute, ok } from '@/lib/http/route';
import { similarQuery } from '@/lib/questions/input';
import { similarQuestions } from '@/lib/questions/service';

export const GET = authedRoute({ query: similarQuery }, async ({ db, viewer, query }) => ok(await similarQuestions(db, viewer, query.q)));
