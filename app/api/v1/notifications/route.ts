import { authedRoute, ok } from '@/lib/http/route';
import { listNotificationsQuery } from '@/lib/notifications/input';
import { listNotifications } from '@/lib/notifications/service';

export const GET = authedRoute({ query: listNotificationsQuery }, async ({ db, viewer, query }) => ok(await listNotifications(db, viewer, query)));
