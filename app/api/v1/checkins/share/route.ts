import { shareCheckinInput } from '@/lib/checkins/input';
import { shareCheckin } from '@/lib/checkins/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ body: shareCheckinInput, idempotent: true }, async ({ db, viewer, body }) => ok(await shareCheckin(db, viewer, body), 201));
