import { authedRoute, ok } from '@/lib/http/route';
import { applicationsQuery, expertApplicationInput } from '@/lib/questions/input';
import { applyAsExpert, listApplications } from '@/lib/questions/service';

/** Admins: the applications, pending first to decide. */
export const GET = authedRoute({ query: applicationsQuery }, async ({ db, viewer, query }) => ok(await listApplications(db, viewer, query.status)));
/** Apply (or apply again after a decline) to answer as an expert. */
export const POST = authedRoute({ body: expertApplicationInput }, async ({ db, viewer, body }) => ok(await applyAsExpert(db, viewer, body), 201));
