import { authedRoute, ok } from '@/lib/http/route';
import { watchedWordInput } from '@/lib/moderation/input';
import { addWatchedWord, listWatchedWords } from '@/lib/moderation/service';

export const GET = authedRoute({}, async ({ db, viewer }) => ok(await listWatchedWords(db, viewer)));
export const POST = authedRoute({ body: watchedWordInput, idempotent: true }, async ({ db, viewer, body }) => ok(await addWatchedWord(db, viewer, body), 201));
