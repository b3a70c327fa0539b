import { authedRoute, ok } from '@/lib/http/route';
import { answerInput, idParams } from '@/lib/questions/input';
import { answerQuestion } from '@/lib/questions/service';

export const POST = authedRoute({ params: idParams, body: answerInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await answerQuestion(db, viewer, params.id, body), 201),
);
