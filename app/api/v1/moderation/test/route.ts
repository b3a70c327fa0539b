import { authedRoute, ok } from '@/lib/http/route';
import { testSentenceInput } from '@/lib/moderation/input';
import { testSentence } from '@/lib/moderation/service';

export const POST = authedRoute({ body: testSentenceInput }, async ({ db, viewer, body }) => ok(await testSentence(db, viewer, body)));
