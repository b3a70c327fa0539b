import { authedRoute, ok } from '@/lib/http/route';
import { askQuestionInput, listQuestionsQuery } from '@/lib/questions/input';
import { askQuestion, listQuestions } from '@/lib/questions/service';

export const GET = authedRoute({ query: listQuestionsQuery }, async ({ db, viewer, query }) => ok(await listQuestions(db, viewer, query)));

/** 201 with the question; a red flag adds `getCareNow` (emergency number, crisis line) at once. */
export const POST = authedRoute({ body: askQuestionInput, idempotent: true }, async ({ db, viewer, body }) => ok(await askQuestion(db, viewer, body), 201));
