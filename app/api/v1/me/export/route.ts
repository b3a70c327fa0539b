import { exportMyData } from '@/lib/accounts/service';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ db, viewer }) =>
  ok(await exportMyData(db, viewer), 200, { 'Content-Disposition': 'attachment; filename="village-my-data.json"', 'Cache-Control': 'no-store' }),
);
