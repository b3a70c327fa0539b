import { authedRoute, ok } from '@/lib/http/route';
import { markReadInput } from '@/lib/notifications/input';
import { markNotificationsRead } from '@/lib/notifications/service';

export const POST = authedRoute({ body: markReadInput }, async ({ db, viewer, body }) => ok(await markNotificationsRead(db, viewer, body.ids)));
