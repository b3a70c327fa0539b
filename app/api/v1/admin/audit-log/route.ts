import { authedRoute, ok } from '@/lib/http/route';
import { auditQuery } from '@/lib/moderation/input';
import { listAuditLog } from '@/lib/moderation/service';

export const GET = authedRoute({ query: auditQuery }, async ({ db, viewer, query }) => ok(await listAuditLog(db, viewer, query)));
