import type { PeerGroup, Post } from '@/db/schema/groups';

export function serializeGroup(g: PeerGroup, extra: { joined: boolean; memberCount: number }) {
  return {
    id: g.id,
    slug: g.slug,
    name: { vi: g.nameVi, en: g.nameEn },
    description: { vi: g.descriptionVi, en: g.descriptionEn },
    slowModeMinutes: g.slowModeMinutes,
    memberCount: extra.memberCount,
    joined: extra.joined,
  };
}

export type GroupView = ReturnType<typeof serializeGroup>;

/** Who wrote it, as other members see it: an alias, or "a former member" (null). */
export interface AuthorView {
  id: string;
  alias: string;
}

export interface PostViewerFacts {
  author: AuthorView | null;
  /** The viewer wrote it. */
  mine: boolean;
  huggedByMe: boolean;
  /** Only for the author: nobody else sees how many. */
  hugCount?: number;
}

/**
 * A post or reply as a member sees it. Never a user id, an e-mail or a real name; no public
 * counts except the number of replies.
 */
export function serializePost(p: Post, facts: PostViewerFacts) {
  return {
    id: p.id,
    groupId: p.groupId,
    parentId: p.parentId,
    author: facts.author,
    mine: facts.mine,
    body: p.body,
    wants: p.parentId ? null : p.wants,
    advice: p.parentId ? p.isAdvice : null,
    status: p.status,
    ...(facts.mine && p.status === 'rejected' ? { rejectReason: p.rejectReason } : {}),
    replyCount: p.replyCount,
    huggedByMe: facts.huggedByMe,
    ...(facts.mine ? { hugCount: facts.hugCount ?? 0 } : {}),
    createdAt: p.createdAt.toISOString(),
    publishedAt: p.publishedAt?.toISOString() ?? null,
    editedAt: p.editedAt?.toISOString() ?? null,
  };
}

export type PostView = ReturnType<typeof serializePost>;
