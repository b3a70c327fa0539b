import { CHORE_TEMPLATES } from '@/lib/chores/templates';
import { authedRoute, ok } from '@/lib/http/route';

export const GET = authedRoute({}, async ({ viewer }) =>
  ok({
    items: CHORE_TEMPLATES.map((t) => ({
      key: t.key,
      category: t.category,
      effort: t.effort,
      recurrence: t.recurrence ?? null,
      dueTime: t.dueTime ?? null,
      visitMinutes: t.visitMinutes ?? null,
      title: t.title[viewer.locale],
      notes: t.notes[viewer.locale],
    })),
  }),
);
