import type { Circle, CircleMember, Invitation } from '@/db/schema/circles';
import { formatInvitationCode, invitationState } from './invitation-code';

export interface CircleMemberView {
  userId: string;
  name: string;
  role: CircleMember['role'];
  relationship: CircleMember['relationship'];
  joinedAt: string;
}

export function serializeMember(m: CircleMember & { name: string }): CircleMemberView {
  return { userId: m.userId, name: m.name, role: m.role, relationship: m.relationship, joinedAt: m.joinedAt.toISOString() };
}

export function serializeCircle(c: Circle, myRole: CircleMember['role'], members: CircleMemberView[]) {
  return { id: c.id, name: c.name, ownerId: c.ownerId, createdAt: c.createdAt.toISOString(), myRole, members };
}

export function serializeInvitation(inv: Invitation, baseUrl: string) {
  return {
    id: inv.id,
    circleId: inv.circleId,
    code: formatInvitationCode(inv.code),
    url: `${baseUrl.replace(/\/$/, '')}/join/${inv.code}`,
    relationship: inv.relationship,
    status: invitationState(inv),
    createdAt: inv.createdAt.toISOString(),
    expiresAt: inv.expiresAt.toISOString(),
  };
}

export type CircleView = ReturnType<typeof serializeCircle>;
export type InvitationView = ReturnType<typeof serializeInvitation>;
