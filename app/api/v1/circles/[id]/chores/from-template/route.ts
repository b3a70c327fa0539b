import { circleParams } from '@/lib/circles/input';
import { fromTemplateInput } from '@/lib/chores/input';
import { addChoreFromTemplate } from '@/lib/chores/service';
import { authedRoute, ok } from '@/lib/http/route';

export const POST = authedRoute({ params: circleParams, body: fromTemplateInput, idempotent: true }, async ({ db, viewer, params, body }) =>
  ok(await addChoreFromTemplate(db, viewer, params.id, body.templateKey, body.dueAt), 201),
);
