import type { Chore } from '@/db/schema/chores';

export interface PersonRef {
  id: string;
  name: string;
}

export function serializeChore(c: Chore, names: Map<string, string>) {
  const person = (id: string | null): PersonRef | null => (id ? { id, name: names.get(id) ?? '' } : null);
  return {
    id: c.id,
    circleId: c.circleId,
    title: c.title,
    category: c.category,
    notes: c.notes,
    dueAt: c.dueAt?.toISOString() ?? null,
    recurrence: c.recurrence ?? null,
    effort: c.effort,
    visitMinutes: c.visitMinutes,
    restMinutes: c.restMinutes,
    templateKey: c.templateKey,
    status: c.status,
    createdBy: person(c.createdBy),
    createdAt: c.createdAt.toISOString(),
    claimedBy: person(c.claimedBy),
    claimedAt: c.claimedAt?.toISOString() ?? null,
    completedBy: person(c.completedBy),
    completedAt: c.completedAt?.toISOString() ?? null,
    lapsedAt: c.lapsedAt?.toISOString() ?? null,
    updatedAt: c.updatedAt.toISOString(),
  };
}

export type ChoreView = ReturnType<typeof serializeChore>;
