import type { Encouragement, SupportRequest } from '@/db/schema/encouragement';

export interface ReactionCount {
  reaction: string;
  count: number;
  mine: boolean;
}

export function serializeEncouragement(e: Encouragement, authorName: string | null, reactions: ReactionCount[] = []) {
  return {
    id: e.id,
    circleId: e.circleId,
    author: e.authorId ? { id: e.authorId, name: authorName ?? '' } : null,
    /** Plain text: clients must render it as text, never as markup. */
    message: e.message,
    pledgeChoreId: e.pledgeChoreId,
    reactions,
    createdAt: e.createdAt.toISOString(),
  };
}

export function serializeSupportRequest(r: SupportRequest, names: Map<string, string>) {
  return {
    id: r.id,
    circleId: r.circleId,
    kind: r.kind,
    note: r.note,
    status: r.status,
    requestedBy: { id: r.requestedBy, name: names.get(r.requestedBy) ?? '' },
    answeredBy: r.answeredBy ? { id: r.answeredBy, name: names.get(r.answeredBy) ?? '' } : null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export type EncouragementView = ReturnType<typeof serializeEncouragement>;
export type SupportRequestView = ReturnType<typeof serializeSupportRequest>;
